import { describe, expect, it } from 'vitest';
import type { CatalogItem, Layout, QuoteDetails, Service } from '../../src/core';
import {
  BUILTIN_ITEMS,
  bom,
  bomToCsv,
  builtinCatalog,
  loadLayout,
  makeCatalog,
  serializeLayout,
  sku,
} from '../../src/core';
import { device, pduPair, pod, rack } from '../fixtures/builders';
import { GPU_SERVER, ITEMS } from '../fixtures/catalog';

const INSTALL = sku('t-svc-install');
const SUPPORT = sku('t-svc-support');
const service = (s: typeof INSTALL, name: string, unit: Service['unit'], amount: number): Service => ({
  kind: 'service',
  sku: s,
  name,
  vendor: 'Test',
  placement: 'none',
  unit,
  weightKg: 0,
  price: { amount, currency: 'USD', example: false },
  provenance: { default: { grade: 'estimate', source: 'test' } },
});
const catalog = makeCatalog([
  ...ITEMS,
  service(INSTALL, 'Rack installation', 'each', 2500),
  service(SUPPORT, 'Support, 1 year', 'year', 999.99),
] as CatalogItem[]);

const quote = (services: QuoteDetails['services'], discounts: Partial<QuoteDetails['discounts']> = {}) =>
  ({
    customer: 'Example Corp',
    quoteNumber: 'Q-1',
    date: '2026-11-23',
    validUntil: '2026-12-23',
    currency: 'USD',
    locale: 'en-US',
    preparedBy: 'A. Engineer',
    notes: '',
    discounts: { overallPct: 0, byKind: [], bySku: [], ...discounts },
    ...(services !== undefined && { services }),
  }) satisfies QuoteDetails;

/** 1 rack + 2 PDUs + 2 servers at 1,000.00 USD each = 5,000.00 list of equipment. */
const layout = (q: QuoteDetails): Layout => ({
  ...pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: [1, 9].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u)),
  }),
  quote: q,
});

describe('When a quote lists services', () => {
  it('prices each as a BOM line of kind service, after the equipment', () => {
    const b = bom(
      layout(
        quote([
          { sku: INSTALL, qty: 1 },
          { sku: SUPPORT, qty: 6 },
        ]),
      ),
      catalog,
    );
    const services = b.lines.filter((l) => l.kind === 'service');
    expect(services.map((l) => [l.sku, l.qty, l.extendedPrice])).toEqual([
      [INSTALL, 1, 2500],
      [SUPPORT, 6, 5999.94],
    ]);
    expect(b.lines.at(-1)?.kind).toBe('service');
    expect(b.listTotal).toBe(13499.94);
    expect(b.subtotals.find((s) => s.kind === 'service')?.extendedPrice).toBe(8499.94);
  });

  it('sums repeated SKUs and applies kind, line and overall discounts in the documented order', () => {
    const b = bom(
      layout(
        quote(
          [
            { sku: SUPPORT, qty: 2 },
            { sku: INSTALL, qty: 1 },
            { sku: SUPPORT, qty: 1 },
          ],
          { byKind: [{ kind: 'service', pct: 10 }], bySku: [{ sku: INSTALL, pct: 50 }], overallPct: 5 },
        ),
      ),
      catalog,
    );
    const support = b.lines.find((l) => l.sku === SUPPORT);
    const install = b.lines.find((l) => l.sku === INSTALL);
    // 3 × 999.99 = 2,999.97 list, 10% kind discount: 2,699.973 → 2,699.97.
    expect(support).toMatchObject({
      qty: 3,
      extendedPrice: 2999.97,
      discountFrom: 'kind',
      netExtendedPrice: 2699.97,
    });
    // The line discount overrides the kind's: 2,500 at 50% = 1,250.
    expect(install).toMatchObject({ discountFrom: 'line', discountPct: 50, netExtendedPrice: 1250 });
    // Net lines 5,000 + 2,699.97 + 1,250 = 8,949.97; 5% overall = 447.4985 → 447.50; total 8,502.47.
    expect(b.overallDiscount).toBe(447.5);
    expect(b.total).toBe(8502.47);
    expect(bomToCsv(b)).toContain(
      't-svc-support,"Support, 1 year",Test,service,3,USD,999.99,2999.97,10,kind',
    );
  });

  it('lists an unknown or non-service SKU as unpriced with the reason', () => {
    const b = bom(
      layout(
        quote([
          { sku: sku('no-such-service'), qty: 1 },
          { sku: GPU_SERVER, qty: 1 },
        ]),
      ),
      catalog,
    );
    expect(b.lines.some((l) => l.kind === 'service')).toBe(false);
    expect(b.unpriced).toEqual([
      { sku: 'no-such-service', qty: 1, reason: 'unknown service SKU: not in the catalog' },
      { sku: GPU_SERVER, qty: 1, reason: 'listed as a service, but the catalog has it as a server' },
    ]);
  });

  it('adds nothing to power, weight or space', () => {
    const plain = layout(quote(undefined));
    const withServices = layout(quote([{ sku: INSTALL, qty: 3 }]));
    expect(bom(withServices, catalog).summary).toEqual(bom(plain, catalog).summary);
  });

  it('round-trips services through the layout file; a zero or fractional quantity is refused with its path', () => {
    const l = layout(quote([{ sku: INSTALL, qty: 2 }]));
    const loaded = loadLayout(JSON.parse(serializeLayout(l)));
    expect(loaded.ok && loaded.value.quote?.services).toEqual([{ sku: INSTALL, qty: 2 }]);
    const bad = JSON.parse(serializeLayout(l)) as { quote: { services: { qty: number }[] } };
    bad.quote.services[0]!.qty = 1.5;
    const refused = loadLayout(bad);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error[0]?.path).toBe('$.quote.services[0].qty');
  });
});

describe('The built-in services', () => {
  const services = BUILTIN_ITEMS.filter((i) => i.kind === 'service');

  it('include rack installation, commissioning and 1/3/5-year support, as example prices with estimate provenance', () => {
    expect(services.map((s) => s.sku)).toEqual([
      'svc-rack-installation',
      'svc-pod-commissioning',
      'svc-support-1y-gpu-server',
      'svc-support-3y-gpu-server',
      'svc-support-5y-gpu-server',
    ]);
    for (const s of services) {
      expect(s.placement).toBe('none');
      expect(s.weightKg).toBe(0);
      expect(s.price.example).toBe(true);
      expect(s.provenance.default.grade).toBe('estimate');
    }
  });

  it('price in a built-in BOM with the example flag', () => {
    const l = { ...pod(), quote: quote([{ sku: sku('svc-pod-commissioning'), qty: 1 }]) };
    const b = bom(l, builtinCatalog);
    expect(b.lines).toHaveLength(1);
    expect(b.lines[0]).toMatchObject({ kind: 'service', priceIsExample: true });
    expect(b.pricesAreExamples).toBe(true);
  });
});
