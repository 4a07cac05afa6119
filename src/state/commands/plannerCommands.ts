/**
 * The pod planner's edits while the user works: "Fill rack" and "Fill pod" place as many of a catalog item as fit
 * (the core's headroom walk), one undo step each; nothing changes when none fit. Dispatched from the surfaces that
 * load the planning code first (`../planning.ts`): the headroom card and the Fix button.
 */
import type { Diagnostic, Sku } from '../../core';
import { selectCatalog, selectReport } from '../selectors';
import { planning } from '../planning';
import type { CommandDef } from './commandTypes';

export interface PlannerCommandArgs {
  fillRack: { readonly rack: string; readonly sku: Sku };
  fillPod: { readonly sku: Sku };
  /** The diagnostic as listed (code, message and targets identify it in the current report). */
  applyFix: { readonly diagnostic: Diagnostic };
}

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a.code === b.code &&
  a.message === b.message &&
  a.targets.length === b.targets.length &&
  a.targets.every((t, i) => t.kind === b.targets[i]?.kind && t.id === b.targets[i]?.id);

const nameOf = (state: Parameters<CommandDef<unknown>['run']>[0], s: Sku) =>
  selectCatalog(state).items.get(s)?.name ?? s;

const pdusText = (n: number) => (n === 0 ? '' : ` and ${n} PDU${n === 1 ? '' : 's'}`);

export const plannerCommands: {
  readonly [K in keyof PlannerCommandArgs]: CommandDef<PlannerCommandArgs[K]>;
} = {
  fillRack: {
    label: 'Fill rack',
    undoable: true,
    run: (state, { rack, sku }) => {
      const h = planning().headroomInRack(state.layout, selectCatalog(state), rack, sku, { addPdus: true });
      if (h.count === 0) return null;
      return {
        layout: h.layout,
        label: `Fill rack with ${h.count} × ${nameOf(state, sku)}${pdusText(h.pdusAdded)}`,
      };
    },
  },
  fillPod: {
    label: 'Fill pod',
    undoable: true,
    run: (state, { sku }) => {
      const h = planning().headroomInPod(state.layout, selectCatalog(state), sku, { addPdus: true });
      if (h.count === 0) return null;
      return {
        layout: h.layout,
        label: `Fill pod with ${h.count} × ${nameOf(state, sku)}${pdusText(h.pdusAdded)}`,
      };
    },
  },
  applyFix: {
    label: 'Fix',
    undoable: true,
    run: (state, { diagnostic }) => {
      const d = selectReport(state).diagnostics.find((x) => sameDiagnostic(x, diagnostic));
      const fix = d ? planning().fixFor(state.layout, selectCatalog(state), d) : null;
      return fix ? { layout: fix.layout, label: `${fix.label}: ${fix.change}` } : null;
    },
  },
};
