/**
 * The last edits when the page goes away. IndexedDB writes are asynchronous, so an edit made less than the autosave's
 * delay before a reload or a closed tab would be lost: the write started on `pagehide` does not finish. On `pagehide`
 * the layout is therefore also written synchronously to localStorage (`podplan.pending`, with the revision it was
 * based on). On the next load, a pending save based on the stored revision is written as the next revision; one based
 * on an older revision (the asynchronous write did finish, or another tab saved since) is dropped. A pod too big for
 * localStorage is not journalled (the write is refused by the quota and nothing else changes); the undo steps of the
 * last edits are not journalled either.
 */
import type { SaveStore, SavedPod, StorageLike } from './saveStore';

export const PENDING_SAVE_KEY = 'podplan.pending';

interface PendingSave {
  readonly baseRev: number;
  readonly text: string;
  /** The undo history, as `SavedPod.history`. */
  readonly history?: string;
  readonly savedAt: number;
}

/** Writes the pending save; false when localStorage refused it (quota, private mode). */
export function writePendingSave(
  storage: StorageLike | null,
  baseRev: number,
  pod: { readonly text: string; readonly history?: string },
): boolean {
  if (!storage) return false;
  try {
    const pending: PendingSave = { baseRev, ...pod, savedAt: Date.now() };
    storage.setItem(PENDING_SAVE_KEY, JSON.stringify(pending));
    return true;
  } catch {
    return false;
  }
}

export function clearPendingSave(storage: StorageLike | null): void {
  try {
    storage?.removeItem(PENDING_SAVE_KEY);
  } catch {
    // Nothing to clear, or storage is unavailable: either way there is no pending save to apply.
  }
}

function readPending(storage: StorageLike): PendingSave | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(PENDING_SAVE_KEY) ?? 'null');
    if (value === null || typeof value !== 'object') return null;
    const { baseRev, text, history, savedAt } = value as Record<string, unknown>;
    if (typeof baseRev !== 'number' || typeof text !== 'string' || typeof savedAt !== 'number') return null;
    return typeof history === 'string' ? { baseRev, text, history, savedAt } : { baseRev, text, savedAt };
  } catch {
    return null;
  }
}

/**
 * Applies a pending save left by the last visit to the store, when it is based on what the store holds; then removes
 * it. Returns the pod now stored (or `stored` unchanged).
 */
export async function applyPendingSave(
  storage: StorageLike | null,
  saves: SaveStore,
  stored: SavedPod | null,
): Promise<SavedPod | null> {
  if (!storage) return stored;
  const pending = readPending(storage);
  if (!pending) return stored;
  const storedRev = stored?.rev ?? 0;
  let result = stored;
  if (pending.baseRev === storedRev && pending.text !== stored?.text) {
    const pod: SavedPod = {
      text: pending.text,
      ...(pending.history !== undefined ? { history: pending.history } : {}),
      rev: storedRev + 1,
      writer: 'pending',
      savedAt: pending.savedAt,
    };
    const outcome = await saves.save(pod, storedRev);
    if (outcome.ok) result = pod;
  }
  clearPendingSave(storage);
  return result;
}
