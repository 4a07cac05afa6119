/**
 * The save store in IndexedDB: room for pods of hundreds of thousands of devices (localStorage stops near 5 MB).
 * A save reads the stored revision and writes in one read-write transaction, so two tabs cannot both win.
 */
import type { AsideSave, SavedPod, SaveStore } from './saveStore';
import { ASIDE_LIMIT } from './saveStore';

const DB_NAME = 'podplan';
const POD_STORE = 'pod';
const ASIDE_STORE = 'aside';
const CURRENT = 'current';
/** The stored pod's revision alone, so a save need not read back the whole pod (megabytes on a big pod) to compare. */
const CURRENT_REV = 'current-rev';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const finished = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(POD_STORE)) db.createObjectStore(POD_STORE);
    if (!db.objectStoreNames.contains(ASIDE_STORE)) db.createObjectStore(ASIDE_STORE, { keyPath: 'id' });
  };
  return done(request);
}

export function indexedDbStore(db: IDBDatabase): SaveStore {
  const tx = (stores: string | string[], mode: IDBTransactionMode) => db.transaction(stores, mode);
  return {
    kind: 'IndexedDB',
    load: async () =>
      ((await done(tx(POD_STORE, 'readonly').objectStore(POD_STORE).get(CURRENT))) as SavedPod | undefined) ??
      null,
    save: async (pod, baseRev) => {
      const t = tx(POD_STORE, 'readwrite');
      const store = t.objectStore(POD_STORE);
      const stamp = (await done(store.get(CURRENT_REV))) as { rev: number } | undefined;
      // A store written before the stamp existed has only the pod: it is read once, and stamped by this save.
      const storedRev = stamp?.rev ?? ((await done(store.get(CURRENT))) as SavedPod | undefined)?.rev ?? null;
      if (storedRev !== null && storedRev !== baseRev) {
        const current = (await done(store.get(CURRENT))) as SavedPod;
        t.abort();
        return { ok: false, current };
      }
      store.put(pod, CURRENT);
      store.put({ rev: pod.rev }, CURRENT_REV);
      await finished(t);
      return { ok: true };
    },
    putAside: async (save: AsideSave) => {
      const t = tx(ASIDE_STORE, 'readwrite');
      const store = t.objectStore(ASIDE_STORE);
      store.put(save);
      const keys = (await done(store.getAllKeys())) as string[];
      keys.sort();
      for (const key of keys.slice(0, Math.max(0, keys.length - ASIDE_LIMIT))) store.delete(key);
      await finished(t);
    },
    listAside: async () => {
      const all = (await done(tx(ASIDE_STORE, 'readonly').objectStore(ASIDE_STORE).getAll())) as AsideSave[];
      return all.sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    probe: async () => {
      const t = tx(POD_STORE, 'readwrite');
      t.objectStore(POD_STORE).put('probe', 'probe');
      t.objectStore(POD_STORE).delete('probe');
      await finished(t);
    },
    deleteAside: async (id) => {
      const t = tx(ASIDE_STORE, 'readwrite');
      t.objectStore(ASIDE_STORE).delete(id);
      await finished(t);
    },
  };
}
