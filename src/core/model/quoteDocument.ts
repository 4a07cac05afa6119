/**
 * The parts of a quote that make it a proposal a customer can sign: the seller and customer blocks, commercial
 * terms, taxes, optional lines, discount guard rails with their approval, and issued revisions. Every field is
 * optional on `QuoteDetails`; absent means the behaviour before these existed (no block printed, no tax, no limits).
 */
import type { Sku } from './ids';
import type { PricedKind } from './quote';

export interface SellerBlock {
  readonly company: string;
  /** Postal address, lines separated by `\n`. */
  readonly address: string;
  /** Contact person, e-mail, phone. */
  readonly contact: string;
  /** Logo as a `data:image/png|jpeg|webp;base64,…` URL (at most {@link MAX_LOGO_CHARS} characters). */
  readonly logo?: string;
}

/** The customer beyond its company name (`QuoteDetails.customer`). */
export interface CustomerBlock {
  readonly contact: string;
  readonly billingAddress: string;
  readonly deliveryAddress: string;
}

/** A tax on the net total of the base lines, e.g. `{ label: 'VAT', ratePct: 20 }`. */
export interface QuoteTax {
  readonly label: string;
  /** Percent of the net total, 0..100. */
  readonly ratePct: number;
}

/** A line the customer may add (spares, extended support): priced and totalled apart from the base. */
export interface OptionalLine {
  readonly sku: Sku;
  /** Whole number ≥ 1. */
  readonly qty: number;
}

/** Discount limits; beyond them the quote needs an approver's name and date before it is sent. */
export interface GuardRails {
  /** Largest overall discount, percent. */
  readonly maxOverallPct?: number;
  /** Largest discount a line of this kind may get (its own or its kind's), percent. */
  readonly maxKindPct?: readonly { readonly kind: PricedKind; readonly pct: number }[];
  /** Smallest margin over cost, percent of net, where every priced line has a cost. */
  readonly minMarginPct?: number;
}

export interface Approval {
  readonly name: string;
  /** ISO 8601 `YYYY-MM-DD`. */
  readonly date: string;
}

/** An issued, frozen revision of the quote. */
export interface QuoteRevision {
  /** `A`, `B`, … `Z`, `AA`, … */
  readonly rev: string;
  /** Issue date, ISO 8601 `YYYY-MM-DD`. */
  readonly issuedOn: string;
  /** The layout as it was (canonical JSON, without its revisions): pod, prices, discounts and the proposal settings. */
  readonly layout: string;
  /** The BOM JSON as it was, so reopening shows the prices of the day whatever the catalog says now. */
  readonly bom: string;
}

export const MAX_LOGO_CHARS = 400_000;
