/**
 * Hostile NetBox files (issue 15): absurd figures, huge or deeply nested YAML, duplicate keys. Each one is a clear
 * reason naming the field or the limit, and whatever the importer does accept, the catalog loader accepts too.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogJson, serializeCatalog } from '../customCatalog/loadCatalog';
import { importNetboxDeviceTypes } from './importNetbox';
import { MAX_YAML_CHARS } from './parseYaml';

const HEAD = 'manufacturer: Acme\nmodel: Box\nslug: acme-box\nis_full_depth: true\n';
const file = (extra: string, u = 'u_height: 1\n') => `${HEAD}${u}${extra}`;

function importOne(text: string) {
  return importNetboxDeviceTypes([{ path: 'hostile.yaml', text }]);
}

function reasonOf(text: string): string {
  const report = importOne(text);
  expect(report.imported.length + report.partial.length).toBe(0);
  return report.rejected[0]?.reason ?? '';
}

/** The imported item, after checking that the catalog loader takes what the importer wrote. */
function roundTripped(text: string) {
  const report = importOne(text);
  const entries = [...report.imported, ...report.partial];
  expect(entries).toHaveLength(1);
  const loaded = loadCatalogJson(serializeCatalog(entries.map((e) => e.item)));
  expect(loaded.ok).toBe(true);
  return entries[0]!;
}

describe('When a NetBox file holds absurd figures', () => {
  it('refuses u_height: 999999 naming the field and the tallest rack', () => {
    expect(reasonOf(file('', 'u_height: 999999\n'))).toBe(
      'u_height: 999999 U is taller than any rack (podplan takes at most 60 U)',
    );
  });

  it('does not take weight: 1e308 kg: the item holds an estimate and says why', () => {
    const entry = roundTripped(file('weight: 1e308\nweight_unit: kg\n'));
    expect(entry.item.weightKg).toBeLessThan(1000);
    expect(entry.reasons.join('\n')).toContain(
      "the file's weight 1e+308 kg is more than any item weighs (at most 100000 kg)",
    );
  });

  it('ignores a maximum draw of 1e308 W with a note: the item holds an estimate the loader accepts', () => {
    const text = file('power-ports:\n  - name: PSU1\n    type: iec-60320-c14\n    maximum_draw: 1e308\n');
    const entry = roundTripped(text);
    expect(entry.notes).toContain(
      "power-ports 'PSU1' maximum_draw: 1e+308 W is more than any item draws (at most 10000000 W); ignored",
    );
    expect(entry.missing).toContain('power.maxW');
  });

  it('keeps a 0U server as partial with its height listed as missing, which the loader accepts', () => {
    const entry = roundTripped(file('', 'u_height: 0\n'));
    expect(entry.missing).toContain('uHeight');
  });
});

describe('When a NetBox file is built to exhaust the parser', () => {
  it('refuses a file over the size limit before parsing, saying how big it is', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: ${i}`).join('\n');
    const text = file(`${keys}\n`);
    expect(text.length).toBeGreaterThan(MAX_YAML_CHARS);
    expect(reasonOf(text)).toMatch(/^the file is \d+ KB; a NetBox device type is at most 256 KB/);
  });

  it('reads a file of many keys under the limit (duplicate keys are checked in one pass)', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `key${i}: ${i}`).join('\n');
    const entry = roundTripped(file(`${keys}\n`));
    expect(entry.notes.filter((n) => n.startsWith('unknown top-level key'))).toHaveLength(5_000);
  });

  it('names a duplicate key and its line', () => {
    expect(reasonOf(file('slug: acme-box-2\n'))).toBe(
      "malformed YAML: map keys must be unique ('slug' is given twice at line 6)",
    );
  });

  it.each([
    ['flow brackets', `comments: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`],
    [
      'nested mappings',
      `comments:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
    ],
    ['nested lists on one line', `comments: \n  ${'- '.repeat(20_000)}x\n`],
  ])('refuses deep nesting (%s) with a clear message, not a stack overflow', (_name, extra) => {
    expect(reasonOf(file(extra))).toBe(
      'nested more than 32 levels deep; a NetBox device type is a few levels deep',
    );
  });
});
