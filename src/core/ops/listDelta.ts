/**
 * What an edit did to one of a layout's record lists, remembered beside the new list so that derived state (the
 * per-rack grouping in `validate`) can follow the edit in O(changed records) instead of comparing 200,000 entries.
 *
 * The ops that make a new list from an old one by a few additions, replacements or removals record
 * `{ base, removed, added }` against the new list (a WeakMap: nothing is kept alive by it). A reader that holds
 * `base` may trust the delta; a list made any other way (a file, a hand-built array) simply has no delta, and the
 * reader falls back to its own comparison.
 */

export interface ListDelta<T> {
  /** The list the edit started from. */
  readonly base: readonly T[];
  /** Records of `base` not in the new list (a replaced record counts as removed, its successor as added). */
  readonly removed: readonly T[];
  /** Records of the new list not in `base`. */
  readonly added: readonly T[];
  /** Index in the new list of the first added record (they stand together), when any were added. */
  readonly at?: number;
}

/**
 * A recorded delta holds its base weakly. Held strongly, each list would keep the one it was made from alive, and
 * that one its own base: a whole edit session's 200,000-entry lists (1.6 MB each), however long ago the edit. A
 * reader asks with the base it holds, so a base that matters is alive.
 */
interface StoredDelta {
  readonly base: WeakRef<readonly unknown[]>;
  readonly removed: readonly unknown[];
  readonly added: readonly unknown[];
  readonly at: number | undefined;
}

const deltas = new WeakMap<readonly unknown[], StoredDelta>();

/** Records that `next` is `delta.base` with `delta.removed` taken out and `delta.added` put in; returns `next`. */
export function withDelta<T>(next: readonly T[], delta: ListDelta<T>): readonly T[] {
  if (next !== delta.base)
    deltas.set(next, {
      base: new WeakRef(delta.base),
      removed: delta.removed,
      added: delta.added,
      at: delta.at,
    });
  return next;
}

/** The delta from `base` to `next`, when `next` was made from exactly `base` by an op that recorded it. */
export function deltaFrom<T>(base: readonly T[], next: readonly T[]): ListDelta<T> | undefined {
  const d = deltas.get(next);
  if (d === undefined || d.base.deref() !== base) return undefined;
  const { removed, added, at } = d as unknown as { removed: readonly T[]; added: readonly T[]; at?: number };
  return at === undefined ? { base, removed, added } : { base, removed, added, at };
}

/** `list` with `added` appended, without the iterator protocol of a spread (about 3× faster at 200,000 entries). */
export function appended<T>(list: readonly T[], added: readonly T[]): readonly T[] {
  if (added.length === 0) return list;
  return withDelta(list.concat(added), { base: list, removed: [], added, at: list.length });
}

/**
 * Where `after` differs from `before`, for lists without a recorded delta: the common start and end are skipped
 * and the run between is returned, with `start` its index in `after`. Undefined when the run is longer than `max`
 * (and `before` is not empty), found before anything is copied.
 */
export function differingRun<T>(
  before: readonly T[],
  after: readonly T[],
  max: number,
): { readonly removed: readonly T[]; readonly added: readonly T[]; readonly start: number } | undefined {
  if (before === after) return { removed: [], added: [], start: 0 };
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (before.length > 0 && (endBefore - start > max || endAfter - start > max)) return undefined;
  return { removed: before.slice(start, endBefore), added: after.slice(start, endAfter), start };
}

/**
 * The index of the one record `after` holds in place of `before`'s under the same id (a rack moved, renamed or given
 * a door, as `replaceById` records it), or undefined when the recorded delta says anything else or there is none.
 * Whatever is keyed on the records' ids and positions in the list then carries over.
 */
export function replacedInPlace<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): number | undefined {
  const d = deltaFrom(before, after);
  if (!d || d.at === undefined || d.removed.length !== 1 || d.added.length !== 1) return undefined;
  return d.removed[0]?.id === d.added[0]?.id && after[d.at] === d.added[0] ? d.at : undefined;
}
