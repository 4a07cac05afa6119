/**
 * Autosave: the layout and its undo history are written after every change (debounced) and when the page is
 * hidden. An edit writes only its difference from the last save, appended to a journal (`journal.ts`); the whole
 * layout is written again when the journal is long, and in idle time a while after the last edit. A write that fails says so at once and offers the file export; it is tried again on the next change.
 * A write never replaces another tab's newer save: the tab is asked which version to keep, and the other one is
 * kept aside for download (see `saveStore.ts`).
 */
import { writePendingSave } from './pendingSave';
import type { StorageLike } from './saveStore';
import type { Layout } from '../../core';
import { err, serializeLayout } from '../../core';
import { dispatch } from '../commands/registry';
import type { EditorStore } from '../editorStore';
import type { History } from '../history';
import { patchSession, subscribeTo } from '../editorStore';
import { encodeHistory } from './historyCodec';
import type { JournalState } from './journal';
import { appendStep, freshJournal, journalOf } from './journal';
import { loadZodChecks } from '../checks';
import type { SavedPod, SaveStore } from './saveStore';
import { asideId, isQuotaError } from './saveStore';
import type { TabChannel } from './tabChannel';
import { snapshotText } from './snapshotText';

export interface AutosaveOptions {
  readonly tabId: string;
  /** The stored revision this tab's layout is based on. */
  readonly baseRev: number;
  readonly delayMs?: number;
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  readonly channel?: TabChannel | null;
  /** Where the last edits are journalled synchronously when the page goes away (see `pendingSave.ts`). */
  readonly pending?: StorageLike | null;
  /** The journal the stored save holds, when the store's layout is this tab's (`journalOf` the restored save). */
  readonly journal?: JournalState | null;
  /** After this long without an edit, a journal is folded into a full snapshot (in the browser's idle time). */
  readonly compactAfterMs?: number;
}

export interface Autosave {
  /** Writes any pending change now. */
  readonly flush: () => Promise<void>;
  /** Another tab saved: keep this tab's pod (theirs is kept aside) ... */
  readonly keepMine: () => Promise<void>;
  /** ... or open theirs (this tab's pod is kept aside, and one Undo away). */
  readonly takeTheirs: () => Promise<void>;
  readonly dispose: () => void;
}

/** The undo history to save beside the layout; a history that cannot be written is left out, never the pod. */
function historyText(history: History, layout: Layout): { history?: string } {
  try {
    return { history: encodeHistory(history, layout) };
  } catch {
    return {};
  }
}

const time = (ms: number) => new Date(ms).toLocaleTimeString();

function failureNotice(e: unknown, store: EditorStore) {
  const why = isQuotaError(e)
    ? "the browser's storage for this site is full"
    : `the save failed (${e instanceof Error ? e.message : String(e)})`;
  patchSession(store, {
    notice: {
      tone: 'error',
      text: `Your changes are not being saved: ${why}. Export the layout to keep your work in a file; saving is tried again with every change.`,
      offerExport: true,
    },
  });
}

export function startAutosave(store: EditorStore, saves: SaveStore, options: AutosaveOptions): Autosave {
  const {
    tabId,
    delayMs = 300,
    events = null,
    channel = null,
    pending = null,
    compactAfterMs = 30_000,
  } = options;
  let baseRev = options.baseRev;
  let written: Layout | null = store.getState().layout;
  // What the store holds after `written` was saved, when known: null makes the next save a full snapshot.
  let journal: JournalState | null = options.journal ?? null;
  let compactDue = false;
  /** When the last save was made (a folded journal keeps it, as it keeps the revision). */
  let savedAt = Date.now();
  let compactTimer: ReturnType<typeof setTimeout> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let failing = false;
  let theirs: SavedPod | null = null;

  const enterConflict = (pod: SavedPod) => {
    theirs = pod;
    patchSession(store, { tabConflict: { theirsSavedAt: pod.savedAt } });
  };

  const writeOnce = async () => {
    const { layout, history } = store.getState();
    const compacting = compactDue && journal !== null && journal.steps.length > 0;
    compactDue = false;
    // Folding the journal into a snapshot of the same pod keeps the revision: other tabs have nothing new to see.
    const folding = compacting && layout === written;
    if (theirs || (layout === written && !folding)) return;
    try {
      const next = !compacting && journal && written ? appendStep(journal, layout, written) : null;
      const stamp = {
        ...historyText(history, layout),
        rev: folding ? baseRev : baseRev + 1,
        writer: tabId,
        savedAt: folding ? savedAt : Date.now(),
      };
      // A journal save leaves the stored snapshot as it is (its text is not written).
      const pod: SavedPod = next
        ? { text: '', journal: next.steps, ...stamp }
        : { text: await snapshotText(layout), ...stamp };
      const outcome = await saves.save(pod, baseRev);
      if (!outcome.ok) return enterConflict(outcome.current);
      baseRev = pod.rev;
      savedAt = pod.savedAt;
      written = layout;
      journal = next ?? freshJournal(pod.text.length);
      if (next) scheduleCompaction();
      if (!folding) channel?.post({ type: 'saved', rev: pod.rev, writer: tabId });
      if (failing) {
        failing = false;
        if (store.getState().session.notice?.offerExport)
          patchSession(store, { notice: { tone: 'info', text: 'Saving works again: your pod is saved.' } });
      }
    } catch (e) {
      failing = true;
      // A pod replaced meanwhile (set aside, undone) is saved next; its failure alone is worth a word.
      if (store.getState().layout === layout) failureNotice(e, store);
    }
  };

  const idle = (f: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: compactAfterMs });
    else f();
  };
  const clearCompaction = () => {
    if (compactTimer !== null) clearTimeout(compactTimer);
    compactTimer = null;
  };
  function scheduleCompaction() {
    clearCompaction();
    compactTimer = setTimeout(() => {
      compactTimer = null;
      idle(() => {
        compactDue = true;
        void flush();
      });
    }, compactAfterMs);
  }

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (running) {
      again = true;
      return running;
    }
    running = writeOnce().finally(() => {
      running = null;
      if (again) {
        again = false;
        void flush();
      }
    });
    return running;
  };

  const unsubscribe = subscribeTo(
    store,
    (s) => s.layout,
    () => {
      if (timer !== null) clearTimeout(timer);
      clearCompaction();
      timer = setTimeout(() => void flush(), delayMs);
    },
  );

  const offChannel = channel?.listen((m) => {
    if (m.type !== 'saved' || m.writer === tabId || m.rev <= baseRev || theirs) return;
    void saves.load().then((pod) => {
      if (pod && pod.rev > baseRev && !theirs) enterConflict(pod);
    });
  });

  const settle = (rev: number) => {
    baseRev = rev;
    theirs = null;
    patchSession(store, { tabConflict: null });
  };

  const keepMine = async () => {
    const other = theirs;
    if (!other) return;
    await saves.putAside({
      id: asideId(Date.now()),
      text: (await loadZodChecks().catch(() => null))?.savedPodText(other) ?? other.text,
      reason: `The version another tab saved at ${time(other.savedAt)}, replaced by this tab's`,
      at: Date.now(),
    });
    settle(other.rev);
    written = null;
    journal = null;
    await flush();
  };

  const takeTheirs = async () => {
    const other = theirs;
    if (!other) return;
    const parsed = await loadZodChecks().then(
      (c) => c.openSavedPod(other),
      (e: unknown) => err([{ path: '$', message: `podplan could not load its file checks (${String(e)})` }]),
    );
    const theirsText = parsed.ok && other.journal?.length ? serializeLayout(parsed.value) : other.text;
    const mine = store.getState().layout;
    const mineText = serializeLayout(mine);
    // Unsaved edits of this tab are kept aside; a tab that only had the older save loses nothing by reloading.
    if (mine !== written && mineText !== theirsText)
      await saves.putAside({
        id: asideId(Date.now()),
        text: mineText,
        reason: `This tab's version, replaced by the one another tab saved at ${time(other.savedAt)}`,
        at: Date.now(),
      });
    settle(other.rev);
    if (!parsed.ok) {
      patchSession(store, {
        notice: {
          tone: 'error',
          text: "The other tab's version could not be read; this tab's pod stays open.",
          keptText: theirsText,
        },
      });
      // The store holds the other tab's save now: this tab's next save is a whole snapshot.
      journal = null;
      return;
    }
    written = parsed.value;
    journal = journalOf(other);
    dispatch(store, 'replaceLayout', { layout: parsed.value, label: "Open the other tab's version" });
    patchSession(store, {
      notice: {
        tone: 'info',
        text: "Opened the other tab's version. Undo (Ctrl+Z) brings back this tab's; it is also kept aside for download.",
      },
    });
  };

  const onHide = () => {
    const { layout, history } = store.getState();
    if (!theirs && layout !== written)
      writePendingSave(pending, baseRev, { text: serializeLayout(layout), ...historyText(history, layout) });
    void flush();
  };
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') onHide();
  };
  events?.addEventListener('pagehide', onHide);
  events?.addEventListener('visibilitychange', onVisibility);
  return {
    flush,
    keepMine,
    takeTheirs,
    dispose: () => {
      clearCompaction();
      void flush();
      unsubscribe();
      offChannel?.();
      events?.removeEventListener('pagehide', onHide);
      events?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
