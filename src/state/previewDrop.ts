/**
 * Live drop preview: runs the core on the candidate layout while the pointer hovers a target, without committing.
 * Recomputes only when the target (or the layout) changes, so pointer moves within one slot cost nothing.
 */
import type { EditorStore } from './editorStore';
import { patchSession } from './editorStore';
import { planDrop } from '../core';
import { selectCatalog } from './selectors';
import type { DropTarget, DropVerdict, Payload } from './session';

export function sameTarget(a: DropTarget | null | undefined, b: DropTarget | null | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'slot' && b.kind === 'slot') return a.rack === b.rack && a.u === b.u && a.face === b.face;
  if (a.kind === 'rack' && b.kind === 'rack') return a.rack === b.rack;
  if (a.kind === 'floor' && b.kind === 'floor')
    return a.position.row === b.position.row && a.position.slot === b.position.slot;
  return false;
}

/** Sets (or clears, with a null target) the preview; returns the verdict now shown. */
export function previewDrop(
  store: EditorStore,
  payload: Payload | null,
  target: DropTarget | null,
): DropVerdict | null {
  const state = store.getState();
  const { layout, session } = state;
  if (!payload || !target) {
    if (session.preview) patchSession(store, { preview: null });
    return null;
  }
  const current = session.preview;
  if (current && current.base === layout && sameTarget(current.target, target)) {
    if (
      current.target.kind !== 'slot' ||
      target.kind !== 'slot' ||
      current.target.pointedU === target.pointedU
    )
      return current;
    // Same span, another pointed U: only the ghost's "snapped from" note changes.
    const moved = { ...current, target };
    patchSession(store, { preview: moved });
    return moved;
  }
  const verdict = planDrop(layout, selectCatalog(state), payload, target);
  patchSession(store, { preview: verdict });
  return verdict;
}

/** The payload in hand: a live drag first, else the armed item of the non-drag path. */
export const payloadInHand = (store: EditorStore): Payload | null => {
  const { session } = store.getState();
  return session.drag ?? session.armed;
};
