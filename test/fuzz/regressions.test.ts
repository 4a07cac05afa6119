/**
 * What the fuzz suite found, each pinned as a plain test with its shrunk counterexample, so it stays fixed whatever
 * seeds fast-check draws next.
 */
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_ITEMS,
  loadCatalogJson,
  MAX_CATALOG_ISSUES,
  MAX_PRICE_LIST_ISSUES,
  parsePriceList,
  serializeCatalog,
} from '../../src/core';

const rack = BUILTIN_ITEMS.find((item) => item.kind === 'rack')!;

describe('fuzz regressions', () => {
  it('catalog: a weight of -0 kg is read as 0, so the item is written and read back as itself', () => {
    // Counterexample: {"schemaVersion":1,"items":[{"kind":"rack",…,"weightKg":-0,…}]} loaded with weightKg -0, which
    // serializeCatalog writes as 0: the round trip changed the item (and -0 prints as "-0 kg").
    const text = JSON.stringify({ schemaVersion: 1, items: [rack] }).replace(
      `"weightKg":${rack.weightKg}`,
      '"weightKg":-0',
    );
    expect(text).toContain('"weightKg":-0');
    const loaded = loadCatalogJson(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(Object.is(loaded.value[0]!.weightKg, 0)).toBe(true);
    expect(loadCatalogJson(serializeCatalog(loaded.value))).toEqual(loaded);
  });

  it('catalog: 20,000 items holding a __proto__ key give at most the issue cap, the last saying checking stopped', () => {
    // Counterexample: the items list replaced by 20,000 × {"__proto__": {}}; the forbidden-key walk had no cap and
    // returned 20,000 issues.
    const items = Array.from({ length: 20_000 }, () => '{"__proto__":{}}').join(',');
    const loaded = loadCatalogJson(`{"schemaVersion":1,"items":[${items}]}`);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error).toHaveLength(MAX_CATALOG_ISSUES);
    expect(loaded.error[0]).toEqual({
      path: '$.items[0].__proto__',
      message: expect.stringMatching(/^forbidden key/),
    });
    expect(loaded.error.at(-1)!.message).toMatch(/^checking stopped after 199 issues/);
  });

  it('price list: 200 bad entries on one JSON line list at most the cap and still read the good entry', () => {
    // Counterexample [200, "json", ""]: 200 × {"sku":1} then one good entry; every bad entry was listed, without
    // bound (20,000 of them gave 20,000 issues).
    const good = { sku: rack.sku, unitPrice: 100, currency: 'USD' };
    const text = `[${Array.from({ length: 200 }, () => '{"sku":1}').join(',')},${JSON.stringify(good)}]`;
    const result = parsePriceList(text, 'json', new Set([rack.sku]));
    expect(result.issues).toHaveLength(MAX_PRICE_LIST_ISSUES);
    expect(result.issues.at(-1)).toEqual({
      line: 1,
      message:
        'more issues from line 1 on are not listed (the first 199 are); lines without issues were still read',
    });
    expect(result.prices.get(rack.sku)).toEqual({ amount: 100, currency: 'USD' });
  });
});

describe('fuzz regressions: figures too small to divide by', () => {
  it('a PDU of 5e-324 A in catalogItems is refused with its path (it crashed validation: usable current 0, endless recursion)', () => {
    // Counterexample: small-inference.json with its items as catalogItems and the Raritan PDU's inputAmps 5e-324.
    const pdu = BUILTIN_ITEMS.find((item) => item.sku === 'raritan-px3-5878-415v-60a')!;
    const loaded = loadCatalogJson(
      JSON.stringify({ schemaVersion: 1, items: [{ ...pdu, inputAmps: 5e-324 }] }),
    );
    expect(loaded.ok ? [] : loaded.error).toEqual([
      { path: '$.items[0].inputAmps', message: 'expected a number ≥ 0.001 and ≤ 10000, got 5e-324' },
    ]);
  });
});
