/**
 * The planning code (network placement, one-click fixes, headroom) for a component: fetched on first use
 * (`state/planning.ts`); until it arrives the component shows that it is loading, and a failed fetch says so.
 */
import { useEffect, useState } from 'react';
import type { Planning } from '../../state/planning';
import { loadPlanning, planningLoaded } from '../../state/planning';

export type PlanningState =
  | { readonly status: 'ready'; readonly planning: Planning }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string };

/** `wanted`: fetch only once the component needs it (a card that shows nothing yet does not fetch). */
export function usePlanning(wanted = true): PlanningState {
  const [state, setState] = useState<PlanningState>(() => {
    const code = planningLoaded();
    return code ? { status: 'ready', planning: code } : { status: 'loading' };
  });
  useEffect(() => {
    if (!wanted || state.status !== 'loading') return;
    let live = true;
    loadPlanning().then(
      (planning) => live && setState({ status: 'ready', planning }),
      (e: unknown) =>
        live &&
        setState({
          status: 'failed',
          message: `The planning code did not load (${String(e)}). Reload the page.`,
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.status]);
  return state;
}
