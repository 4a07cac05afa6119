import { describe, expect, it } from 'vitest';
import type { Layout, QuoteDetails } from '../../src/core';
import { applyPct, bom, bomToCsv, csvField, formatMoney, minorDigits, sku, toMinor } from '../../src/core';
import { device, pduPair, pod, rack } from '../fixtures/builders';
import { GPU_SERVER, PDU_60A, testCatalog } from '../fixtures/catalog';

const quote = (discounts: Partial<QuoteDetails['discounts']>, currency = 'USD'): QuoteDetails => ({
  customer: 'Example Corp',
  quoteNumber: 'Q-2026-0042',
  date: '2026-11-23',
  validUntil: '2026-12-23',
  currency,
  locale: 'en-US',
  preparedBy: 'A. Engineer',
  notes: '',
  discounts: { overallPct: 0, byKind: [], bySku: [], ...discounts },
});

/** Test catalog prices every item at 1,000.00 USD: 1 rack + 2 PDUs + 3 servers = 6,000.00 list. */
const layout = (q?: QuoteDetails): Layout => ({
  ...pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: [1, 9, 17].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u)),
  }),
  ...(q ? { quote: q } : {}),
});

describe('Money in minor units', () => {
  it('knows each currency’s decimals from Intl: USD 2, JPY 0, KWD 3', () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('rounds half away from zero despite binary artefacts (1.005 USD = 101 cents)', () => {
    expect(toMinor(1.005, 'USD')).toBe(101);
    expect(toMinor(19.99, 'USD')).toBe(1999);
    expect(toMinor(-2.5, 'JPY')).toBe(-3);
  });

  it('applies a percentage to minor units and rounds once: 19.99 at 15% off is 16.99', () => {
    // 1999 × 0.85 = 1699.15 → 1699
    expect(applyPct(1999, 15)).toBe(1699);
    expect(applyPct(1000, 0)).toBe(1000);
  });

  it('formats for the locale', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatMoney(1234, 'JPY', 'ja-JP')).toMatch(/1,234/);
  });
});

describe('When a quote has line, kind and overall discounts', () => {
  it('lets a line discount override its kind discount, then takes the overall discount off the net sum', () => {
    // servers: kind 10% → 3,000 → 2,700. PDUs: line 25% overrides kind 50% → 2,000 → 1,500. Rack: none → 1,000.
    // Net lines 5,200; overall 5% → 260 off → 4,940.
    const q = quote({
      overallPct: 5,
      byKind: [
        { kind: 'server', pct: 10 },
        { kind: 'pdu', pct: 50 },
      ],
      bySku: [{ sku: PDU_60A, pct: 25 }],
    });
    const b = bom(layout(q), testCatalog);
    expect(b.lines.map((l) => [l.sku, l.discountPct, l.discountFrom, l.netExtendedPrice])).toEqual([
      ['t-rack-42u', 0, 'none', 1000],
      ['t-gpu-server', 10, 'kind', 2700],
      ['t-pdu-60a', 25, 'line', 1500],
    ]);
    expect(b.listTotal).toBe(6000);
    expect(b.lineDiscountTotal).toBe(800);
    expect(b.overallDiscount).toBe(260);
    expect(b.total).toBe(4940);
    expect(b.quote?.quoteNumber).toBe('Q-2026-0042');
  });

  it('rounds each line to cents before the overall discount: 3 × 33.33 at 15% then 7% off', () => {
    // 99.99 × 0.85 = 84.9915 → 84.99; 84.99 × 0.93 = 79.0407 → 79.04
    const prices = new Map([[GPU_SERVER as string, { amount: 33.33, currency: 'USD' }]]);
    const l = {
      ...layout(quote({ overallPct: 7, byKind: [{ kind: 'server', pct: 15 }] })),
      racks: [],
      sideItems: [],
    };
    const b = bom({ ...l, racks: [rack('R1')] }, testCatalog, { prices });
    const server = b.lines.find((x) => x.sku === GPU_SERVER);
    expect(server?.extendedPrice).toBe(99.99);
    expect(server?.netExtendedPrice).toBe(84.99);
    expect(server?.priceFrom).toBe('price list');
    expect(server?.priceIsExample).toBe(false);
    expect(b.total).toBe(79.04 + 1000 * 0.93);
  });

  it('prices a yen quote in whole yen and lists USD-priced items as unpriced, never converted', () => {
    const prices = new Map([[GPU_SERVER as string, { amount: 999, currency: 'JPY' }]]);
    const b = bom(layout(quote({ byKind: [{ kind: 'server', pct: 15 }] }, 'JPY')), testCatalog, { prices });
    // 3 × ¥999 = ¥2,997 × 0.85 = 2,547.45 → ¥2,547
    expect(b.lines).toHaveLength(1);
    expect(b.lines[0]?.netExtendedPrice).toBe(2547);
    expect(b.unpriced.map((u) => u.sku).sort()).toEqual(['t-pdu-60a', 't-rack-42u']);
    expect(b.currency).toBe('JPY');
  });
});

describe('The BOM as CSV', () => {
  it('writes a header, one row per line and the totals, with CRLF line ends', () => {
    const csv = bomToCsv(bom(layout(quote({ overallPct: 5 })), testCatalog));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'sku,name,vendor,kind,qty,currency,unit_price,extended_price,discount_pct,discount_from,net_extended_price,price_from,price_is_example',
    );
    expect(rows[2]).toBe(
      't-gpu-server,Test GPU server,Test,server,3,USD,1000.00,3000.00,0,none,3000.00,catalog,true',
    );
    expect(rows.at(-2)).toBe(',Net total,,,,USD,,,,,5700.00,,');
  });

  it('quotes commas and quotes, and defuses formula cells', () => {
    expect(csvField('Rack, 42U "tall"')).toBe('"Rack, 42U ""tall"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    // Forms spreadsheets also run: leading spaces, a full-width ＝ (U+FF1D), a leading line break.
    expect(csvField(' =1+1')).toBe("' =1+1");
    expect(csvField('＝1+1')).toBe("'＝1+1");
    expect(csvField('\n=1+1')).toBe('"\'\n=1+1"');
    expect(csvField('\u3000＠SUM(A1)')).toBe("'\u3000＠SUM(A1)");
    expect(csvField('plain -5 text')).toBe('plain -5 text');
    expect(sku('plain')).toBe('plain');
  });
});

describe('When the layout carries a price list', () => {
  it('prices from it (and an explicit price list wins over it)', () => {
    const l: Layout = { ...layout(), prices: [{ sku: GPU_SERVER, amount: 1234.5, currency: 'USD' }] };
    const line = bom(l, testCatalog).lines.find((x) => x.sku === GPU_SERVER);
    expect(line).toMatchObject({
      unitPrice: 1234.5,
      extendedPrice: 3703.5,
      priceFrom: 'price list',
      priceIsExample: false,
    });
    const prices = new Map([[GPU_SERVER as string, { amount: 1000.25, currency: 'USD' }]]);
    expect(bom(l, testCatalog, { prices }).lines.find((x) => x.sku === GPU_SERVER)?.unitPrice).toBe(1000.25);
  });
});
