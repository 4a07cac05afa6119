import { describe, expect, it } from 'vitest';
import { loadLayout, serializeLayout } from '../../src/core';
import { pod } from '../fixtures/builders';

const withQuote = (quote: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ ...pod(), quote })) as unknown;
const good = {
  customer: 'Example Corp',
  quoteNumber: 'Q-1',
  date: '2026-11-23',
  validUntil: '2026-12-23',
  currency: 'EUR',
  locale: 'de-DE',
  preparedBy: 'A. Engineer',
  notes: 'Delivery in Q1.',
  discounts: {
    overallPct: 5,
    byKind: [{ kind: 'server', pct: 10 }],
    bySku: [{ sku: 'nvidia-dgx-h100', pct: 12.5 }],
  },
};

describe('When a layout file carries quote details', () => {
  it('loads them and writes them back unchanged', () => {
    const r = loadLayout(withQuote(good));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.quote).toEqual(good);
    const again = loadLayout(JSON.parse(serializeLayout(r.value)));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it.each([
    ['an impossible date', { date: '2026-02-30' }, '$.quote.date'],
    ['a lower-case currency', { currency: 'eur' }, '$.quote.currency'],
    ['a malformed locale', { locale: 'not a locale!' }, '$.quote.locale'],
    [
      'a discount over 100%',
      { discounts: { ...good.discounts, overallPct: 120 } },
      '$.quote.discounts.overallPct',
    ],
    [
      'an unknown kind',
      { discounts: { ...good.discounts, byKind: [{ kind: 'spaceship', pct: 5 }] } },
      '$.quote.discounts.byKind[0].kind',
    ],
  ])('rejects %s with its path', (_name, patch, path) => {
    const r = loadLayout(withQuote({ ...good, ...patch }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.path).toBe(path);
  });
});
