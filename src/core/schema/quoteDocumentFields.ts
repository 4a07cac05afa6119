/**
 * The canonical copy of a quote's proposal fields (schema in `quoteDocumentSchema.ts`), apart from the schema so the
 * serializer does not load zod.
 */
import type { WithPlainIds as Plain } from './layoutSchema';
import type { QuoteDetails } from '../model/quote';
import { sku } from '../model/ids';

type DocumentFields = Pick<
  QuoteDetails,
  | 'seller'
  | 'customerBlock'
  | 'paymentTerms'
  | 'incoterms'
  | 'taxes'
  | 'terms'
  | 'optionalLines'
  | 'guardRails'
  | 'approval'
  | 'revisions'
>;

/** The proposal fields of a valid quote, fresh and in schema order, absent ones left out. */
export function quoteDocumentFields(q: Plain<DocumentFields>): DocumentFields {
  const g = q.guardRails;
  return {
    ...(q.seller !== undefined && {
      seller: {
        company: q.seller.company,
        address: q.seller.address,
        contact: q.seller.contact,
        ...(q.seller.logo !== undefined && { logo: q.seller.logo }),
      },
    }),
    ...(q.customerBlock !== undefined && {
      customerBlock: {
        contact: q.customerBlock.contact,
        billingAddress: q.customerBlock.billingAddress,
        deliveryAddress: q.customerBlock.deliveryAddress,
      },
    }),
    ...(q.paymentTerms !== undefined && { paymentTerms: q.paymentTerms }),
    ...(q.incoterms !== undefined && { incoterms: q.incoterms }),
    ...(q.taxes !== undefined && { taxes: q.taxes.map((t) => ({ label: t.label, ratePct: t.ratePct })) }),
    ...(q.terms !== undefined && { terms: q.terms }),
    ...(q.optionalLines !== undefined && {
      optionalLines: q.optionalLines.map((o) => ({ sku: sku(o.sku), qty: o.qty })),
    }),
    ...(g !== undefined && {
      guardRails: {
        ...(g.maxOverallPct !== undefined && { maxOverallPct: g.maxOverallPct }),
        ...(g.maxKindPct !== undefined && {
          maxKindPct: g.maxKindPct.map((k) => ({ kind: k.kind, pct: k.pct })),
        }),
        ...(g.minMarginPct !== undefined && { minMarginPct: g.minMarginPct }),
      },
    }),
    ...(q.approval !== undefined && { approval: { name: q.approval.name, date: q.approval.date } }),
    ...(q.revisions !== undefined && {
      revisions: q.revisions.map((r) => ({ rev: r.rev, issuedOn: r.issuedOn, layout: r.layout, bom: r.bom })),
    }),
  };
}
