/**
 * The autosave's journal of edits. Writing the whole layout after every edit costs a `JSON.stringify` of the pod
 * (hundreds of milliseconds on a 20,000-device pod, the largest share of the main thread on edits). Instead, a full
 * snapshot is written now and then, and each edit in between appends its difference from the last written layout
 * (`layoutDelta.ts`: one run and one record for a placement). Opening the save applies the steps to the snapshot's
 * JSON and checks the result with the same schema as a file, so a damaged journal is refused like a damaged file
 * (`openSavedPod.ts`, loaded with the zod checks: `state/checks.ts`).
 */
import type { Layout } from '../../core';
import type { LayoutDelta } from './layoutDelta';
import { layoutDelta } from './layoutDelta';
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
  const allowed = journal.snapshotChars * JOURNAL_MAX_SHARE - journal.chars;
  const delta = layoutDelta(layout, written);
  // A pod opened from a file writes out every record: known too long before it is stringified (as long as the pod).
  if (writtenOutChars(delta) > allowed) return null;
  const step = JSON.stringify(delta);
  if (step.length > allowed) return null;
  return {
    snapshotChars: journal.snapshotChars,
    steps: [...journal.steps, step],
    chars: journal.chars + step.length,
  };
}

/** The fewest characters a record written out in a list delta takes: `{"r":1}`. */
const MIN_WRITTEN_RECORD_CHARS = 7;

/** A lower bound on the characters of `JSON.stringify(delta)`'s written-out list records. */
export function writtenOutChars(delta: LayoutDelta): number {
  let records = 0;
  for (const change of Object.values(delta))
    if ('a' in change) for (const seg of change.a) if (!Array.isArray(seg)) records++;
  return records * MIN_WRITTEN_RECORD_CHARS;
}
