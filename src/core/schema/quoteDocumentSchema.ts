/**
 * Schema of the proposal fields of a quote (`model/quoteDocument.ts`): every one optional, so a layout without them
 * validates as before. Spread into the layout schema's quote object; `quoteDocumentFields` copies them canonically.
 */
import { z } from 'zod';
import type { WithPlainIds as Plain } from './layoutSchema';
import type { QuoteDetails } from '../model/quote';
import { MAX_LOGO_CHARS } from '../model/quoteDocument';
import { PRICED_KINDS } from '../model/quote';
import type { PricedKind } from '../model/quote';
import { sku } from '../model/ids';

const line = z.string().max(300);
const block = z.string().max(2000);
const pct = z.number().min(0).max(100);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const idText = z.string().min(1).max(200);

export const quoteDocumentShape = {
  seller: z
    .strictObject({
      company: line,
      address: block,
      contact: block,
      logo: z
        .string()
        .max(MAX_LOGO_CHARS)
        .regex(
          /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/,
          'expected a PNG, JPEG or WebP data URL',
        )
        .exactOptional(),
    })
    .describe('Seller block of the proposal.')
    .exactOptional(),
  customerBlock: z
    .strictObject({ contact: block, billingAddress: block, deliveryAddress: block })
    .describe("Customer contact and addresses (the company is 'customer').")
    .exactOptional(),
  paymentTerms: line.exactOptional(),
  incoterms: line.describe('Incoterms rule and place, or shipping terms.').exactOptional(),
  taxes: z
    .array(z.strictObject({ label: z.string().min(1).max(60), ratePct: pct }))
    .max(10)
    .describe('Taxes on the net total of the base lines, percent.')
    .exactOptional(),
  terms: z.string().max(20_000).describe('Terms and conditions text.').exactOptional(),
  optionalLines: z
    .array(z.strictObject({ sku: idText, qty: z.number().int().positive().max(100_000) }))
    .describe('Lines the customer may add, totalled apart from the base.')
    .exactOptional(),
  guardRails: z
    .strictObject({
      maxOverallPct: pct.exactOptional(),
      maxKindPct: z
        .array(z.strictObject({ kind: z.enum(PRICED_KINDS as [PricedKind, ...PricedKind[]]), pct }))
        .exactOptional(),
      minMarginPct: z.number().min(-100).max(100).exactOptional(),
    })
    .describe('Discount and margin limits; beyond them the quote needs approval.')
    .exactOptional(),
  approval: z
    .strictObject({ name: z.string().min(1).max(200), date: isoDay })
    .describe('Approver of discounts beyond the guard rails.')
    .exactOptional(),
  revisions: z
    .array(
      z.strictObject({
        rev: z.string().regex(/^[A-Z]{1,3}$/),
        issuedOn: isoDay,
        layout: z.string().max(50_000_000).describe('Canonical layout JSON of the revision.'),
        bom: z.string().max(50_000_000).describe('BOM JSON of the revision.'),
      }),
    )
    .describe('Issued revisions, oldest first (frozen copies).')
    .exactOptional(),
};

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
