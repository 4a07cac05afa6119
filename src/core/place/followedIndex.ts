/**
 * A lookup derived from one record list and carried from list to list by the lists' recorded deltas (`listDelta.ts`)
 * instead of being built again for every new list. Each edit of a 20,000-device pod makes a new device list; an index
 * memoized per list (a WeakMap) was rebuilt in full for every edit and every undo (a Map of 20,000 ids, the largest
 * single cost in the browser's edit path after the rules). Followed, an edit costs the records it changed, and so
 * does its undo (the list the edit was made from is reached by the delta backwards).
 *
 * The index is kept for the last list asked about and changed in place: read it at once, do not hold it across
 * edits. It goes forward by a list's recorded delta, back along the steps it came (up to {@link TRAIL}), or back one
 * step by the kept list's own delta; a list with none of these (a file, a jump in the history) gets a fresh index.
 */
import { deltaFrom } from '../ops/listDelta';

export interface Follower<T, I> {
  /** A fresh index of `list`. */
  readonly build: (list: readonly T[]) => I;
  /** Changes `index` in place: `removed` taken out, then `added` put in. */
  readonly apply: (index: I, removed: readonly T[], added: readonly T[]) => void;
}

/** Steps remembered behind the kept index, to go back along them (the app's "how many more fit" places ~40). */
const TRAIL = 128;

export function followed<T, I>({ build, apply }: Follower<T, I>): (list: readonly T[]) => I {
  let kept: { list: readonly T[]; index: I } | null = null;
  // The lists the kept index was carried forward from, oldest first, and what each step changed. "How many more
  // fit" places one unit after another on the pod, then the app asks about the pod again: back along the trail.
  // The lists are held weakly (a chain of 200,000-entry candidates is not kept alive for this).
  let trail: { list: WeakRef<readonly T[]>; removed: readonly T[]; added: readonly T[] }[] = [];
  // Indexes of lists left for an unrelated one (two scenarios, a file): no longer changed, so memoized as they are.
  const left = new WeakMap<readonly T[], I>();
  const moveTo = (list: readonly T[], index: I) => {
    kept = { list, index };
    return index;
  };
  return (list) => {
    if (kept?.list === list) return kept.index;
    if (kept) {
      const { index } = kept;
      const forward = deltaFrom(kept.list, list);
      if (forward) {
        apply(index, forward.removed, forward.added);
        trail.push({ list: new WeakRef(kept.list), removed: forward.removed, added: forward.added });
        if (trail.length > TRAIL) trail.shift();
        return moveTo(list, index);
      }
      const back = trail.findLastIndex((s) => s.list.deref() === list);
      if (back >= 0) {
        for (let i = trail.length - 1; i >= back; i--) apply(index, trail[i]!.added, trail[i]!.removed);
        trail.length = back;
        return moveTo(list, index);
      }
      const backward = deltaFrom(list, kept.list);
      trail = [];
      if (backward) {
        apply(index, backward.added, backward.removed);
        return moveTo(list, index);
      }
      left.set(kept.list, index);
    }
    const known = left.get(list);
    left.delete(list);
    return moveTo(list, known ?? build(list));
  };
}

/** Records by id, followed from list to list (ids are unique in a layout). */
export const followedById = <T extends { readonly id: string }>(): ((
  list: readonly T[],
) => ReadonlyMap<string, T>) =>
  followed<T, Map<string, T>>({
    build: (list) => {
      const map = new Map<string, T>();
      for (const r of list) map.set(r.id, r);
      return map;
    },
    apply: (map, removed, added) => {
      for (const r of removed) if (map.get(r.id) === r) map.delete(r.id);
      for (const r of added) map.set(r.id, r);
    },
  });
