/**
 * Opening a save with its journal (journal.ts): the snapshot's JSON with the steps applied, checked as a file is.
 * Loaded with the zod checks (`state/checks.ts`), off the first screen's code.
 */
import type { InputIssue, Layout, Result } from '../../core';
import { err, loadLayout, parseLayoutJson, serializeLayout } from '../../core';
import type { LayoutDelta } from './layoutDelta';
import { applyDelta } from './layoutDelta';
import type { SavedPod } from './saveStore';

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
