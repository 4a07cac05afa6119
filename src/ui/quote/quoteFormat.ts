/** Labels and money formatting for the quote surfaces (panel, print page, compare view). */
import type { Bom, PricedKind } from '../../core';
import { formatMoney } from '../../core';
import { KIND_LABELS } from '../format';

export const PRICED_KIND_LABELS: Record<PricedKind, string> = {
  ...KIND_LABELS,
  cable: 'Cables',
  transceiver: 'Transceivers',
};

export const kindLabel = (kind: string): string => PRICED_KIND_LABELS[kind as PricedKind] ?? kind;

/** Money in the BOM's currency and the quote's locale. */
export const moneyIn =
  (bom: Pick<Bom, 'currency'>, locale: string) =>
  (amount: number): string =>
    formatMoney(amount, bom.currency, locale);

/** A percentage as people write it in that locale: `12.5 %`, `12,5 %`. */
export const pctIn = (pct: number, locale: string): string =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(pct)} %`;

/** An ISO date in the locale's long form, e.g. `23 November 2026`. */
export function dateIn(iso: string, locale: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(t);
}

/** A lead time with its unit: `12 weeks`, `1 week`, `2.5 weeks`. */
export const leadTimeText = (weeks: number): string => `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
