/**
 * Schema of the proposal fields of a quote (`model/quoteDocument.ts`): every one optional, so a layout without them
 * validates as before. Spread into the layout schema's quote object; `quoteDocumentFields.ts` copies them canonically.
 */
import { z } from 'zod';
import { MAX_LOGO_CHARS } from '../model/quoteDocument';
import { PRICED_KINDS } from '../model/quote';
import type { PricedKind } from '../model/quote';

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
