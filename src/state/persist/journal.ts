/**
 * The autosave's journal of edits. Writing the whole layout after every edit costs a `JSON.stringify` of the pod
 * (hundreds of milliseconds on a 20,000-device pod, the largest share of the main thread on edits). Instead, a full
 * snapshot is written now and then, and each edit in between appends its difference from the last written layout
 * (`layoutDelta.ts`: one run and one record for a placement). Opening the save applies the steps to the snapshot's
 * JSON and checks the result with the same schema as a file, so a damaged journal is refused like a damaged file.
 */
import type { InputIssue, Layout, Result } from '../../core';
import { err, loadLayout, parseLayoutJson, serializeLayout } from '../../core';
import type { LayoutDelta } from './layoutDelta';
import { applyDelta, layoutDelta } from './layoutDelta';
import type { SavedPod } from './saveStore';

/** Steps after which the next save is a full snapshot again (restoring replays them all). */
export const JOURNAL_MAX_STEPS = 50;
/** Journal characters, as a share of the snapshot's, above which the next save is a full snapshot. */
export const JOURNAL_MAX_SHARE = 0.25;

/** What the last save left: the snapshot's size and the steps written since, oldest first. */
export interface JournalState {
  readonly snapshotChars: number;
  readonly steps: readonly string[];
  /** Characters in `steps`. */
  readonly chars: number;
}

export const freshJournal = (snapshotChars: number): JournalState => ({ snapshotChars, steps: [], chars: 0 });

/** The journal state of a save as loaded (its snapshot and the steps stored with it). */
export const journalOf = (pod: SavedPod): JournalState => {
  const steps = pod.journal ?? [];
  return { snapshotChars: pod.text.length, steps, chars: steps.reduce((s, x) => s + x.length, 0) };
};

/**
 * The journal with the edit from `written` (the layout last saved) to `layout` appended, or null when a full
 * snapshot is due instead: too many steps, or steps that together weigh more than a share of the snapshot (an
 * imported or re-planned pod rewrites most records, and is cheaper to replay as a snapshot).
 */
export function appendStep(journal: JournalState, layout: Layout, written: Layout): JournalState | null {
  if (journal.steps.length >= JOURNAL_MAX_STEPS) return null;
  const step = JSON.stringify(layoutDelta(layout, written));
  const chars = journal.chars + step.length;
  if (chars > journal.snapshotChars * JOURNAL_MAX_SHARE) return null;
  return { snapshotChars: journal.snapshotChars, steps: [...journal.steps, step], chars };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The layout a save holds: its snapshot, with its journal's steps applied in order, checked as a file is. */
export function openSavedPod(pod: SavedPod): Result<Layout, InputIssue[]> {
  if (!pod.journal?.length) return parseLayoutJson(pod.text);
  let value: object;
  try {
    value = JSON.parse(pod.text) as object;
    if (typeof value !== 'object' || value === null) throw new Error('the snapshot is not a JSON object');
    for (const [i, step] of pod.journal.entries()) {
      try {
        value = applyDelta(value, JSON.parse(step) as LayoutDelta);
      } catch (e) {
        throw new Error(`edit ${i + 1} of ${pod.journal.length} in the journal: ${message(e)}`, { cause: e });
      }
    }
  } catch (e) {
    return err([{ path: '$', message: `the saved pod could not be read (${message(e)})` }]);
  }
  return loadLayout(value);
}

/** The save as one layout text (a snapshot with its journal applied), for keeping it aside; its snapshot if that fails. */
export function savedPodText(pod: SavedPod): string {
  if (!pod.journal?.length) return pod.text;
  const opened = openSavedPod(pod);
  return opened.ok ? serializeLayout(opened.value) : pod.text;
}
