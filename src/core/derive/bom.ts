/**
 * `bom(layout, catalog)`: the bill of materials, one line per SKU, with subtotals per kind, the pod summary and the
 * validation status. Deterministic (no clock, no locale), so the CLI and the app produce identical bytes through
 * `bomToJson`.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { Bom } from './bomSchema';
import { BOM_SCHEMA_VERSION } from './bomVersion';
import { NO_DISCOUNTS } from '../model/quote';
import { cablingFigures } from './cablingFigures';
import { scheduleRows } from './cableSchedule';
import { applyPct, fromMinor } from './money';
import type { LineBook } from './bomLines';
import { lineBook } from './bomLines';
import { proposalSection } from './bomProposal';
import { validate } from './validate';

export const GENERATOR = 'podplan 0.1.0';

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Every SKU used by the layout with its count, in layout order. */
export function countSkus(layout: Layout): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (sku: string) => counts.set(sku, (counts.get(sku) ?? 0) + 1);
  for (const r of layout.racks) {
    add(r.sku);
    if (r.rearDoor !== undefined) add(r.rearDoor);
  }
  for (const d of layout.devices) add(d.sku);
  for (const s of layout.sideItems) add(s.sku);
  for (const u of layout.floorUnits) add(u.sku);
  return counts;
}

/** The quote's services by SKU with their summed quantities, in quote order. */
export function serviceCounts(layout: Layout): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of layout.quote?.services ?? []) counts.set(s.sku, (counts.get(s.sku) ?? 0) + s.qty);
  return counts;
}

/** A price that overrides the catalog's (from an imported price list). */
export interface PriceOverride {
  readonly amount: number;
  readonly currency: string;
  /** Unit cost in `currency`, for the margin guard rail. */
  readonly cost?: number;
  /** Lead time from order, weeks. */
  readonly leadTimeWeeks?: number;
}

export interface BomOptions {
  /**
   * Unit prices by SKU that replace catalog list prices (real prices: not flagged as examples). They take precedence
   * over the layout's own `prices`.
   */
  readonly prices?: ReadonlyMap<string, PriceOverride>;
}

export function bom(layout: Layout, catalog: Catalog, options: BomOptions = {}): Bom {
  const report = validate(layout, catalog);
  const counts = countSkus(layout);
  const quote = layout.quote;
  const layoutPrices = layoutPriceMap(layout);
  const priceOf = (sku: string) => {
    const override = options.prices?.get(sku) ?? layoutPrices.get(sku);
    const item = catalog.items.get(sku as never);
    if (override)
      return {
        ...override,
        example: false,
        from: 'price list' as const,
        item,
        leadTimeWeeks: override.leadTimeWeeks ?? item?.price.leadTimeWeeks,
      };
    if (item) return { ...item.price, from: 'catalog' as const, item };
    return undefined;
  };
  const currency =
    quote?.currency ??
    mostCommonCurrency([...counts.keys(), ...serviceCounts(layout).keys()].map((s) => priceOf(s)?.currency));
  const discounts = quote?.discounts ?? NO_DISCOUNTS;

  const base = lineBook(currency, discounts);
  const optional = lineBook(currency, discounts, base.unpriced);
  const addItem = (sku: string, qty: number, asService: boolean, into: LineBook) => {
    const price = priceOf(sku);
    if (!price?.item) {
      into.unpriced.push({
        sku,
        qty,
        reason: `unknown ${asService ? 'service ' : ''}SKU: not in the catalog`,
      });
      return;
    }
    const { item } = price;
    if (asService && item.kind !== 'service') {
      into.unpriced.push({
        sku,
        qty,
        reason: `listed as a service, but the catalog has it as a ${item.kind}`,
      });
      return;
    }
    into.add({
      sku,
      name: item.name,
      vendor: item.vendor,
      kind: item.kind,
      qty,
      amount: price.amount,
      currency: price.currency,
      from: price.from,
      example: price.example,
      leadTimeWeeks: price.leadTimeWeeks,
    });
  };
  for (const [sku, qty] of counts) addItem(sku, qty, false, base);
  for (const [sku, qty] of serviceCounts(layout)) addItem(sku, qty, true, base);
  for (const c of cablingFigures(layout, catalog)?.bomLines ?? [])
    base.add({
      ...c,
      amount: c.unitPrice,
      from: 'catalog',
      example: c.priceIsExample,
      leadTimeWeeks: (options.prices?.get(c.sku) ?? layoutPrices.get(c.sku))?.leadTimeWeeks,
    });
  for (const o of quote?.optionalLines ?? []) addItem(o.sku, o.qty, false, optional);
  base.sort();
  optional.sort();
  const { lines, unpriced } = base;

  const subtotals = new Map<string, { list: number; net: number }>();
  for (const line of lines) {
    const { list: l, net: n } = base.minor(line);
    const sub = subtotals.get(line.kind) ?? { list: 0, net: 0 };
    sub.list += l;
    sub.net += n;
    subtotals.set(line.kind, sub);
  }
  const { list: listMinor, net: netLinesMinor } = base.totals();
  const totalMinor = applyPct(netLinesMinor, discounts.overallPct);

  const { pod } = report;
  const heat = pod.liquidHeatKw + pod.airHeatKw;
  const codes = [
    ...new Set(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)),
  ].sort();
  return {
    schemaVersion: BOM_SCHEMA_VERSION,
    generator: GENERATOR,
    layoutName: layout.name,
    currency,
    pricesAreExamples: lines.some((l) => l.priceIsExample),
    quote: quote
      ? {
          customer: quote.customer,
          quoteNumber: quote.quoteNumber,
          date: quote.date,
          validUntil: quote.validUntil,
          currency: quote.currency,
          locale: quote.locale,
          preparedBy: quote.preparedBy,
          notes: quote.notes,
          discounts: {
            overallPct: discounts.overallPct,
            byKind: discounts.byKind.map((d) => ({ kind: d.kind, pct: d.pct })),
            bySku: discounts.bySku.map((d) => ({ sku: d.sku, pct: d.pct })),
          },
        }
      : null,
    lines,
    subtotals: [...subtotals].map(([kind, m]) => ({
      kind,
      extendedPrice: fromMinor(m.list, currency),
      netExtendedPrice: fromMinor(m.net, currency),
    })),
    listTotal: fromMinor(listMinor, currency),
    lineDiscountTotal: fromMinor(listMinor - netLinesMinor, currency),
    overallDiscountPct: discounts.overallPct,
    overallDiscount: fromMinor(netLinesMinor - totalMinor, currency),
    total: fromMinor(totalMinor, currency),
    unpriced,
    summary: {
      racks: pod.racks,
      devices: pod.devices,
      gpus: pod.gpus,
      itKwTypical: round(pod.itKwTypical, 3),
      itKwMax: round(pod.itKwMax, 3),
      coolingKw: round(pod.coolingKw, 3),
      heatBtuPerHour: Math.round(pod.heatBtuPerHour),
      liquidHeatKw: round(pod.liquidHeatKw, 3),
      airHeatKw: round(pod.airHeatKw, 3),
      liquidFraction: heat > 0 ? round(pod.liquidHeatKw / heat, 4) : 0,
      coolantLitresPerMinute: round(pod.coolantLitresPerMinute, 1),
      airflowCfm: Math.round(pod.airflowCfm),
      weightKg: round(pod.weightKg, 1),
      portsBySpeedGbps: { ...pod.portsBySpeedGbps },
    },
    validation: {
      status: report.errors > 0 ? 'errors' : report.warnings > 0 ? 'warnings' : 'ok',
      errors: report.errors,
      warnings: report.warnings,
      codes,
    },
    ...cablingSection(layout, catalog),
    ...proposalSection(layout, {
      currency,
      totalMinor,
      base,
      optional,
      overallPct: discounts.overallPct,
      costOf: (sku) => options.prices?.get(sku) ?? layoutPrices.get(sku),
    }),
  };
}

/**
 * The optional `cabling` section: absent without links, so link-free BOMs keep their exact bytes. Its `runs` (a row
 * per cable, 600,000 on the largest pods) are made when first read, as when the BOM is written out: the planner and
 * the quote read the lines and totals only.
 */
function cablingSection(layout: Layout, catalog: Catalog): { cabling?: Bom['cabling'] } {
  const figures = cablingFigures(layout, catalog);
  if (!figures) return {};
  const { plan } = figures;
  const { totals } = plan;
  const racks = layout.racks;
  let runs: NonNullable<Bom['cabling']>['runs'] | undefined;
  return {
    cabling: {
      cables: totals.cables,
      transceivers: totals.transceivers,
      opticsTypicalW: totals.typicalW,
      opticsMaxW: totals.maxW,
      get runs() {
        return (runs ??= [...scheduleRows(plan, racks)]);
      },
    },
  };
}

const priceMaps = new WeakMap<object, ReadonlyMap<string, PriceOverride>>();
function layoutPriceMap(layout: Layout): ReadonlyMap<string, PriceOverride> {
  if (!layout.prices) return new Map();
  let m = priceMaps.get(layout.prices);
  if (!m) {
    m = new Map(layout.prices.map((p) => [p.sku as string, p]));
    priceMaps.set(layout.prices, m);
  }
  return m;
}

function mostCommonCurrency(currencies: readonly (string | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const c of currencies) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'USD';
}

/** The BOM as the bytes every client writes: 2-space JSON with a trailing newline. */
export const bomToJson = (value: Bom): string => `${JSON.stringify(value, null, 2)}\n`;
