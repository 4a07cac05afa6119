/**
 * Quote details a sales engineer attaches to a layout: who it is for, its number and dates, its currency, and the
 * discounts. Saved with the layout; the BOM carries them with the net prices.
 */
import type { CatalogKind } from './catalog';
import { CATALOG_KINDS } from './catalog';
import type { Sku } from './ids';
import type {
  Approval,
  CustomerBlock,
  GuardRails,
  OptionalLine,
  QuoteRevision,
  QuoteTax,
  SellerBlock,
} from './quoteDocument';

/** Everything a BOM line can be: a catalog kind, or the cables and transceivers the cabling planner adds. */
export type PricedKind = CatalogKind | 'cable' | 'transceiver';
/** In BOM order: equipment, then cabling, then services last. */
export const PRICED_KINDS: readonly PricedKind[] = [
  ...CATALOG_KINDS.filter((k) => k !== 'service'),
  'cable',
  'transceiver',
  'service',
];

export interface KindDiscount {
  readonly kind: PricedKind;
  /** Percent off list, 0..100. */
  readonly pct: number;
}

export interface LineDiscount {
  readonly sku: Sku;
  /** Percent off list, 0..100. */
  readonly pct: number;
}

export interface QuoteDiscounts {
  /**
   * Applied in this order (documented in README "Quotes"): a line takes its SKU's line discount when it has one,
   * otherwise its kind's discount (line overrides kind; they do not compound); each line's net is rounded to the
   * currency's minor unit; then the overall discount is taken off the sum of the net lines, rounded once.
   */
  readonly overallPct: number;
  readonly byKind: readonly KindDiscount[];
  readonly bySku: readonly LineDiscount[];
}

/** A service line on the quote (installation, support years): a catalog item of kind `service` and how many. */
export interface QuoteService {
  readonly sku: Sku;
  /** Units of the service's `unit`: jobs (`each`) or years of cover (`year`); a whole number ≥ 1. */
  readonly qty: number;
}

export interface QuoteDetails {
  readonly customer: string;
  readonly quoteNumber: string;
  /** Issue date, ISO 8601 `YYYY-MM-DD`. */
  readonly date: string;
  /** Last day the quote is valid, ISO 8601 `YYYY-MM-DD`. */
  readonly validUntil: string;
  /** ISO 4217 code; items priced in another currency are listed as unpriced, never converted silently. */
  readonly currency: string;
  /** BCP 47 locale for formatting money and dates, e.g. `en-US`, `de-DE`. */
  readonly locale: string;
  readonly preparedBy: string;
  readonly notes: string;
  readonly discounts: QuoteDiscounts;
  /** Services quoted with the pod, each a BOM line of kind `service`. Absent means none. */
  readonly services?: readonly QuoteService[];
  /** Who sells: printed at the head of the proposal. */
  readonly seller?: SellerBlock;
  /** The customer's contact and addresses (its company name is `customer`). */
  readonly customerBlock?: CustomerBlock;
  /** E.g. "30 days net from invoice". */
  readonly paymentTerms?: string;
  /** Incoterms 2020 rule and place, or shipping terms, e.g. "DAP Frankfurt". */
  readonly incoterms?: string;
  /** Taxes on the net total of the base lines. Absent: prices are quoted without tax. */
  readonly taxes?: readonly QuoteTax[];
  /** Terms and conditions printed before the signature block. */
  readonly terms?: string;
  /** Lines the customer may add, totalled apart from the base. */
  readonly optionalLines?: readonly OptionalLine[];
  /** Discount and margin limits; beyond them the quote needs approval. */
  readonly guardRails?: GuardRails;
  /** Who approved the discounts beyond the guard rails, and when. */
  readonly approval?: Approval;
  /** Issued revisions, oldest first. */
  readonly revisions?: readonly QuoteRevision[];
}

export const NO_DISCOUNTS: QuoteDiscounts = { overallPct: 0, byKind: [], bySku: [] };
