/**
 * Pure edits of a quote's proposal fields (seller and customer blocks, logo, taxes, optional lines, guard rails,
 * approval) and issuing revisions. Each returns the same layout when nothing changed or the value is refused.
 */
import type { Catalog } from '../model/catalog';
import type { Sku } from '../model/ids';
import type { Layout } from '../model/layout';
import type { QuoteDetails } from '../model/quote';
import type {
  Approval,
  CustomerBlock,
  GuardRails,
  QuoteRevision,
  QuoteTax,
  SellerBlock,
} from '../model/quoteDocument';
import { MAX_LOGO_CHARS } from '../model/quoteDocument';
import { bom, bomToJson } from '../derive/bom';
import { serializeLayout } from '../schema/serializeLayout';

export type SellerField = Exclude<keyof SellerBlock, 'logo'>;
export type CustomerField = keyof CustomerBlock;

const EMPTY_SELLER: SellerBlock = { company: '', address: '', contact: '' };
const EMPTY_CUSTOMER: CustomerBlock = { contact: '', billingAddress: '', deliveryAddress: '' };

const withQuote = (layout: Layout, patch: Partial<QuoteDetails>): Layout =>
  layout.quote ? { ...layout, quote: { ...layout.quote, ...patch } } : layout;

export function setSellerField(layout: Layout, field: SellerField, value: string): Layout {
  const seller = layout.quote?.seller ?? EMPTY_SELLER;
  if (!layout.quote || seller[field] === value || value.length > 2000) return layout;
  return withQuote(layout, { seller: { ...seller, [field]: value } });
}

export function setCustomerField(layout: Layout, field: CustomerField, value: string): Layout {
  const block = layout.quote?.customerBlock ?? EMPTY_CUSTOMER;
  if (!layout.quote || block[field] === value || value.length > 2000) return layout;
  return withQuote(layout, { customerBlock: { ...block, [field]: value } });
}

/** Why a logo data URL is refused, or null. */
export function logoProblem(dataUrl: string): string | null {
  if (!/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(dataUrl))
    return 'The logo must be a PNG, JPEG or WebP image.';
  if (dataUrl.length > MAX_LOGO_CHARS)
    return `The logo is ${Math.round(dataUrl.length / 1024)} KiB encoded; at most ${MAX_LOGO_CHARS / 1000} kB fit in the quote.`;
  return null;
}

/** Sets the seller's logo (a data URL), or removes it with `null`. */
export function setSellerLogo(layout: Layout, dataUrl: string | null): Layout {
  const q = layout.quote;
  if (!q || (dataUrl !== null && logoProblem(dataUrl) !== null)) return layout;
  const seller = q.seller ?? EMPTY_SELLER;
  if ((seller.logo ?? null) === dataUrl) return layout;
  const { logo: _old, ...rest } = seller;
  return withQuote(layout, { seller: dataUrl === null ? rest : { ...rest, logo: dataUrl } });
}

const validPct = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100;

export function setTaxes(layout: Layout, taxes: readonly QuoteTax[]): Layout {
  const q = layout.quote;
  if (!q || taxes.some((t) => !validPct(t.ratePct) || t.label.trim() === '' || t.label.length > 60))
    return layout;
  if (JSON.stringify(q.taxes ?? []) === JSON.stringify(taxes)) return layout;
  if (taxes.length === 0) {
    const { taxes: _old, ...rest } = q;
    return { ...layout, quote: rest };
  }
  return withQuote(layout, { taxes });
}

export function addOptionalLine(layout: Layout, sku: Sku, qty: number): Layout {
  const q = layout.quote;
  if (!q || !Number.isInteger(qty) || qty < 1 || qty > 100_000) return layout;
  const lines = q.optionalLines ?? [];
  const existing = lines.find((o) => o.sku === sku);
  const next = existing
    ? lines.map((o) => (o.sku === sku ? { sku, qty: Math.min(100_000, o.qty + qty) } : o))
    : [...lines, { sku, qty }];
  return withQuote(layout, { optionalLines: next });
}

export function removeOptionalLine(layout: Layout, sku: Sku): Layout {
  const q = layout.quote;
  if (!q?.optionalLines?.some((o) => o.sku === sku)) return layout;
  return withQuote(layout, { optionalLines: q.optionalLines.filter((o) => o.sku !== sku) });
}

/** Why guard rails are refused, or null. */
export function guardRailsProblem(g: GuardRails): string | null {
  if (g.maxOverallPct !== undefined && !validPct(g.maxOverallPct))
    return 'The overall limit is a percentage from 0 to 100.';
  if (g.maxKindPct?.some((k) => !validPct(k.pct))) return 'A kind limit is a percentage from 0 to 100.';
  if (g.minMarginPct !== undefined && !(g.minMarginPct >= -100 && g.minMarginPct <= 100))
    return 'The margin floor is a percentage from −100 to 100.';
  return null;
}

/** Sets the guard rails (`null` removes them). Changing them clears an earlier approval. */
export function setGuardRails(layout: Layout, rails: GuardRails | null): Layout {
  const q = layout.quote;
  if (!q || (rails !== null && guardRailsProblem(rails) !== null)) return layout;
  if (JSON.stringify(q.guardRails ?? null) === JSON.stringify(rails)) return layout;
  const { guardRails: _g, approval: _a, ...rest } = q;
  return { ...layout, quote: rails === null ? rest : { ...rest, guardRails: rails } };
}

/** Records (or with `null` withdraws) the approval of discounts beyond the guard rails. */
export function setApproval(layout: Layout, approval: Approval | null): Layout {
  const q = layout.quote;
  if (!q) return layout;
  if (approval !== null && (approval.name.trim() === '' || !/^\d{4}-\d{2}-\d{2}$/.test(approval.date)))
    return layout;
  if (JSON.stringify(q.approval ?? null) === JSON.stringify(approval)) return layout;
  const { approval: _a, ...rest } = q;
  return { ...layout, quote: approval === null ? rest : { ...rest, approval } };
}

/** `A`, `B`, … `Z`, `AA`, `AB`, … for the n-th revision (0-based). */
export function revisionLabel(n: number): string {
  let label = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    label = String.fromCharCode(65 + ((i - 1) % 26)) + label;
  return label;
}

/** The layout without its revisions: what a revision freezes. */
export function withoutRevisions(layout: Layout): Layout {
  if (!layout.quote?.revisions) return layout;
  const { revisions: _r, ...quote } = layout.quote;
  return { ...layout, quote };
}

/**
 * Issues the next revision: freezes the layout (without earlier revisions) and its BOM as they are now, dated
 * `today` (ISO; the clock is the caller's).
 */
export function issueRevision(layout: Layout, catalog: Catalog, today: string): Layout {
  const q = layout.quote;
  if (!q) return layout;
  const revisions = q.revisions ?? [];
  const frozen = withoutRevisions(layout);
  const revision: QuoteRevision = {
    rev: revisionLabel(revisions.length),
    issuedOn: today,
    layout: serializeLayout(frozen),
    bom: bomToJson(bom(frozen, catalog)),
  };
  return { ...layout, quote: { ...q, revisions: [...revisions, revision] } };
}
