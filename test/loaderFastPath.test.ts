/**
 * The loader's fast path (`src/core/schema/fastLayout.ts`: hand-written checks of the long lists, the rest through
 * the schema) against the full loader (duplicate keys, then the schema over everything), which is the reference: on
 * valid files, hand-edited ones (keys in another order, -0, scenarios, `\u` escapes) and mutated ones, the fast path
 * accepts exactly the current-version files the full loader accepts, and gives the same layout, key order included.
 * Everything it does not accept goes to the full loader, so issues and their paths are the full loader's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../src/core';
import {
  LAYOUT_SCHEMA_VERSION,
  loadLayout,
  MAX_LAYOUT_ISSUES,
  parseLayoutJson,
  serializeLayout,
} from '../src/core';
import { loadLayoutFast } from '../src/core/schema/fastLayout';
import { readJsonText } from '../src/core/schema/readJson';
import { bigPod } from './fixtures/bigPod';
import { wiredPod } from './fixtures/wiredPod';
import {
  charEdit,
  mutateAt,
  mutatedText,
  mutation,
  nodePaths,
  raw,
  toText,
} from './fuzz/support/hostileJson';
import type { Json } from './fuzz/support/hostileJson';
import { LAYOUT_SEEDS, LAYOUT_WITH_ITEMS } from './fuzz/support/seeds';
import { layoutArb } from './support/layoutArbitrary';

/** The full loader, as `parseLayoutJson` was before the fast path. */
function reference(text: string) {
  const value = readJsonText(text, 'a podplan layout (a JSON object)', MAX_LAYOUT_ISSUES);
  return value.ok ? loadLayout(value.value) : value;
}

function fast(text: string): Layout | undefined {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  return loadLayoutFast(body, value, loadLayout);
}

const isCurrentVersion = (text: string): boolean => {
  try {
    return (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion === LAYOUT_SCHEMA_VERSION;
  } catch {
    return false;
  }
};

/** The fast path's answer is the reference's: the same layout (same keys, same order, no -0), or it defers. */
function expectSameAnswer(text: string): void {
  const want = reference(text);
  const got = fast(text);
  if (want.ok && isCurrentVersion(text))
    expect(got, 'the fast path refused a file the loader accepts').toBeDefined();
  if (got === undefined) return;
  expect(want.ok, 'the fast path accepted a file the loader refuses').toBe(true);
  if (!want.ok) return;
  expect(got).toEqual(want.value);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want.value));
  // And what callers see: parseLayoutJson gives the same.
  expect(parseLayoutJson(text)).toEqual(want);
}

type Rec = Record<string, unknown>;

/** Every object's keys reversed (a hand-edited file), lists and scalars left as they are. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Rec)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

/** A valid layout's file, written as a person might: scenarios, breakout lanes, keys reordered, -0, `\u` escapes. */
const handEdited = fc
  .tuple(
    layoutArb,
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom('none', 'minusZero', 'escapedColon', 'escapedLetter'),
    fc.boolean(),
  )
  .map(([layout, withScenario, reversed, edit, lanes]) => {
    let file: Rec = JSON.parse(serializeLayout(layout)) as Rec;
    if (lanes)
      file = {
        ...file,
        links: (file['links'] as Rec[]).map((l) => ({ ...l, a: { ...(l['a'] as Rec), port: 'down/3:2' } })),
      };
    if (withScenario) {
      const { schemaVersion: _v, name: _n, ...pod } = file;
      const podOnly = Object.fromEntries(
        ['limits', 'floor', 'racks', 'devices', 'sideItems', 'floorUnits', 'links'].map((k) => [k, pod[k]]),
      );
      file = { ...file, scenarios: [{ id: 's1', name: 'Base', pod: podOnly }], activeScenario: 's1' };
    }
    let text = JSON.stringify(reversed ? reverseKeys(file) : file, null, 2);
    if (edit === 'minusZero') text = text.replace(/"(row|slot)": 0\b/, '"$1": -0');
    // A colon written as \u003a inside a string, or any escape: the key count falls back to counting strings.
    if (edit === 'escapedColon') text = text.replace(/"name": "/, '"name": "\\u003a');
    if (edit === 'escapedLetter') text = text.replace(/"name": "/, '"name": "\\u0041');
    return text;
  });

const SEEDS: readonly Json[] = [...LAYOUT_SEEDS, LAYOUT_WITH_ITEMS];

/** Values at and beside the long lists' bounds: lengths 0, 1, 100, 101, 200, 201; U 0, 1, 60, 61; grid 999, 1000... */
const edgeValue = fc.constantFrom<Json>(
  ...['', 'x', 'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201)],
  ...[
    'a/1',
    'a/0',
    '/1',
    'a/1:0',
    'a/1:2',
    'a/01',
    'a/b/7',
    'a:b/1',
    `${'p'.repeat(97)}/1`,
    `${'p'.repeat(98)}/1`,
  ],
  ...['front', 'rear', 'back', 'A', 'B', 'C', 'left', 'right', '2N', 'N+1', 'N+2'],
  ...[0, 1, 59, 60, 61, 999, 1000, 0.001, 0.0009, 1.5, 1.0000001, -1, 2 ** 31, raw('-0'), raw('1e308')],
  ...[true, null, [], {}],
);

/** A valid layout with one node inside its racks, devices, side items or links changed. */
const mutatedLists = fc
  .tuple(
    layoutArb,
    fc.nat(),
    fc.oneof(
      mutation,
      edgeValue.map((value) => ({ op: 'replace' as const, value })),
    ),
  )
  .map(([layout, pick, m]) => {
    const file = JSON.parse(serializeLayout(layout)) as Json;
    const inLists = nodePaths(file).all.filter((p) =>
      ['racks', 'devices', 'sideItems', 'links'].includes(String(p[0])),
    );
    return inLists.length === 0
      ? toText(file)
      : toText(mutateAt(file, inLists[pick % inLists.length]!, m), 2);
  });

describe('the loader fast path', () => {
  it('accepts any valid layout, hand-edited or not, and gives what the full loader gives', () => {
    fc.assert(fc.property(handEdited, expectSameAnswer), { numRuns: 300 });
  });

  it('on one change inside the long lists (bounds, types, keys, elements): the same answer or defers', () => {
    fc.assert(fc.property(mutatedLists, expectSameAnswer), { numRuns: 300 });
  });

  it('on mutated example files (deleted, retyped, duplicated keys and elements...): the same answer or defers', () => {
    fc.assert(fc.property(mutatedText(SEEDS), expectSameAnswer), { numRuns: 400 });
  });

  it('on single-character edits of a valid layout: the same answer or defers', () => {
    const text = fc.tuple(layoutArb, fc.nat()).chain(([layout]) => charEdit(serializeLayout(layout)));
    fc.assert(fc.property(text, expectSameAnswer), { numRuns: 300 });
  });

  it('takes the big pods (20,000 devices; a wired 1,024-GPU pod) as the full loader does', () => {
    for (const layout of [bigPod(20_000), wiredPod(1_024)]) {
      const text = serializeLayout(layout);
      expect(fast(text)).toBeDefined();
      expectSameAnswer(text);
    }
  });

  it('defers on a repeated id, a key written twice, a -0 U and an unknown key, and the full loader names each', () => {
    const base = serializeLayout(bigPod(80));
    const cases: readonly [string, string][] = [
      [base.replace('"id": "R1-d2"', '"id": "R1-d1"'), "$.devices[1].id: duplicate device id 'R1-d1'"],
      [base.replace('"u": 3,', '"u": 3, "u": 4,'), '$.devices[2].u: duplicate key "u"'],
      [base.replace('"u": 1,', '"u": -0,'), '$.devices[0].u'],
      [base.replace('"face": "front"', '"face": "front", "colour": "red"'), '$.devices[0]'],
    ];
    for (const [text, issue] of cases) {
      expect(fast(text)).toBeUndefined();
      const result = parseLayoutJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.map((i) => `${i.path}: ${i.message}`).join('\n')).toContain(issue);
    }
  });
});
