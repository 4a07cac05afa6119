/**
 * The editor store: a vanilla zustand store holding the document (layout), its undo history, the catalog and the
 * session. React reads it through narrow selectors (`useEditor`); the 3D view reads it through `getState()` and
 * `subscribe()`. Derived data (report, BOM) is never stored here: see `selectors.ts`.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Catalog, Layout } from '../core';
import { emptyLayout } from '../core';
import type { History } from './history';
import { emptyHistory } from './history';
import type { Session } from './session';
import { initialSession } from './session';

export interface EditorState {
  /** The document: what is saved, exported, validated and undone. */
  readonly layout: Layout;
  readonly history: History;
  readonly catalog: Catalog;
  /** Never saved, never undone. */
  readonly session: Session;
}

export type EditorStore = StoreApi<EditorState>;

export function createEditorStore(catalog: Catalog, layout: Layout = emptyLayout()): EditorStore {
  return createStore<EditorState>()(() => ({
    layout,
    history: emptyHistory,
    catalog,
    session: initialSession,
  }));
}

/** Merges a partial session into the store (transient state: hover, drag preview, notices). */
export function patchSession(store: EditorStore, patch: Partial<Session>): void {
  const { session } = store.getState();
  let changed = false;
  for (const key of Object.keys(patch) as (keyof Session)[]) {
    if (session[key] !== patch[key]) {
      changed = true;
      break;
    }
  }
  if (changed) store.setState({ session: { ...session, ...patch } });
}

/**
 * Calls `listener` when `select(state)` changes (by `Object.is`), outside React: the 3D view's transient updates.
 * Returns the unsubscribe function.
 */
export function subscribeTo<T>(
  store: EditorStore,
  select: (s: EditorState) => T,
  listener: (next: T, prev: T) => void,
) {
  let current = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (Object.is(next, current)) return;
    const prev = current;
    current = next;
    listener(next, prev);
  });
}
