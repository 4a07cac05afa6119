/**
 * Fuzz: the layout loader (file text → validated layout, `catalogItems` included) over hostile mutations of the
 * example pods and the pinned v1 files. Whatever comes in: nothing throws, an accepted layout holds only finite
 * numbers inside the bounds and validates and prices without throwing, a refusal names a path for every issue, and
 * the work stays bounded (issues capped, elements validated counted). Failures print fast-check's seed and the shrunk
 * counterexample; each one found is pinned as a plain regression test in regressions.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bom,
  builtinCatalog,
  catalogForLayout,
  decodeUtf8,
  loadLayout,
  MAX_LAYOUT_ISSUES,
  parseLayoutJson,
  validate,
} from '../../src/core';
import type { InputIssue, Layout, Result } from '../../src/core';
import { numbersIn, expectBounded } from './support/bounded';
import type { Json } from './support/hostileJson';
import {
  charEdit,
  MAX_MANY,
  mutatedText,
  nodePaths,
  mutateAt,
  toText,
  withBadBytes,
} from './support/hostileJson';
import { expectNamedIssues } from './support/issues';
import { EXAMPLE_TEXTS, LAYOUT_SEEDS, LAYOUT_WITH_ITEMS } from './support/seeds';

/** What every load must give: a bounded layout that the rules can run on, or issues that say where. */
function expectSoundOutcome(result: Result<Layout, InputIssue[]>): void {
  if (!result.ok) return expectNamedIssues(result.error, MAX_LAYOUT_ISSUES);
  expectBounded(result.value);
  const catalog = catalogForLayout(builtinCatalog, result.value);
  const report = validate(result.value, catalog);
  for (const n of numbersIn(report.pod)) expect(Number.isFinite(n.value), n.path).toBe(true);
  const priced = bom(result.value, catalog);
  for (const n of numbersIn(priced)) expect(Number.isFinite(n.value), n.path).toBe(true);
}

const SEEDS: readonly Json[] = [...LAYOUT_SEEDS, LAYOUT_WITH_ITEMS];
const runs = (n: number) => ({ numRuns: n });

describe('fuzz: layout loader', () => {
  it('takes the seeds as they are (the mutations start from files the loader accepts or refuses cleanly)', () => {
    for (const seed of SEEDS) expectSoundOutcome(parseLayoutJson(toText(seed)));
  });

  it('mutated files: no throw, bounded layout or named issues', () => {
    fc.assert(
      fc.property(mutatedText(SEEDS), (text) => expectSoundOutcome(parseLayoutJson(text))),
      runs(200),
    );
  });

  it('mutations inside catalogItems (a rack 2^31 U tall, a draw of 1e308 W...): refused with their path', () => {
    const inItems = nodePaths(LAYOUT_WITH_ITEMS).all.filter((p) => p[0] === 'catalogItems');
    const numbers = nodePaths(LAYOUT_WITH_ITEMS).numbers.filter((p) => p[0] === 'catalogItems');
    const text = fc
      .tuple(
        fc.boolean(),
        fc.nat(),
        fc.constantFrom('1e308', '2147483648', '9007199254740993', '5e-324', '-0'),
      )
      .map(([onNumber, pick, value]) => {
        const pool = onNumber ? numbers : inItems;
        return toText(
          mutateAt(LAYOUT_WITH_ITEMS, pool[pick % pool.length]!, { op: 'replace', value: `@@raw@@${value}` }),
        );
      });
    fc.assert(
      fc.property(text, (t) => {
        const result = parseLayoutJson(t);
        expectSoundOutcome(result);
        if (!result.ok) expect(result.error.some((i) => i.path.startsWith('$.catalogItems'))).toBe(true);
      }),
      runs(150),
    );
  });

  it('single-character edits of the example files: no throw, bounded layout or named issues', () => {
    const edited = fc.nat(EXAMPLE_TEXTS.length - 1).chain((i) => charEdit(EXAMPLE_TEXTS[i]!));
    fc.assert(
      fc.property(edited, (text) => expectSoundOutcome(parseLayoutJson(text))),
      runs(300),
    );
  });

  it('bytes that are not UTF-8: refused with the offset of the bad byte, never replaced silently', () => {
    const bytes = fc.nat(EXAMPLE_TEXTS.length - 1).chain((i) => withBadBytes(EXAMPLE_TEXTS[i]!));
    fc.assert(
      fc.property(bytes, (b) => {
        const text = decodeUtf8(b);
        expect(text.ok).toBe(false);
        if (text.ok) return;
        const offset = Number(/offset (\d+)/.exec(text.error)?.[1]);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(b.length);
      }),
      runs(200),
    );
  });

  it('a list of thousands of invalid elements: checking stops at the issue cap, elements validated stay bounded', () => {
    const lists = ['racks', 'devices', 'links', 'floorUnits', 'sideItems', 'catalogItems'] as const;
    const seedElements = (seed: Json): number =>
      lists.reduce((n, key) => {
        const list = (seed as Record<string, Json>)[key];
        return n + (Array.isArray(list) ? list.length : 0);
      }, 0);
    const input = fc.tuple(
      fc.nat(SEEDS.length - 1),
      fc.constantFrom(...lists),
      fc.integer({ min: MAX_LAYOUT_ISSUES, max: MAX_MANY }),
      fc.constantFrom<Json>(null, 0, {}, { id: 1 }, []),
    );
    fc.assert(
      fc.property(input, ([s, key, n, bad]) => {
        const seed = SEEDS[s]!;
        const value = { ...(seed as Record<string, Json>), [key]: Array.from({ length: n }, () => bad) };
        const work = { elements: 0 };
        const result = loadLayout(JSON.parse(toText(value)), work);
        expect(result.ok).toBe(false);
        if (!result.ok) expectNamedIssues(result.error, MAX_LAYOUT_ISSUES);
        expect(work.elements).toBeLessThanOrEqual(MAX_LAYOUT_ISSUES + seedElements(seed));
      }),
      runs(30),
    );
  });
});
