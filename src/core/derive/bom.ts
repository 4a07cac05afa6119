/**
 * `bom(layout, catalog)`: the bill of materials, one line per SKU, with subtotals per kind, the pod summary and the
 * validation status. Deterministic (no clock, no locale), so the CLI and the app produce identical bytes through
 * `bomToJson`.
 */
import type { Catalog, CatalogKind } from '../model/catalog';
import { CATALOG_KINDS } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { Bom, BomLine } from './bomSchema';
import { BOM_SCHEMA_VERSION } from './bomSchema';
import { validate } from './validate';

export const GENERATOR = 'podplan 0.1.0';

/** Money is summed in minor units (cents) to avoid floating-point drift. */
const toMinor = (amount: number): number => Math.round(amount * 100);
const fromMinor = (minor: number): number => minor / 100;
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

export function bom(layout: Layout, catalog: Catalog): Bom {
  const report = validate(layout, catalog);
  const counts = countSkus(layout);
  const currencies = new Map<string, number>();
  for (const sku of counts.keys()) {
    const item = catalog.items.get(sku as never);
    if (item) currencies.set(item.price.currency, (currencies.get(item.price.currency) ?? 0) + 1);
  }
  const currency = [...currencies].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'USD';

  const lines: BomLine[] = [];
  const unpriced: Bom['unpriced'][number][] = [];
  for (const [sku, qty] of counts) {
    const item = catalog.items.get(sku as never);
    if (!item) {
      unpriced.push({ sku, qty, reason: 'unknown SKU: not in the catalog' });
      continue;
    }
    if (item.price.currency !== currency) {
      unpriced.push({
        sku,
        qty,
        reason: `priced in ${item.price.currency}, not the BOM currency ${currency}`,
      });
      continue;
    }
    const unitMinor = toMinor(item.price.amount);
    lines.push({
      sku,
      name: item.name,
      vendor: item.vendor,
      kind: item.kind,
      qty,
      unitPrice: fromMinor(unitMinor),
      extendedPrice: fromMinor(unitMinor * qty),
      currency,
      priceIsExample: item.price.example,
    });
  }
  const kindOrder = (k: string) => CATALOG_KINDS.indexOf(k as CatalogKind);
  lines.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));

  const subtotalMinor = new Map<string, number>();
  let totalMinor = 0;
  for (const line of lines) {
    const m = toMinor(line.extendedPrice);
    subtotalMinor.set(line.kind, (subtotalMinor.get(line.kind) ?? 0) + m);
    totalMinor += m;
  }

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
    lines,
    subtotals: [...subtotalMinor].map(([kind, m]) => ({ kind, extendedPrice: fromMinor(m) })),
    total: fromMinor(totalMinor),
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
  };
}

/** The BOM as the bytes every client writes: 2-space JSON with a trailing newline. */
export const bomToJson = (value: Bom): string => `${JSON.stringify(value, null, 2)}\n`;
