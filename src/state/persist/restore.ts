/**
 * Opening the saved pod on load. Whatever is stored, the app comes up: a save that cannot be read, checked or
 * started with is kept aside (for download) and the app opens an empty pod with a notice saying why. Nothing is
 * copied on the way (a second copy of a big pod is what filled localStorage before).
 */
import { applyPendingSave } from './pendingSave';
import type { Catalog, Layout } from '../../core';
import { catalogForLayout, emptyLayout, serializeLayout, validate } from '../../core';
import type { History } from '../history';
import { emptyHistory } from '../history';
import type { Notice } from '../session';
import type { BootGuard } from './bootGuard';
import { decodeHistory } from './historyCodec';
import type { JournalState } from './journal';
import { journalOf } from './journal';
import type { ZodChecks } from '../checks';
import { loadZodChecks } from '../checks';
import { migrateLegacySave } from './legacySave';
import type { SavedPod, SaveStore, StorageLike } from './saveStore';
import { asideId } from './saveStore';

export interface Restored {
  readonly layout: Layout | null;
  readonly history: History;
  /** The stored revision the tab starts from (its next save must find it unchanged). */
  readonly baseRev: number;
  /** The stored save's journal when `layout` is the stored pod (the autosave appends to it); else null. */
  readonly journal: JournalState | null;
  readonly notice: Notice | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs the rules once over a pod; a throw means the app could not show it. */
export function checkPod(layout: Layout, catalog: Catalog): string | null {
  try {
    validate(layout, catalogForLayout(catalog, layout));
    return null;
  } catch (e) {
    return `the rules could not check it (${message(e)})`;
  }
}

type Opened =
  { readonly layout: Layout } | { readonly problem: string; readonly details?: readonly string[] };

async function open(pod: SavedPod, catalog: Catalog, guard: BootGuard): Promise<Opened> {
  if (guard.failedBefore(pod)) return { problem: 'podplan did not finish starting with it last time' };
  let checks: ZodChecks;
  try {
    checks = await loadZodChecks();
  } catch (e) {
    return { problem: `podplan could not load its file checks (${message(e)})` };
  }
  const parsed = checks.openSavedPod(pod);
  if (!parsed.ok)
    return { problem: 'it could not be read', details: parsed.error.map((i) => `${i.path}: ${i.message}`) };
  const unchecked = checkPod(parsed.value, catalog);
  return unchecked ? { problem: unchecked } : { layout: parsed.value };
}

function restoreHistory(pod: SavedPod, layout: Layout): { history: History; lost: boolean } {
  if (pod.history === undefined) return { history: emptyHistory, lost: false };
  try {
    return { history: decodeHistory(pod.history, layout), lost: false };
  } catch {
    return { history: emptyHistory, lost: true };
  }
}

export async function restorePod(
  saves: SaveStore,
  catalog: Catalog,
  legacy: StorageLike | null,
  guard: BootGuard,
): Promise<Restored> {
  const moved = await migrateLegacySave(legacy, saves);
  let stored: SavedPod | null;
  try {
    stored = await applyPendingSave(legacy, saves, await saves.load());
  } catch (e) {
    stored = null;
    if (moved.unmovedText === null)
      return {
        layout: null,
        history: emptyHistory,
        baseRev: 0,
        journal: null,
        notice: {
          tone: 'error',
          text: `The browser refused to read the saved pod (${message(e)}). podplan started with an empty pod.`,
        },
      };
  }
  const pod =
    stored ??
    (moved.unmovedText !== null ? { text: moved.unmovedText, rev: 0, writer: 'legacy', savedAt: 0 } : null);
  if (!pod) return { layout: null, history: emptyHistory, baseRev: 0, journal: null, notice: null };
  const baseRev = stored?.rev ?? 0;
  const opened = await open(pod, catalog, guard);
  if ('problem' in opened) {
    const now = Date.now();
    const text = (await loadZodChecks().catch(() => null))?.savedPodText(pod) ?? pod.text;
    let kept = true;
    let rev = baseRev;
    try {
      await saves.putAside({
        id: asideId(now),
        text,
        reason: `The autosaved pod: ${opened.problem}`,
        at: now,
      });
    } catch {
      kept = false;
    }
    // The save becomes the empty pod, so that the next visit does not meet the failing one again.
    const empty = { text: serializeLayout(emptyLayout()), rev: baseRev + 1, writer: 'restore', savedAt: now };
    if (kept && (await saves.save(empty, baseRev).catch(() => null))?.ok) rev = empty.rev;
    return {
      layout: null,
      history: emptyHistory,
      baseRev: rev,
      journal: null,
      notice: {
        tone: 'error',
        text: `The autosaved pod could not be opened (${opened.problem}), so podplan started with an empty pod. ${kept ? 'The pod is kept aside: download it to inspect or repair it.' : 'Download it now: the browser could not keep it aside.'}`,
        ...('details' in opened && opened.details ? { details: opened.details } : {}),
        keptText: text,
      },
    };
  }
  guard.starting(pod);
  const { history, lost } = restoreHistory(pod, opened.layout);
  const notices: string[] = [];
  if (moved.unmovedText !== null)
    notices.push(`The pod could not be moved to the browser's database (${message(moved.error)}).`);
  if (lost) notices.push('The undo history saved with the pod could not be read; the pod itself is intact.');
  return {
    layout: opened.layout,
    history,
    baseRev,
    journal: stored ? journalOf(stored) : null,
    notice: notices.length ? { tone: 'error', text: notices.join(' '), offerExport: true } : null,
  };
}
