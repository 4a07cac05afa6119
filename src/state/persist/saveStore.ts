/**
 * Where the working pod is kept between visits. One record holds the layout text and its undo history, with a
 * revision number so that two tabs never overwrite each other blindly: a write names the revision it was based on
 * and is refused when another tab wrote since. Pods that could not be opened are kept aside (several, never
 * overwritten) for the user to download.
 */

export interface SavedPod {
  /** The layout, as `serializeLayout` writes it: the last full snapshot when `journal` has steps. */
  readonly text: string;
  /** Edits made since `text` was written, oldest first (see `journal.ts`); absent or empty: `text` is the pod. */
  readonly journal?: readonly string[];
  /** The undo history (see `historyCodec.ts`), when kept. */
  readonly history?: string;
  /** Increases by one with every write; 0 means nothing was ever saved. */
  readonly rev: number;
  /** The tab that wrote it. */
  readonly writer: string;
  /** Epoch milliseconds. */
  readonly savedAt: number;
}

/** A pod kept aside: a save that could not be read or drawn, or another tab's version the user chose not to keep. */
export interface AsideSave {
  readonly id: string;
  readonly text: string;
  /** Why it was set aside, for people. */
  readonly reason: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly current: SavedPod };

export interface SaveStore {
  readonly kind: 'IndexedDB' | 'localStorage' | 'memory';
  readonly load: () => Promise<SavedPod | null>;
  /**
   * Writes `pod` when the stored revision is still `baseRev`; otherwise returns what is stored (another tab's).
   * With a `journal`, only the journal, history and stamp are written and the stored snapshot text is kept
   * (`pod.text` is then ignored): the edits since the snapshot, without writing the whole pod again. A save
   * without a journal at the stored revision itself (`pod.rev === baseRev`) folds the journal into the snapshot.
   */
  readonly save: (pod: SavedPod, baseRev: number) => Promise<SaveOutcome>;
  readonly putAside: (save: AsideSave) => Promise<void>;
  /** Oldest first. */
  readonly listAside: () => Promise<AsideSave[]>;
  readonly deleteAside: (id: string) => Promise<void>;
  /** Writes and removes a few bytes: throws when storage is full (checked at load, before any edit). */
  readonly probe: () => Promise<void>;
}

/** How many pods are kept aside at most; beyond that the oldest goes (the user is told in the notice). */
export const ASIDE_LIMIT = 8;

let asideCounter = 0;
/** A fresh, sortable id for a kept-aside pod: never the id of an earlier one. */
export const asideId = (at: number): string =>
  `aside-${at.toString().padStart(15, '0')}-${(asideCounter++).toString().padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;

/** True for the browser's "storage is full" error (its name differs between engines). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The journal as stored beside the snapshot: the edits since it and the save's own revision, history and stamp. */
export interface StoredJournal {
  /** The revision of the snapshot these steps follow; a journal for another snapshot is ignored. */
  readonly snapshotRev: number;
  readonly steps: readonly string[];
  readonly history?: string;
  readonly rev: number;
  readonly writer: string;
  readonly savedAt: number;
}

export function journalRecord(pod: SavedPod, snapshot: number): StoredJournal {
  return {
    snapshotRev: snapshot,
    steps: pod.journal ?? [],
    ...(pod.history !== undefined && { history: pod.history }),
    rev: pod.rev,
    writer: pod.writer,
    savedAt: pod.savedAt,
  };
}

/** The stored snapshot with the journal that follows it (if any) as one save. */
export function withJournal(snapshot: SavedPod | null, journal: StoredJournal | null): SavedPod | null {
  if (!snapshot || !journal || journal.snapshotRev !== snapshot.rev || !Array.isArray(journal.steps))
    return snapshot;
  const { history: _old, ...rest } = snapshot;
  return {
    ...rest,
    journal: journal.steps,
    ...(journal.history !== undefined && { history: journal.history }),
    rev: journal.rev,
    writer: journal.writer,
    savedAt: journal.savedAt,
  };
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly key?: (index: number) => string | null;
  readonly length?: number;
};

const POD_KEY = 'podplan.pod';
const JOURNAL_KEY = 'podplan.journal';
const ASIDE_KEY = 'podplan.aside';
const PROBE_KEY = 'podplan.probe';

/**
 * The same store over a synchronous key-value storage: the fallback when IndexedDB is missing (and the unit tests'
 * in-memory store). Not atomic across tabs, but still refuses a write based on a stale revision.
 */
export function storageSaveStore(storage: StorageLike, kind: SaveStore['kind'] = 'localStorage'): SaveStore {
  const readJson = <T>(key: string): T | null => {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  };
  const aside = () => readJson<AsideSave[]>(ASIDE_KEY) ?? [];
  const snapshot = () => readJson<SavedPod>(POD_KEY);
  const load = () => withJournal(snapshot(), readJson<StoredJournal>(JOURNAL_KEY));
  return {
    kind,
    load: () => Promise.resolve(load()),
    save: (pod, baseRev) => {
      const current = load();
      if (current && current.rev !== baseRev) return Promise.resolve({ ok: false, current });
      if (pod.journal?.length) {
        const base = snapshot();
        if (!base) return Promise.reject(new Error('a journal needs a saved snapshot to follow'));
        storage.setItem(JOURNAL_KEY, JSON.stringify(journalRecord(pod, base.rev)));
      } else {
        storage.setItem(POD_KEY, JSON.stringify(pod));
        storage.removeItem(JOURNAL_KEY);
      }
      return Promise.resolve({ ok: true });
    },
    putAside: (save) => {
      const list = [...aside(), save];
      storage.setItem(ASIDE_KEY, JSON.stringify(list.slice(Math.max(0, list.length - ASIDE_LIMIT))));
      return Promise.resolve();
    },
    listAside: () => Promise.resolve(aside()),
    deleteAside: (id) => {
      storage.setItem(ASIDE_KEY, JSON.stringify(aside().filter((a) => a.id !== id)));
      return Promise.resolve();
    },
    probe: () => {
      storage.setItem(PROBE_KEY, 'probe');
      storage.removeItem(PROBE_KEY);
      return Promise.resolve();
    },
  };
}

export function memoryStorage(): StorageLike & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}
