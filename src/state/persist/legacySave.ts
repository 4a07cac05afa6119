/**
 * Saves from before IndexedDB: podplan kept the pod in localStorage (`podplan.layout`, a copy of the last readable
 * save in `podplan.layout.lastGood`, a damaged one in `podplan.layout.corrupt`). On the first visit after the update
 * they move into the save store and the old keys are removed, which also frees localStorage. When the store cannot
 * take them (storage full), the old keys stay untouched and the pod is opened from them.
 */
import { loadZodChecks } from '../checks';
import type { SaveStore, StorageLike } from './saveStore';
import { asideId } from './saveStore';

export const LEGACY_SAVE_KEY = 'podplan.layout';
export const LEGACY_LAST_GOOD_KEY = 'podplan.layout.lastGood';
export const LEGACY_CORRUPT_KEY = 'podplan.layout.corrupt';

export interface LegacyOutcome {
  /** Layout text to open when it could not be moved into the store; null when moved (or there was none). */
  readonly unmovedText: string | null;
  readonly error: unknown;
}

const readable = async (text: string | null): Promise<boolean> =>
  text !== null && (await loadZodChecks()).parseLayoutJson(text).ok;

export async function migrateLegacySave(
  legacy: StorageLike | null,
  saves: SaveStore,
): Promise<LegacyOutcome> {
  const raw = legacy?.getItem(LEGACY_SAVE_KEY) ?? null;
  const lastGood = legacy?.getItem(LEGACY_LAST_GOOD_KEY) ?? null;
  const corrupt = legacy?.getItem(LEGACY_CORRUPT_KEY) ?? null;
  if (!legacy || (raw === null && corrupt === null && lastGood === null))
    return { unmovedText: null, error: null };
  const now = Date.now();
  // The save itself when it reads; else the last good copy, the unreadable save then kept aside.
  const text =
    raw !== null && (lastGood === null || lastGood === raw || (await readable(raw))) ? raw : lastGood;
  try {
    if (corrupt !== null)
      await saves.putAside({
        id: asideId(now),
        text: corrupt,
        reason: 'A damaged autosave kept before this update',
        at: now,
      });
    if (raw !== null && text !== raw)
      await saves.putAside({
        id: asideId(now),
        text: raw,
        reason: 'The autosave could not be read',
        at: now,
      });
    const stored = await saves.load();
    if (text !== null && stored === null)
      await saves.save({ text, rev: 1, writer: 'update', savedAt: now }, 0);
    else if (text !== null && stored !== null && stored.text !== text)
      await saves.putAside({ id: asideId(now), text, reason: 'An autosave from before the update', at: now });
    for (const key of [LEGACY_SAVE_KEY, LEGACY_LAST_GOOD_KEY, LEGACY_CORRUPT_KEY]) legacy.removeItem(key);
    return { unmovedText: null, error: null };
  } catch (error) {
    return { unmovedText: text, error };
  }
}
