/**
 * "Plan network": the pod's switches and links placed in one undo step (see `networkPlacement.ts`). Dispatched from
 * the Plan network dialog, whose chunk carries the planning code (`../planning.ts`).
 */
import type { NetworkRequest } from '../../core';
import { planning } from '../planning';
import { selectCatalog } from '../selectors';
import type { CommandDef } from './commandTypes';

export interface NetworkCommandArgs {
  /** Sizes the chosen networks, places their switches and creates every link: one undo step. */
  placeNetwork: NetworkRequest;
}

export const networkCommands: {
  readonly [K in keyof NetworkCommandArgs]: CommandDef<NetworkCommandArgs[K]>;
} = {
  placeNetwork: {
    label: 'Plan network',
    undoable: true,
    run: (state, request) => {
      const result = planning().placeNetwork(state.layout, selectCatalog(state), request);
      if (!result.ok)
        return {
          session: {
            status: `Network not placed: ${result.error}`,
            notice: { tone: 'error', text: `Network not placed: ${result.error}` },
          },
        };
      const { switches, layout, summary } = result.value;
      const links = Object.values(result.value.links).reduce((s, n) => s + n, 0);
      return {
        layout,
        label: `Plan network (${switches.length} switches, ${links} links)`,
        session: { selection: [], status: summary },
      };
    },
  },
};
