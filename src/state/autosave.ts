/**
 * Autosave to browser storage and restore on load. A save that cannot be read is kept aside (for export), reported,
 * and the editor starts from the last good save or an empty pod: never a blank crash.
 */
import type { Layout } from '../core';
import { parseLayoutJson, serializeLayout } from '../core';
import type { EditorStore } from './editorStore';
import { patchSession, subscribeTo } from './editorStore';
import type { Notice } from './session';

export const SAVE_KEY = 'podplan.layout';
/** The last save that was read back successfully. */
export const LAST_GOOD_KEY = 'podplan.layout.lastGood';
/** A save that could not be read, kept for the user to download. */
export const CORRUPT_KEY = 'podplan.layout.corrupt';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Restored {
  readonly layout: Layout | null;
  readonly notice: Notice | null;
}

export function restoreSaved(storage: StorageLike): Restored {
  const raw = storage.getItem(SAVE_KEY);
  if (raw === null) return { layout: null, notice: null };
  const parsed = parseLayoutJson(raw);
  if (parsed.ok) {
    storage.setItem(LAST_GOOD_KEY, raw);
    return { layout: parsed.value, notice: null };
  }
  storage.setItem(CORRUPT_KEY, raw);
  const goodRaw = storage.getItem(LAST_GOOD_KEY);
  const good = goodRaw !== null ? parseLayoutJson(goodRaw) : null;
  const layout = good?.ok ? good.value : null;
  if (layout) storage.setItem(SAVE_KEY, goodRaw ?? '');
  else storage.removeItem(SAVE_KEY);
  return {
    layout,
    notice: {
      tone: 'error',
      text: `The autosaved pod could not be read, so podplan started from ${layout ? 'the last good save' : 'an empty pod'}. The damaged save is kept: download it to inspect or repair it.`,
      details: parsed.error.map((i) => `${i.path}: ${i.message}`),
      keptText: raw,
    },
  };
}

export interface Autosave {
  /** Writes any pending change now (called on pagehide). */
  readonly flush: () => void;
  readonly dispose: () => void;
}

/** Saves the layout after every change, debounced by `delayMs`, and flushes when the page is hidden. */
export function startAutosave(
  store: EditorStore,
  storage: StorageLike,
  delayMs = 250,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = null,
): Autosave {
  let pending: Layout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const layout = pending;
    pending = null;
    try {
      storage.setItem(SAVE_KEY, serializeLayout(layout));
    } catch (e) {
      patchSession(store, {
        notice: {
          tone: 'error',
          text: `Autosave failed: ${e instanceof Error ? e.message : String(e)}. Export the layout to keep your work.`,
        },
      });
    }
  };
  const unsubscribe = subscribeTo(
    store,
    (s) => s.layout,
    (layout) => {
      pending = layout;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
  );
  const onHide = () => flush();
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };
  events?.addEventListener('pagehide', onHide);
  events?.addEventListener('visibilitychange', onVisibility);
  return {
    flush,
    dispose: () => {
      flush();
      unsubscribe();
      events?.removeEventListener('pagehide', onHide);
      events?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
