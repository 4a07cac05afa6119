/**
 * Which quote-workflow surface is open (the quote or scenarios drawer, the share dialog). View state only: never
 * saved, never undone, never fed to the rules; kept apart from the editor's session so the workflow adds no fields
 * to shared types.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type WorkflowPanel = 'quote' | 'scenarios';

export type ShareDialog =
  | { readonly kind: 'copied'; readonly url: string; readonly copied: boolean }
  | { readonly kind: 'tooLong'; readonly chars: number; readonly limit: number };

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
