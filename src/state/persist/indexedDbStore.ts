/**
 * The save store in IndexedDB: room for pods of hundreds of thousands of devices (localStorage stops near 5 MB).
 * A save reads the stored revision and writes in one read-write transaction, so two tabs cannot both win.
 */
import type { AsideSave, SavedPod, SaveStore, StoredJournal } from './saveStore';
import { ASIDE_LIMIT, journalRecord, withJournal } from './saveStore';

const DB_NAME = 'podplan';
const POD_STORE = 'pod';
const ASIDE_STORE = 'aside';
const CURRENT = 'current';
/**
 * The stored pod's revision alone, so a save need not read back the whole pod (megabytes on a big pod) to compare,
 * and the revision of its snapshot (`CURRENT`) when a journal follows it.
 */
const CURRENT_REV = 'current-rev';
/** The edits since the snapshot (see `journal.ts`). */
const JOURNAL = 'journal';

interface Stamp {
  readonly rev: number;
  /** Absent in stores from before the journal: the snapshot is then the stamped revision. */
  readonly snapshotRev?: number;
}

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
  const loadFrom = async (store: IDBObjectStore): Promise<SavedPod | null> => {
    const [snapshot, journal] = await Promise.all([done(store.get(CURRENT)), done(store.get(JOURNAL))]);
    return withJournal(
      (snapshot as SavedPod | undefined) ?? null,
      (journal as StoredJournal | undefined) ?? null,
    );
  };
  return {
    kind: 'IndexedDB',
    load: () => loadFrom(tx(POD_STORE, 'readonly').objectStore(POD_STORE)),
    save: async (pod, baseRev) => {
      const t = tx(POD_STORE, 'readwrite');
      const store = t.objectStore(POD_STORE);
      const stamp = (await done(store.get(CURRENT_REV))) as Stamp | undefined;
      // A store written before the stamp existed has only the pod: it is read once, and stamped by this save.
      const storedRev = stamp?.rev ?? ((await done(store.get(CURRENT))) as SavedPod | undefined)?.rev ?? null;
      if (storedRev !== null && storedRev !== baseRev) {
        const current = (await loadFrom(store))!;
        t.abort();
        return { ok: false, current };
      }
      if (pod.journal?.length) {
        // Only the edits since the snapshot: the snapshot (megabytes on a big pod) is neither cloned nor rewritten.
        const snapshot = stamp?.snapshotRev ?? storedRev;
        if (snapshot === null) {
          t.abort();
          throw new Error('a journal needs a saved snapshot to follow');
        }
        store.put(journalRecord(pod, snapshot), JOURNAL);
        store.put({ rev: pod.rev, snapshotRev: snapshot } satisfies Stamp, CURRENT_REV);
      } else {
        const { journal: _none, ...snapshot } = pod;
        store.put(snapshot, CURRENT);
        store.delete(JOURNAL);
        store.put({ rev: pod.rev, snapshotRev: pod.rev } satisfies Stamp, CURRENT_REV);
      }
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
