/**
 * `window.__podplan`: a small read-mostly hook for end-to-end tests and the benchmark (state, report, draw calls).
 * It goes through the same command registry as the UI.
 */
import type { RootState } from '@react-three/fiber';
import type { Report } from '../core';
import type { CommandArgs, CommandId } from '../state/commands/registry';
import { dispatch } from '../state/commands/registry';
import type { EditorState, EditorStore } from '../state/editorStore';
import { bomJsonOf, selectReport } from '../state/selectors';
import { getViewport } from '../scene/viewportHandle';
import { loadZodChecks } from '../state/checks';
import { getPersistence } from '../state/persist/persistence';
import type { ViewportHandle } from '../scene/viewportHandle';

export interface PodplanTestHook {
  readonly getState: () => EditorState;
  readonly getReport: () => Report;
  readonly getBomJson: () => string;
  readonly dispatch: <K extends CommandId>(id: K, args?: CommandArgs[K]) => boolean;
  readonly r3f: () => RootState | null;
  readonly viewport: () => ViewportHandle | null;
  /** The autosaved pod as one layout text (its snapshot with the journal's edits applied), or null if none. */
  readonly storedText: () => Promise<string | null>;
}

declare global {
  interface Window {
    __podplan?: PodplanTestHook;
  }
}

export function installTestHook(store: EditorStore): void {
  window.__podplan = {
    getState: () => store.getState(),
    getReport: () => selectReport(store.getState()),
    getBomJson: () => bomJsonOf(store.getState().layout, store.getState().catalog),
    dispatch: (id, args) =>
      (dispatch as (s: EditorStore, id: CommandId, a?: unknown) => boolean)(store, id, args),
    r3f: () => getViewport()?.root() ?? null,
    viewport: () => getViewport(),
    storedText: async () => {
      const pod = await getPersistence()?.saves.load();
      return pod ? (await loadZodChecks()).savedPodText(pod) : null;
    },
  };
}
