/** Commands that edit the proposal parts of a quote and issue revisions. Each change is one undo step. */
import type { Approval, CustomerField, GuardRails, QuoteTax, SellerField, Sku } from '../../core';
import {
  addOptionalLine,
  guardRailsProblem,
  issueRevision,
  logoProblem,
  removeOptionalLine,
  setApproval,
  setCustomerField,
  setGuardRails,
  setSellerField,
  setSellerLogo,
  setTaxes,
} from '../../core';
import { selectCatalog } from '../selectors';
import type { CommandDef } from './commandTypes';

export interface ProposalCommandArgs {
  setSellerField: { readonly field: SellerField; readonly value: string };
  setCustomerField: { readonly field: CustomerField; readonly value: string };
  setSellerLogo: { readonly dataUrl: string | null };
  setTaxes: { readonly taxes: readonly QuoteTax[] };
  addOptionalLine: { readonly sku: Sku; readonly qty: number };
  removeOptionalLine: { readonly sku: Sku };
  setGuardRails: { readonly rails: GuardRails | null };
  setApproval: { readonly approval: Approval | null };
  /** `today` is ISO `YYYY-MM-DD` (the clock is the UI's). */
  issueRevision: { readonly today: string };
}

const refused = (status: string) => ({ session: { status } });

export const proposalCommands: {
  readonly [K in keyof ProposalCommandArgs]: CommandDef<ProposalCommandArgs[K]>;
} = {
  setSellerField: {
    label: 'Edit seller',
    undoable: true,
    run: (s, { field, value }) => ({
      layout: setSellerField(s.layout, field, value),
      label: `Edit seller ${field}`,
    }),
  },
  setCustomerField: {
    label: 'Edit customer',
    undoable: true,
    run: (s, { field, value }) => ({
      layout: setCustomerField(s.layout, field, value),
      label: `Edit customer ${field}`,
    }),
  },
  setSellerLogo: {
    label: 'Seller logo',
    undoable: true,
    run: (s, { dataUrl }) => {
      const problem = dataUrl === null ? null : logoProblem(dataUrl);
      return problem
        ? refused(problem)
        : {
            layout: setSellerLogo(s.layout, dataUrl),
            label: dataUrl ? 'Set seller logo' : 'Remove seller logo',
          };
    },
  },
  setTaxes: {
    label: 'Taxes',
    undoable: true,
    run: (s, { taxes }) => {
      const layout = setTaxes(s.layout, taxes);
      return layout === s.layout && JSON.stringify(s.layout.quote?.taxes ?? []) !== JSON.stringify(taxes)
        ? refused('A tax needs a name and a rate from 0 to 100 %.')
        : { layout };
    },
  },
  addOptionalLine: {
    label: 'Add optional item',
    undoable: true,
    run: (s, { sku, qty }) => {
      if (!selectCatalog(s).items.get(sku)) return refused(`${sku} is not in the catalog.`);
      const layout = addOptionalLine(s.layout, sku, qty);
      return layout === s.layout
        ? refused('Start a quote first; a quantity is a whole number from 1 to 100,000.')
        : { layout, label: `Add optional ${sku}` };
    },
  },
  removeOptionalLine: {
    label: 'Remove optional item',
    undoable: true,
    run: (s, { sku }) => ({ layout: removeOptionalLine(s.layout, sku), label: `Remove optional ${sku}` }),
  },
  setGuardRails: {
    label: 'Guard rails',
    undoable: true,
    run: (s, { rails }) => {
      const problem = rails === null ? null : guardRailsProblem(rails);
      return problem ? refused(problem) : { layout: setGuardRails(s.layout, rails) };
    },
  },
  setApproval: {
    label: 'Approval',
    undoable: true,
    run: (s, { approval }) => {
      const layout = setApproval(s.layout, approval);
      if (approval !== null && layout === s.layout && !s.layout.quote?.approval)
        return refused('An approval needs the approver’s name and a date.');
      return { layout, label: approval ? `Approved by ${approval.name}` : 'Withdraw approval' };
    },
  },
  issueRevision: {
    label: 'Issue revision',
    undoable: true,
    run: (s, { today }) => {
      if (!s.layout.quote) return refused('Start a quote before issuing a revision.');
      const layout = issueRevision(s.layout, selectCatalog(s), today);
      const rev = layout.quote?.revisions?.at(-1)?.rev ?? '';
      return { layout, label: `Issue Rev ${rev}`, session: { status: `Rev ${rev} issued and frozen.` } };
    },
  },
};
