/** Picks where to save: IndexedDB, else localStorage, else memory only (the user is told their work is not kept). */
import { indexedDbStore, openDatabase } from './indexedDbStore';
import type { SaveStore, StorageLike } from './saveStore';
import { memoryStorage, storageSaveStore } from './saveStore';

/** localStorage, or null when the browser refuses it (private mode, file://, storage disabled). */
export function browserLocalStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export async function openSaveStore(legacy: StorageLike | null): Promise<SaveStore> {
  try {
    if (typeof indexedDB !== 'undefined') return indexedDbStore(await openDatabase(indexedDB));
  } catch {
    // fall through to localStorage
  }
  return legacy ? storageSaveStore(legacy) : storageSaveStore(memoryStorage(), 'memory');
}

/** Free room in the site's storage (bytes), when the browser says. */
export async function storageRoom(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e?.quota !== undefined && e.usage !== undefined ? { usage: e.usage, quota: e.quota } : null;
  } catch {
    return null;
  }
}
