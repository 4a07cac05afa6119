/**
 * Fuzz: the catalog JSON import over hostile mutations of a catalog holding one built-in item of every kind. Nothing
 * throws; accepted items hold only finite numbers inside the bounds and load again once written (round trip); a
 * refusal names a JSON path for every issue, at most the issue cap of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogJson, MAX_CATALOG_ISSUES, serializeCatalog } from '../../src/core';
import type { CatalogItem, InputIssue, Result } from '../../src/core';
import { expectBounded } from './support/bounded';
import { charEdit, mutatedText, toText } from './support/hostileJson';
import { expectNamedIssues } from './support/issues';
import { CATALOG_SEED, LAYOUT_WITH_ITEMS } from './support/seeds';

function expectSoundOutcome(result: Result<CatalogItem[], InputIssue[]>): void {
  if (!result.ok) return expectNamedIssues(result.error, MAX_CATALOG_ISSUES);
  expectBounded(result.value);
  const again = loadCatalogJson(serializeCatalog(result.value));
  expect(again.ok ? again.value : again.error).toEqual(result.value);
}

const SEEDS = [
  CATALOG_SEED,
  { schemaVersion: 1, items: (LAYOUT_WITH_ITEMS as { catalogItems: unknown }).catalogItems },
] as const;

describe('fuzz: catalog JSON import', () => {
  it('takes the seeds', () => {
    for (const seed of SEEDS) expect(loadCatalogJson(toText(seed as never)).ok).toBe(true);
  });

  it('mutated catalog files: no throw, bounded items that round-trip, or named issues', () => {
    fc.assert(
      fc.property(mutatedText(SEEDS as never), (text) => expectSoundOutcome(loadCatalogJson(text))),
      { numRuns: 200 },
    );
  });

  it('single-character edits: no throw, bounded items or named issues', () => {
    fc.assert(
      fc.property(charEdit(toText(CATALOG_SEED, 2)), (text) => expectSoundOutcome(loadCatalogJson(text))),
      { numRuns: 150 },
    );
  });
});
