/**
 * How the link state (`linkState.ts`) follows a layout's record lists from one layout to the next: the changed run of
 * each list (the op's recorded delta, or found by comparing from both ends), and id → record maps kept in step.
 */
import { deltaFrom, differingRun } from '../ops/listDelta';

export interface Change<T> {
  readonly removed: readonly T[];
  readonly added: readonly T[];
  /** Index in the new list of the first added record. */
  readonly start: number;
}

/** Largest changed run handled incrementally; beyond it everything is evaluated again. */
const MAX_CHANGE = 4096;

/** The change from `before` to `after`: the op's recorded delta when there is one, else found by comparing. */
export function changeOf<T>(before: readonly T[], after: readonly T[]): Change<T> | undefined {
  const d = deltaFrom(before, after);
  if (!d) return differingRun(before, after, MAX_CHANGE);
  if (before.length > 0 && (d.removed.length > MAX_CHANGE || d.added.length > MAX_CHANGE)) return undefined;
  return { removed: d.removed, added: d.added, start: d.at ?? after.length };
}

/** A change without the records that are in both its removed and added runs (they only moved in the list). */
export function net<T>(c: Change<T> | undefined): Change<T> | undefined {
  if (!c || c.removed.length === 0 || c.added.length === 0) return c;
  const removed = new Set(c.removed);
  const kept = new Set(c.added.filter((r) => removed.has(r)));
  if (kept.size === 0) return c;
  return {
    removed: c.removed.filter((r) => !kept.has(r)),
    added: c.added.filter((r) => !kept.has(r)),
    start: c.start,
  };
}

/**
 * Applies a list change to an id → record map: removed records leave, added ones enter, `changed` hears each id.
 * False when ids repeat (a removed record is not the one the map holds, or an added id is taken: the later wins).
 */
export function swap<T extends { readonly id: string }>(
  map: Map<string, T>,
  c: Change<T>,
  changed: (r: T) => void,
): boolean {
  let fine = true;
  for (const r of c.removed) {
    if (map.get(r.id) !== r) return false;
    map.delete(r.id);
    changed(r);
  }
  for (const r of c.added) {
    if (map.has(r.id)) fine = false;
    map.set(r.id, r);
    changed(r);
  }
  return fine;
}

/** Whether a port name names one lane (`down/3:2`). */
export const hasLane = (port: string): boolean =>
  port.includes(':') && port.indexOf(':', port.lastIndexOf('/')) >= 0;
