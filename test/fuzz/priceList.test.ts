/**
 * Fuzz: the price-list import, CSV and JSON, over hostile rows and mutations of a real list of built-in SKUs. Nothing
 * throws (the importer's own catch-all never fires); every price taken is finite, not negative, at most the largest
 * unit price, in an ISO 4217 currency; every issue names a line of the file; the issues stay under the cap (and under one per line in CSV).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PRICE_LIST_ISSUES, parsePriceList } from '../../src/core';
import type { PriceListFormat, PriceListResult } from '../../src/core';
import { isCurrencyCode } from '../../src/core/model/currency';
import { expectBounded } from './support/bounded';
import { charEdit, hostileNumberText, mutatedText, toText } from './support/hostileJson';
import { KNOWN_SKUS, PRICE_CSV_SEED, PRICE_JSON_SEED } from './support/seeds';

function expectSoundOutcome(text: string, format: PriceListFormat): PriceListResult {
  const result = parsePriceList(text, format, KNOWN_SKUS);
  const lines = text.split(/\r\n|\r|\n/).length;
  expectBounded([...result.prices.values()]);
  for (const [sku, entry] of result.prices) {
    expect(KNOWN_SKUS.has(sku)).toBe(true);
    expect(isCurrencyCode(entry.currency), entry.currency).toBe(true);
  }
  expect(result.prices.size + result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(MAX_PRICE_LIST_ISSUES);
  // A CSV line gives at most one issue (the header perhaps two, the empty-list note one more).
  if (format === 'csv') expect(result.issues.length).toBeLessThanOrEqual(lines + 2);
  for (const issue of result.issues) {
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines, issue.message).toBe(true);
    expect(issue.message.trim()).not.toBe('');
    expect(issue.message).not.toMatch(/could not read the price list|undefined|\[object Object\]/);
  }
  return result;
}

const SKUS = [...KNOWN_SKUS];
const csvField = fc.oneof(
  fc.constantFrom(...SKUS.slice(0, 5)),
  hostileNumberText,
  fc.constantFrom(
    '',
    ' ',
    'USD',
    'usd',
    'XYZ',
    'XXX',
    'EUR ',
    '1,000',
    '"1250"',
    '"a,b"',
    '"open',
    '=1+1',
    '\u0000',
  ),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 1, max: 5_000 }).map((n) => '9'.repeat(n)),
);
const csvRow = fc.array(csvField, { minLength: 0, maxLength: 6 }).map((fields) => fields.join(','));
const csvText = fc
  .tuple(
    fc.constantFrom(
      'sku,unit_price,currency',
      'sku,unit_price,currency,discount_class',
      'currency,sku,unit_price',
      '',
    ),
    fc.array(csvRow, { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([header, rows, eol, bom]) => (bom ? '\uFEFF' : '') + [header, ...rows].join(eol));

describe('fuzz: price-list import', () => {
  it('takes the seeds', () => {
    expect(expectSoundOutcome(PRICE_CSV_SEED, 'csv').issues).toEqual([]);
    expect(expectSoundOutcome(toText(PRICE_JSON_SEED, 2), 'json').issues).toEqual([]);
  });

  it('hostile CSV rows: no throw, only bounded prices in real currencies, every issue on a line', () => {
    fc.assert(
      fc.property(csvText, (text) => void expectSoundOutcome(text, 'csv')),
      { numRuns: 300 },
    );
  });

  it('single-character edits of a CSV list', () => {
    fc.assert(
      fc.property(charEdit(PRICE_CSV_SEED), (text) => void expectSoundOutcome(text, 'csv')),
      { numRuns: 200 },
    );
  });

  it('mutated JSON lists: no throw, only bounded prices, every issue on a line', () => {
    fc.assert(
      fc.property(mutatedText([PRICE_JSON_SEED]), (text) => void expectSoundOutcome(text, 'json')),
      { numRuns: 300 },
    );
  });

  it('thousands of bad entries on one line or many: issues listed up to the cap, good lines still read', () => {
    const input = fc.tuple(
      fc.integer({ min: MAX_PRICE_LIST_ISSUES, max: 20_000 }),
      fc.constantFrom('csv', 'json') as fc.Arbitrary<PriceListFormat>,
      fc.constantFrom('', '\n'),
    );
    fc.assert(
      fc.property(input, ([n, format, eol]) => {
        const [good] = PRICE_CSV_SEED.split('\n').slice(1);
        const text =
          format === 'csv'
            ? [
                'sku,unit_price,currency,discount_class',
                ...Array.from({ length: n }, () => 'x,1,USD,'),
                good,
              ].join('\n')
            : `[${Array.from({ length: n }, () => '{"sku":1}').join(`,${eol}`)},${eol}${JSON.stringify((PRICE_JSON_SEED as unknown[])[0])}]`;
        const result = expectSoundOutcome(text, format);
        expect(result.issues).toHaveLength(MAX_PRICE_LIST_ISSUES);
        expect(result.prices.size).toBe(1);
      }),
      { numRuns: 20 },
    );
  });
});
