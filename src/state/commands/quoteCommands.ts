/** Commands that edit the quote: details, discounts and services. Each change is one undo step. */
import type { PricedKind, QuoteDetails, QuoteTextField, Sku } from '../../core';
import {
  addService,
  isDiscountPct,
  removeQuote,
  removeService,
  setKindDiscount,
  setLineDiscount,
  setOverallDiscount,
  setServiceQty,
  startQuote,
  updateQuote,
} from '../../core';
import type { CommandDef } from './commandTypes';

export interface QuoteCommandArgs {
  startQuote: { readonly quote: QuoteDetails };
  removeQuote: void;
  updateQuote: { readonly patch: Partial<Pick<QuoteDetails, QuoteTextField>> };
  setOverallDiscount: { readonly pct: number };
  setKindDiscount: { readonly kind: PricedKind; readonly pct: number };
  /** `pct: null` removes the line's own discount (the line falls back to its kind's). */
  setLineDiscount: { readonly sku: Sku; readonly pct: number | null };
  addService: { readonly sku: Sku; readonly qty: number };
  setServiceQty: { readonly sku: Sku; readonly qty: number };
  removeService: { readonly sku: Sku };
}

const FIELD_LABELS: Record<QuoteTextField, string> = {
  customer: 'customer',
  quoteNumber: 'quote number',
  date: 'quote date',
  validUntil: 'validity',
  currency: 'currency',
  locale: 'locale',
  preparedBy: 'prepared by',
  notes: 'notes',
  paymentTerms: 'payment terms',
  incoterms: 'incoterms',
  terms: 'terms and conditions',
};

const refused = (status: string) => ({ session: { status } });
const pctText = (pct: number) => `${pct} %`;

export const quoteCommands: {
  readonly [K in keyof QuoteCommandArgs]: CommandDef<QuoteCommandArgs[K]>;
} = {
  startQuote: {
    label: 'Start quote',
    undoable: true,
    run: (state, { quote }) => ({
      layout: startQuote(state.layout, quote),
      session: { status: 'Quote started.' },
    }),
  },
  removeQuote: {
    label: 'Remove quote',
    undoable: true,
    run: (state) => ({
      layout: removeQuote(state.layout),
      session: { status: 'Quote details, discounts and services removed (Undo brings them back).' },
    }),
  },
  updateQuote: {
    label: 'Edit quote',
    undoable: true,
    run: (state, { patch }) => {
      const keys = Object.keys(patch) as QuoteTextField[];
      const label = keys.length === 1 && keys[0] ? `Edit quote ${FIELD_LABELS[keys[0]]}` : 'Edit quote';
      return { layout: updateQuote(state.layout, patch), label };
    },
  },
  setOverallDiscount: {
    label: 'Overall discount',
    undoable: true,
    run: (state, { pct }) =>
      isDiscountPct(pct)
        ? { layout: setOverallDiscount(state.layout, pct), label: `Overall discount ${pctText(pct)}` }
        : refused('A discount is a percentage from 0 to 100.'),
  },
  setKindDiscount: {
    label: 'Kind discount',
    undoable: true,
    run: (state, { kind, pct }) =>
      isDiscountPct(pct)
        ? { layout: setKindDiscount(state.layout, kind, pct), label: `Discount on ${kind} ${pctText(pct)}` }
        : refused('A discount is a percentage from 0 to 100.'),
  },
  setLineDiscount: {
    label: 'Line discount',
    undoable: true,
    run: (state, { sku, pct }) =>
      pct === null || isDiscountPct(pct)
        ? {
            layout: setLineDiscount(state.layout, sku, pct),
            label: pct === null ? `Clear discount on ${sku}` : `Discount on ${sku} ${pctText(pct)}`,
          }
        : refused('A discount is a percentage from 0 to 100.'),
  },
  addService: {
    label: 'Add service',
    undoable: true,
    run: (state, { sku, qty }) => {
      const item = state.catalog.items.get(sku);
      if (item?.kind !== 'service') return refused(`${sku} is not a service in the catalog.`);
      if (!state.layout.quote) return refused('Start a quote before adding services.');
      const layout = addService(state.layout, sku, qty);
      if (layout === state.layout) return refused('A service quantity is a whole number from 1 to 100,000.');
      return { layout, label: `Add ${item.name}`, session: { status: `Added ${qty} × ${item.name}.` } };
    },
  },
  setServiceQty: {
    label: 'Service quantity',
    undoable: true,
    run: (state, { sku, qty }) => ({
      layout: setServiceQty(state.layout, sku, qty),
      label: `${sku} × ${qty}`,
    }),
  },
  removeService: {
    label: 'Remove service',
    undoable: true,
    run: (state, { sku }) => ({ layout: removeService(state.layout, sku), label: `Remove ${sku}` }),
  },
};
