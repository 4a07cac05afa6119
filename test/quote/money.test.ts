import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogItem, Layout, QuoteDetails, Service } from '../../src/core';
import {
  MAX_MINOR,
  applyPct,
  bom,
  bomToCsv,
  builtinCatalog,
  fromMinor,
  parseLayoutJson,
  makeCatalog,
  minorToText,
  parseDecimal,
  sku,
  toMinor,
  tryMinor,
} from '../../src/core';
import { device, pduPair, pod, rack } from '../fixtures/builders';
import { GPU_SERVER, ITEMS, PDU_60A, RACK_42U } from '../fixtures/catalog';

const INSTALL = sku('t-svc-install');
const install: Service = {
  kind: 'service',
  sku: INSTALL,
  name: 'Rack installation',
  vendor: 'Test',
  placement: 'none',
  unit: 'each',
  weightKg: 0,
  price: { amount: 2500, currency: 'USD', example: false },
  provenance: { default: { grade: 'estimate', source: 'test' } },
};
const catalog = makeCatalog([...ITEMS, install] as CatalogItem[]);

const quote = (discounts: Partial<QuoteDetails['discounts']>, services = 1): QuoteDetails => ({
  customer: 'Example Corp',
  quoteNumber: 'Q-1',
  date: '2026-11-23',
  validUntil: '2026-12-23',
  currency: 'USD',
  locale: 'en-US',
  preparedBy: '',
  notes: '',
  discounts: { overallPct: 0, byKind: [], bySku: [], ...discounts },
  services: [{ sku: INSTALL, qty: services }],
});

/** 1 rack, 2 PDUs, `servers` GPU servers and the installation service. */
const layout = (q: QuoteDetails, servers = 3): Layout => ({
  ...pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: Array.from({ length: servers }, (_, i) => device(`g${i}`, GPU_SERVER, 'R1', 1 + 8 * i)),
  }),
  quote: q,
});

const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * Reference rounding written independently of the code under test: `num / den` rounded half away from zero by
 * floor division and a remainder comparison.
 */
function refRound(num: bigint, den: bigint): bigint {
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = a / den + (2n * (a % den) >= den ? 1n : 0n);
  return neg ? -q : q;
}
/** Net of `list` minor units at `milli` thousandths of a percent off (12.345% = 12345). */
const refNet = (list: bigint, milli: number) => refRound(list * BigInt(100_000 - milli), 100_000n);

describe('Decimal amounts are read exactly at the boundary', () => {
  it('reads decimal text and exponents: 1.005 is 1005×10^-3, 1.5e-7 is 15×10^-8', () => {
    expect(parseDecimal('1.005')).toEqual({ coef: 1005n, exp: -3 });
    expect(parseDecimal('-62100.00')).toEqual({ coef: -6210000n, exp: -2 });
    expect(parseDecimal('1.5e-7')).toEqual({ coef: 15n, exp: -8 });
    expect(parseDecimal('1,000')).toBeUndefined();
    expect(parseDecimal('.')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });

  it('rounds half away from zero from the decimal, not its binary: 1.005 USD = 101 ¢, 0.125 JPY = 0 ¥', () => {
    expect(toMinor(1.005, 'USD')).toBe(101); // 100.5 ¢ → 101
    expect(toMinor(-1.005, 'USD')).toBe(-101);
    expect(toMinor(2.675, 'USD')).toBe(268); // 2.675 is 2.67499999… in binary; the decimal is 267.5 ¢ → 268
    expect(toMinor('1.0049999', 'USD')).toBe(100);
    expect(toMinor(-2.5, 'JPY')).toBe(-3);
    expect(toMinor(1.2345, 'KWD')).toBe(1235); // 1234.5 fils → 1235
  });

  it('has no phantom cents above $5M: 5,400,000.00 is 540,000,000 ¢ exactly', () => {
    // The old relative nudge added 1e-9 × 540,000,000 = 0.54 ¢ and rounded 540,000,000.54 up to …001.
    expect(toMinor(5_400_000, 'USD')).toBe(540_000_000);
    expect(toMinor(5_400_000.01, 'USD')).toBe(540_000_001);
    expect(toMinor(999_999_999_999.99, 'USD')).toBe(99_999_999_999_999);
  });

  it('refuses amounts beyond 10^15 − 1 minor units instead of rounding them', () => {
    expect(MAX_MINOR).toBe(999_999_999_999_999);
    expect(tryMinor(9_999_999_999_999.99, 'USD')).toBe(MAX_MINOR);
    expect(tryMinor(10_000_000_000_000, 'USD')).toBeUndefined();
    expect(tryMinor(Number.MAX_SAFE_INTEGER, 'USD')).toBeUndefined();
    expect(tryMinor(Number.POSITIVE_INFINITY, 'USD')).toBeUndefined();
    expect(() => toMinor(1e300, 'USD')).toThrow(/not an amount podplan handles exactly/);
  });

  it('round-trips every cent amount up to $10^12 through number, text and minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }), (m) => {
        const text = minorToText(m, 'USD');
        expect(toMinor(text, 'USD')).toBe(m);
        expect(toMinor(Number(text), 'USD')).toBe(m);
        expect(fromMinor(m, 'USD')).toBe(Number(text));
        expect(String(fromMinor(m, 'USD'))).toBe(String(Number(text)));
      }),
    );
  });

  it('takes a percentage off exactly, matching an independent reference for every amount and pct', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (m, milli) => {
          const net = applyPct(m, milli / 1000);
          expect(net).toBe(Number(refNet(BigInt(m), milli)));
          expect(net).toBeLessThanOrEqual(m);
          expect(net).toBeGreaterThanOrEqual(0);
        },
      ),
    );
    // 1999 ¢ at 15% off = 1699.15 → 1699; 1 ¢ at 50% = 0.5 → 1 (half away from zero); at 100% nothing is left.
    expect([applyPct(1999, 15), applyPct(1, 50), applyPct(-1, 50), applyPct(123, 100)]).toEqual([
      1699, 1, -1, 0,
    ]);
    // 33.333% off $6,999,999.99: 699,999,999 × 66.667 / 100 = 466,668,999.333… ¢ → $4,666,689.99.
    expect(applyPct(699_999_999, 33.333)).toBe(466_668_999);
  });
});

describe('BOM totals are exact on every discount path', () => {
  it('prices a single $5,400,000.00 line as $5,400,000.00 (subtotal, list and net totals)', () => {
    const l: Layout = { ...pod({ racks: [rack('R1')] }), quote: { ...quote({}), services: [] } };
    const b = bom(l, catalog, { prices: new Map([[RACK_42U as string, usd(5_400_000)]]) });
    expect(b.lines.map((x) => x.extendedPrice)).toEqual([5_400_000]);
    expect(b.subtotals).toEqual([{ kind: 'rack', extendedPrice: 5_400_000, netExtendedPrice: 5_400_000 }]);
    expect([b.listTotal, b.total]).toEqual([5_400_000, 5_400_000]);
    expect(bomToCsv(b)).toContain(',Net total,,,,USD,,,,,5400000.00,,');
  });

  it('totals the NVL72 example at 7,514,800.00, the exact sum of its lines', () => {
    const text = readFileSync(new URL('../../public/examples/liquid-nvl72.json', import.meta.url), 'utf8');
    const loaded = parseLayoutJson(text);
    if (!loaded.ok) throw new Error('example does not load');
    const b = bom(loaded.value, builtinCatalog);
    const sumCents = b.lines.reduce((s, x) => s + toMinor(x.extendedPrice, 'USD'), 0);
    expect(sumCents).toBe(751_480_000);
    expect(b.listTotal).toBe(7_514_800);
    expect(b.total).toBe(7_514_800);
  });

  it('hand-checks $5M+ lines with line, kind, overall and service discounts', () => {
    // Servers: 3 × $5,400,000.00 = $16,200,000.00 at kind 12.5% → $14,175,000.00.
    // PDUs: 2 × $2,750,000.33 = $5,500,000.66, line 7.77% overrides kind 50% → 550,000,066 × 0.9223
    //   = 507,265,060.8718 ¢ → $5,072,650.61.
    // Rack: $6,999,999.99, no discount. Installation: 2 × $2,500.00 = $5,000.00 at service 10% → $4,500.00.
    // Net lines: 14,175,000.00 + 5,072,650.61 + 6,999,999.99 + 4,500.00 = $26,252,150.60.
    // Overall 3.5%: 2,625,215,060 × 0.965 = 2,533,332,532.9 ¢ → $25,333,325.33.
    const q = quote(
      {
        overallPct: 3.5,
        byKind: [
          { kind: 'server', pct: 12.5 },
          { kind: 'pdu', pct: 50 },
          { kind: 'service', pct: 10 },
        ],
        bySku: [{ sku: PDU_60A, pct: 7.77 }],
      },
      2,
    );
    const prices = new Map([
      [GPU_SERVER as string, usd(5_400_000)],
      [PDU_60A as string, usd(2_750_000.33)],
      [RACK_42U as string, usd(6_999_999.99)],
    ]);
    const b = bom(layout(q), catalog, { prices });
    expect(b.lines.map((x) => [x.sku, x.netExtendedPrice])).toEqual([
      ['t-rack-42u', 6_999_999.99],
      ['t-gpu-server', 14_175_000],
      ['t-pdu-60a', 5_072_650.61],
      ['t-svc-install', 4_500],
    ]);
    // List: 6,999,999.99 + 16,200,000.00 + 5,500,000.66 + 5,000.00 = $28,705,000.65.
    expect(b.listTotal).toBe(28_705_000.65);
    expect(b.total).toBe(25_333_325.33);
    expect(b.overallDiscount).toBe(918_825.27);
  });

  it('matches an exact reference for amounts up to $10^12 and every discount path', () => {
    const pct = fc.integer({ min: 0, max: 100_000 }); // thousandths of a percent
    fc.assert(
      fc.property(
        fc.record({
          servers: fc.integer({ min: 1, max: 5 }),
          installs: fc.integer({ min: 1, max: 9 }),
          serverMinor: fc.integer({ min: 0, max: 20_000_000_000_000 }),
          pduMinor: fc.integer({ min: 0, max: 50_000_000_000_000 }),
          rackMinor: fc.integer({ min: 0, max: 100_000_000_000_000 }),
          installMinor: fc.integer({ min: 0, max: 10_000_000_000_000 }),
          server: pct,
          pdu: pct,
          pduLine: fc.option(pct),
          service: pct,
          overall: pct,
        }),
        (g) => {
          const q = quote(
            {
              overallPct: g.overall / 1000,
              byKind: [
                { kind: 'server', pct: g.server / 1000 },
                { kind: 'pdu', pct: g.pdu / 1000 },
                { kind: 'service', pct: g.service / 1000 },
              ],
              bySku: g.pduLine === null ? [] : [{ sku: PDU_60A, pct: g.pduLine / 1000 }],
            },
            g.installs,
          );
          const prices = new Map([
            [GPU_SERVER as string, usd(fromMinor(g.serverMinor, 'USD'))],
            [PDU_60A as string, usd(fromMinor(g.pduMinor, 'USD'))],
            [RACK_42U as string, usd(fromMinor(g.rackMinor, 'USD'))],
            [INSTALL as string, usd(fromMinor(g.installMinor, 'USD'))],
          ]);
          const b = bom(layout(q, g.servers), catalog, { prices });
          const lines: [bigint, number][] = [
            [BigInt(g.rackMinor), 0],
            [BigInt(g.serverMinor) * BigInt(g.servers), g.server],
            [BigInt(g.pduMinor) * 2n, g.pduLine ?? g.pdu],
            [BigInt(g.installMinor) * BigInt(g.installs), g.service],
          ];
          const list = lines.reduce((s, [l]) => s + l, 0n);
          const netLines = lines.reduce((s, [l, p]) => s + refNet(l, p), 0n);
          const total = refNet(netLines, g.overall);
          expect(b.lines.map((x) => toMinor(x.netExtendedPrice, 'USD'))).toEqual(
            lines.map(([l, p]) => Number(refNet(l, p))),
          );
          expect(toMinor(b.listTotal, 'USD')).toBe(Number(list));
          expect(toMinor(b.total, 'USD')).toBe(Number(total));
          expect(b.total).toBe(Number(minorToText(Number(total), 'USD')));
          expect(toMinor(b.lineDiscountTotal, 'USD')).toBe(Number(list - netLines));
          expect(toMinor(b.overallDiscount, 'USD')).toBe(Number(netLines - total));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves a line unpriced, with the reason, when it would pass 10^15 − 1 minor units', () => {
    const l: Layout = { ...pod({ racks: [rack('R1'), rack('R2')] }), quote: { ...quote({}), services: [] } };
    // 2 × $6,000,000,000,000.00 = 1.2 × 10^15 ¢ > 999,999,999,999,999 ¢.
    const b = bom(l, catalog, { prices: new Map([[RACK_42U as string, usd(6e12)]]) });
    expect(b.lines).toEqual([]);
    expect(b.total).toBe(0);
    expect(b.unpriced).toEqual([
      {
        sku: 't-rack-42u',
        qty: 2,
        reason: expect.stringMatching(/2 × 6000000000000 USD is beyond 9999999999999\.99 USD/),
      },
    ]);
  });
});

describe('The BOM CSV', () => {
  it('writes money as numbers, negative discounts included (-62100.00, not text)', () => {
    const b = bom(layout(quote({ overallPct: 10 })), catalog);
    // List: rack 1,000 + 3 servers 3,000 + 2 PDUs 2,000 + install 2,500 = 8,500.00; 10% overall = 850.00 off.
    const rows = bomToCsv(b).split('\r\n');
    expect(rows.at(-3)).toBe(',Overall discount (10%),,,,USD,,,,,-850.00,,');
    expect(rows.at(-2)).toBe(',Net total,,,,USD,,,,,7650.00,,');
  });
});
