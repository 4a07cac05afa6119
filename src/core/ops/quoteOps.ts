/**
 * Pure edits of a layout's quote: start one, change its details, discounts and services. Each returns the same
 * layout object when nothing changed (so a no-op makes no undo step) and refuses values the schema would refuse.
 */
import type { Sku } from '../model/ids';
import type { Layout } from '../model/layout';
import type { PricedKind, QuoteDetails, QuoteService } from '../model/quote';
import { NO_DISCOUNTS } from '../model/quote';

/** The quote fields edited as text. */
export type QuoteTextField =
  | 'customer'
  | 'quoteNumber'
  | 'date'
  | 'validUntil'
  | 'currency'
  | 'locale'
  | 'preparedBy'
  | 'notes'
  | 'paymentTerms'
  | 'incoterms'
  | 'terms';

/** Adds `days` to an ISO date (`YYYY-MM-DD`), in UTC. */
export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** A new quote dated `today` (ISO), valid 30 days, in `currency`. The clock is the caller's: the core has none. */
export function newQuote(today: string, currency: string, locale = 'en-US'): QuoteDetails {
  return {
    customer: '',
    quoteNumber: '',
    date: today,
    validUntil: addDays(today, 30),
    currency,
    locale,
    preparedBy: '',
    notes: '',
    discounts: NO_DISCOUNTS,
  };
}

export function startQuote(layout: Layout, quote: QuoteDetails): Layout {
  return layout.quote ? layout : { ...layout, quote };
}

export function removeQuote(layout: Layout): Layout {
  if (!layout.quote) return layout;
  const { quote: _removed, ...rest } = layout;
  return rest;
}

export function updateQuote(layout: Layout, patch: Partial<Pick<QuoteDetails, QuoteTextField>>): Layout {
  const q = layout.quote;
  if (!q) return layout;
  const changed = (Object.keys(patch) as QuoteTextField[]).some((k) => patch[k] !== q[k]);
  return changed ? { ...layout, quote: { ...q, ...patch } } : layout;
}

/** Whether `pct` is a valid discount: a finite number from 0 to 100. */
export const isDiscountPct = (pct: number): boolean => Number.isFinite(pct) && pct >= 0 && pct <= 100;

export function setOverallDiscount(layout: Layout, pct: number): Layout {
  const q = layout.quote;
  if (!q || !isDiscountPct(pct) || q.discounts.overallPct === pct) return layout;
  return { ...layout, quote: { ...q, discounts: { ...q.discounts, overallPct: pct } } };
}

/** Sets a kind's discount; 0 removes it (so the file lists only real discounts). */
export function setKindDiscount(layout: Layout, kind: PricedKind, pct: number): Layout {
  const q = layout.quote;
  if (!q || !isDiscountPct(pct)) return layout;
  const current = q.discounts.byKind.find((d) => d.kind === kind)?.pct ?? 0;
  if (current === pct) return layout;
  const rest = q.discounts.byKind.filter((d) => d.kind !== kind);
  const byKind = pct === 0 ? rest : [...rest, { kind, pct }];
  return { ...layout, quote: { ...q, discounts: { ...q.discounts, byKind } } };
}

/**
 * Sets a line's (SKU's) discount; `null` removes it so the line falls back to its kind's discount. A line discount
 * of 0 is kept: it means "no discount on this line, whatever its kind has".
 */
export function setLineDiscount(layout: Layout, sku: Sku, pct: number | null): Layout {
  const q = layout.quote;
  if (!q || (pct !== null && !isDiscountPct(pct))) return layout;
  const current = q.discounts.bySku.find((d) => d.sku === sku);
  if ((current?.pct ?? null) === pct) return layout;
  const i = q.discounts.bySku.findIndex((d) => d.sku === sku);
  let bySku = q.discounts.bySku.slice();
  if (pct === null) bySku = bySku.filter((d) => d.sku !== sku);
  else if (i >= 0) bySku[i] = { sku, pct };
  else bySku = [...bySku, { sku, pct }];
  return { ...layout, quote: { ...q, discounts: { ...q.discounts, bySku } } };
}

const isQty = (qty: number) => Number.isInteger(qty) && qty >= 1 && qty <= 100_000;

/** Adds `qty` of a service (to its existing line when it is already on the quote). */
export function addService(layout: Layout, sku: Sku, qty: number): Layout {
  const q = layout.quote;
  if (!q || !isQty(qty)) return layout;
  const services = q.services ?? [];
  const existing = services.find((s) => s.sku === sku);
  if (existing && !isQty(existing.qty + qty)) return layout;
  const next: QuoteService[] = existing
    ? services.map((s) => (s.sku === sku ? { sku, qty: s.qty + qty } : s))
    : [...services, { sku, qty }];
  return { ...layout, quote: { ...q, services: next } };
}

export function setServiceQty(layout: Layout, sku: Sku, qty: number): Layout {
  const q = layout.quote;
  const services = q?.services ?? [];
  if (!q || !isQty(qty) || !services.some((s) => s.sku === sku && s.qty !== qty)) return layout;
  return { ...layout, quote: { ...q, services: services.map((s) => (s.sku === sku ? { sku, qty } : s)) } };
}

export function removeService(layout: Layout, sku: Sku): Layout {
  const q = layout.quote;
  const services = q?.services ?? [];
  if (!q || !services.some((s) => s.sku === sku)) return layout;
  return { ...layout, quote: { ...q, services: services.filter((s) => s.sku !== sku) } };
}
