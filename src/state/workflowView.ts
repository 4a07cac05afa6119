/**
 * Which quote-workflow surface is open (the quote or scenarios drawer, the share dialog). View state only: never
 * saved, never undone, never fed to the rules; kept apart from the editor's session so the workflow adds no fields
 * to shared types.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type WorkflowPanel = 'quote' | 'scenarios';

/** What a link would hold: whether the pod has scenarios, and whether the user left them out. */
interface ShareScope {
  readonly hasScenarios: boolean;
  readonly scenariosLeftOut: boolean;
}

export type ShareDialog =
  | ({ readonly kind: 'copied'; readonly url: string; readonly copied: boolean } & ShareScope)
  | ({
      readonly kind: 'tooLong';
      readonly chars: number;
      readonly limit: number;
      /** What makes the link big, largest first, in link characters. */
      readonly parts: readonly { readonly part: string; readonly chars: number }[];
    } & ShareScope);

export interface WorkflowView {
  readonly panel: WorkflowPanel | null;
  readonly share: ShareDialog | null;
}

export const workflowView = createStore<WorkflowView>(() => ({ panel: null, share: null }));

export const openPanel = (panel: WorkflowPanel | null): void => workflowView.setState({ panel });
export const togglePanel = (panel: WorkflowPanel): void =>
  workflowView.setState((s) => ({ panel: s.panel === panel ? null : panel }));
export const showShare = (share: ShareDialog | null): void => workflowView.setState({ share });

export function useWorkflowView<T>(select: (s: WorkflowView) => T): T {
  return useStore(workflowView, select);
}
