/**
 * The running persistence (save store and autosave), for the dialogs and error boundaries that act on it, and the
 * one way to set the working pod aside and start empty when it cannot be shown.
 */
import type { Layout } from '../../core';
import { emptyLayout, serializeLayout } from '../../core';
import { dispatch } from '../commands/registry';
import type { EditorStore } from '../editorStore';
import type { Autosave } from './autosave';
import type { SaveStore } from './saveStore';
import { asideId } from './saveStore';

export interface Persistence {
  readonly saves: SaveStore;
  readonly autosave: Autosave;
}

let current: Persistence | null = null;
export const setPersistence = (p: Persistence | null): void => {
  current = p;
};
export const getPersistence = (): Persistence | null => current;

const safeText = (layout: Layout): string => {
  try {
    return serializeLayout(layout);
  } catch {
    try {
      return JSON.stringify(layout);
    } catch (e) {
      return JSON.stringify({ podplanError: `the pod could not be written out: ${String(e)}` });
    }
  }
};

/**
 * Keeps the working pod aside (for download) and opens an empty pod in its place, one Undo away. `why` says what
 * failed, for the notice and the kept record.
 */
export async function setPodAside(store: EditorStore, why: string): Promise<void> {
  const layout = store.getState().layout;
  const text = safeText(layout);
  const now = Date.now();
  const kept = await (
    current?.saves.putAside({ id: asideId(now), text, reason: `'${layout.name}': ${why}`, at: now }) ??
    Promise.reject(new Error('no store'))
  ).then(
    () => true,
    () => false,
  );
  dispatch(store, 'replaceLayout', { layout: emptyLayout(), label: `Set '${layout.name}' aside` });
  dispatch(store, 'notify', {
    notice: {
      tone: 'error',
      text: `'${layout.name}' could not be shown (${why}), so podplan opened an empty pod. ${kept ? 'The pod is kept aside: download it to inspect or repair it.' : 'Download it now to keep it.'}`,
      keptText: text,
    },
  });
}
