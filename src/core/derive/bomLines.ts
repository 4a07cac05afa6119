/**
 * Pricing of BOM lines: one book of lines (the base quote, or its optional lines) priced in one currency with the
 * quote's discounts, in exact minor units. A line takes its SKU's line discount, else its kind's (never both); its
 * net is rounded once, half away from zero. Lines in another currency, or past {@link MAX_MINOR}, are unpriced with
 * the reason.
 */
import type { PricedKind, QuoteDiscounts } from '../model/quote';
import { PRICED_KINDS } from '../model/quote';
import type { Bom, BomLine } from './bomSchema';
import { MAX_MINOR, applyPct, fitsMinor, fromMinor, minorToText, tryMinor } from './money';

export interface LineInput {
  readonly sku: string;
  readonly name: string;
  readonly vendor: string;
  readonly kind: PricedKind;
  readonly qty: number;
  readonly amount: number;
  readonly currency: string;
  readonly from: BomLine['priceFrom'];
  readonly example: boolean;
  /** Lead time from order, weeks; undefined when unknown. */
  readonly leadTimeWeeks: number | undefined;
}

export type Unpriced = Bom['unpriced'][number];

/** Lines priced so far, their exact minor units and the sums. */
export interface LineBook {
  readonly lines: BomLine[];
  readonly unpriced: Unpriced[];
  add(l: LineInput): void;
  /** Sorts the lines in BOM order (kind order, then SKU). */
  sort(): void;
  /** Exact list and net minor units of a line of this book. */
  minor(line: BomLine): { readonly list: number; readonly net: number };
  /** Sums of list and net minor units (within {@link MAX_MINOR} by construction). */
  totals(): { readonly list: number; readonly net: number };
}

export function lineBook(currency: string, discounts: QuoteDiscounts, unpriced: Unpriced[] = []): LineBook {
  const lines: BomLine[] = [];
  const minorOf = new Map<BomLine, { list: number; net: number }>();
  let listSum = 0n;
  let netSum = 0n;
  const kindOrder = (k: string) => PRICED_KINDS.indexOf(k as PricedKind);
  return {
    lines,
    unpriced,
    add(l) {
      if (l.currency !== currency) {
        unpriced.push({
          sku: l.sku,
          qty: l.qty,
          reason: `priced in ${l.currency}, not the BOM currency ${currency}`,
        });
        return;
      }
      const unitMinor = tryMinor(l.amount, currency);
      const extended = unitMinor === undefined ? undefined : BigInt(unitMinor) * BigInt(l.qty);
      if (
        unitMinor === undefined ||
        extended === undefined ||
        !fitsMinor(extended) ||
        !fitsMinor(listSum + extended)
      ) {
        unpriced.push({ sku: l.sku, qty: l.qty, reason: tooLarge(l.amount, l.qty, currency) });
        return;
      }
      const lineDiscount = discounts.bySku.find((d) => d.sku === l.sku);
      const kindDiscount = discounts.byKind.find((d) => d.kind === l.kind);
      const pct = (lineDiscount ?? kindDiscount)?.pct ?? 0;
      const list = Number(extended);
      const net = applyPct(list, pct);
      listSum += extended;
      netSum += BigInt(net);
      const line: BomLine = {
        sku: l.sku,
        name: l.name,
        vendor: l.vendor,
        kind: l.kind,
        qty: l.qty,
        unitPrice: fromMinor(unitMinor, currency),
        extendedPrice: fromMinor(list, currency),
        discountPct: pct,
        discountFrom: lineDiscount ? 'line' : kindDiscount ? 'kind' : 'none',
        netExtendedPrice: fromMinor(net, currency),
        currency,
        priceFrom: l.from,
        priceIsExample: l.example,
        ...(l.leadTimeWeeks !== undefined && { leadTimeWeeks: l.leadTimeWeeks }),
      };
      minorOf.set(line, { list, net });
      lines.push(line);
    },
    sort() {
      lines.sort(
        (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0),
      );
    },
    minor: (line) => minorOf.get(line) ?? { list: 0, net: 0 },
    totals: () => ({ list: Number(listSum), net: Number(netSum) }),
  };
}

/** Why a line is left unpriced when its amounts are beyond what the money code handles exactly. */
function tooLarge(amount: number, qty: number, currency: string): string {
  const max = minorToText(MAX_MINOR, currency);
  return `${qty} × ${amount} ${currency} is beyond ${max} ${currency}, the largest amount (line or list total) podplan handles exactly`;
}
