/**
 * Fuzz: the NetBox device-type import, one file and a folder of files, over hostile mutations of real device types
 * (written back as block YAML or as flow/JSON YAML), YAML's own number words (.inf, .nan, 0x, 0o), aliases, tags,
 * deep block nesting and single-character edits. Every file lands in exactly one bucket; nothing throws (the
 * importer's "internal error" catch-all never fires); a rejection names its file and says why; every imported item
 * holds only finite numbers inside the bounds and loads again as a catalog file (what the importer writes, the
 * loader accepts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { loadCatalogJson, serializeCatalog } from '../../src/core';
import { checkCatalogItem } from '../../src/core/catalog/customCatalog';
import { importNetboxDeviceTypes } from '../../src/core/catalog/netbox';
import type { SourceFile } from '../../src/core/catalog/netbox';
import { expectBounded } from './support/bounded';
import type { Json } from './support/hostileJson';
import { charEdit, mutateAt, mutation, nodePaths, raw, toText } from './support/hostileJson';
import { NETBOX_SEEDS } from './support/seeds';

function expectSoundReport(files: readonly SourceFile[]): void {
  const report = importNetboxDeviceTypes(files);
  const entries = [...report.imported, ...report.partial];
  expect(entries.length + report.rejected.length).toBe(files.length);
  const paths = new Set(files.map((f) => f.path));
  for (const r of report.rejected) {
    expect(paths.has(r.file)).toBe(true);
    expect(r.reason.trim()).not.toBe('');
    expect(r.reason).not.toMatch(/internal error|undefined|\[object Object\]/);
  }
  for (const entry of entries) {
    expectBounded(entry.item);
    expect(checkCatalogItem(entry.item)).toEqual([]);
  }
  if (entries.length > 0) {
    const again = loadCatalogJson(serializeCatalog(entries.map((e) => e.item)));
    expect(again.ok ? [] : again.error).toEqual([]);
  }
}

const SEED_VALUES: readonly Json[] = NETBOX_SEEDS.map((f) => parse(f.text) as Json);

/** YAML's own spellings of numbers and nulls, and constructs a device type never needs. */
const YAML_WORDS = [
  '.inf',
  '-.inf',
  '.nan',
  '0x7fffffff',
  '0o777',
  '1_000',
  '~',
  'null',
  'yes',
  '!!binary aGk=',
  '*nope',
];

/**
 * A value written as block YAML with the fuzz markers turned into the raw text they stand for; as flow YAML (JSON)
 * when it is nested too deeply for the YAML writer.
 */
function toYaml(value: Json): string {
  let text: string;
  try {
    text = stringify(value);
  } catch {
    return toText(value);
  }
  return text.replace(/(["']?)@@raw@@([^"'\n]*)\1/g, '$2').replace(/(["']?)@@key@@([^"'\n]*)\1/g, '$2');
}

const mutatedFile: fc.Arbitrary<SourceFile> = fc
  .tuple(
    fc.nat(SEED_VALUES.length - 1),
    fc.nat(),
    fc.boolean(),
    fc.oneof(
      mutation,
      fc.constantFrom(...YAML_WORDS).map((w) => ({ op: 'replace' as const, value: raw(w) })),
    ),
    fc.constantFrom('block', 'flow'),
  )
  .map(([s, pick, onNumber, m, style]) => {
    const seed = SEED_VALUES[s]!;
    const { all, numbers } = nodePaths(seed);
    const pool = onNumber && numbers.length > 0 ? numbers : all;
    const value = mutateAt(seed, pool[pick % pool.length]!, m);
    return { path: NETBOX_SEEDS[s]!.path, text: style === 'block' ? toYaml(value) : toText(value) };
  });

/** Constructs aimed at YAML parsers: an alias bomb, a merge key, deep block nesting, a document stream, tabs. */
const hostileYaml: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map((n) => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= n; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return `manufacturer: X\nmodel: Y\nslug: x-y\n${lines.join('\n')}\n`;
  }),
  fc
    .integer({ min: 33, max: 2_000 })
    .map(
      (depth) =>
        `manufacturer: X\nmodel: Y\nslug: x-y\ncomments:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}x\n`,
    ),
  fc
    .integer({ min: 33, max: 2_000 })
    .map(
      (depth) =>
        `manufacturer: X\nmodel: Y\nslug: x-y\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`,
    ),
  fc.constantFrom(
    'manufacturer: X\nmodel: Y\nslug: x-y\n<<: {u_height: 1e308}\n',
    '---\nmanufacturer: X\n---\nmanufacturer: Y\n',
    'manufacturer: X\n\tmodel: Y\n',
    'manufacturer: !!js/function "return 1"\nmodel: Y\nslug: x-y\n',
    'manufacturer: X\nmodel: Y\nslug: x-y\nu_height: 1e309\nweight: -.inf\nweight_unit: kg\n',
    '',
    '\uFEFF',
    '[]',
    '"just a string"',
  ),
);

describe('fuzz: NetBox device-type import', () => {
  it('imports the seeds', () => {
    const report = importNetboxDeviceTypes(NETBOX_SEEDS);
    expect(report.rejected).toEqual([]);
    expectSoundReport(NETBOX_SEEDS);
  });

  it('one mutated file: one bucket, a named reason or a bounded item the catalog loader accepts', () => {
    fc.assert(
      fc.property(mutatedFile, (file) => expectSoundReport([file])),
      { numRuns: 120 },
    );
  });

  it('hostile YAML constructs: refused with a reason, never a crash or a stack overflow', () => {
    fc.assert(
      fc.property(hostileYaml, (text) => expectSoundReport([{ path: 'hostile.yaml', text }])),
      { numRuns: 60 },
    );
  });

  it('single-character edits of a real file', () => {
    const edited = fc
      .nat(NETBOX_SEEDS.length - 1)
      .chain((i) => charEdit(NETBOX_SEEDS[i]!.text).map((text) => ({ path: NETBOX_SEEDS[i]!.path, text })));
    fc.assert(
      fc.property(edited, (file) => expectSoundReport([file])),
      { numRuns: 120 },
    );
  });

  it('a folder of mutated, hostile and repeated files: every file reported, the folder never dies as a whole', () => {
    const file = fc.oneof(
      mutatedFile,
      hostileYaml.map((text) => ({ path: 'hostile.yaml', text })),
      fc.constantFrom(...NETBOX_SEEDS),
    );
    const folder = fc
      .array(file, { minLength: 1, maxLength: 8 })
      .map((files) => files.map((f, i) => ({ ...f, path: `folder/${i}-${f.path}` })));
    fc.assert(
      fc.property(folder, (files) => expectSoundReport(files)),
      { numRuns: 40 },
    );
  });
});
