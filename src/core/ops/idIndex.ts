/**
 * Fresh ids `<prefix>-<n>` for new records: one past the highest `<prefix>-<n>` in use, then the first free one.
 *
 * Finding that needs every id of the pod. "How many more fit" and Fill place one record after another, each on the
 * layout the last placement made, so the set of ids is kept for the last layout asked about and carried forward by
 * the lists' recorded deltas (`listDelta.ts`): a layout one placement newer costs the ids added, not the 50,000
 * already there. Going back (an undo, or the pod again after "how many more fit" placed its units one by one on
 * candidates) undoes the steps it came by, and takes the highest numbers remembered for then. A layout reached by
 * none of these (a file, a jump several edits back) is indexed afresh.
 */
import type { Layout } from '../model/layout';
import { deltaFrom } from './listDelta';

type Lists = readonly (readonly { readonly id: string }[])[];

const listsOf = (l: Layout): Lists => [l.racks, l.devices, l.sideItems, l.floorUnits, l.links];

interface Step {
  readonly removed: readonly { readonly id: string }[];
  readonly added: readonly { readonly id: string }[];
}

interface IdIndex {
  lists: Lists;
  readonly taken: Set<string>;
  /** Per prefix, one past the highest number in use; dropped when the highest id of that prefix is removed. */
  highest: Map<string, number>;
  /**
   * The lists the index was carried forward from (held weakly), oldest first, each with what the step changed and
   * `highest` as it was for them: "how many more fit" places one unit after another, then the app asks about the
   * pod again, and an undo goes back one edit. Going back there needs no scan for the highest ids of then.
   */
  trail: {
    readonly lists: readonly WeakRef<Lists[number]>[];
    readonly steps: readonly Step[];
    readonly highest: ReadonlyMap<string, number>;
  }[];
}

/** Steps remembered behind the kept index (as in `place/followedIndex.ts`). */
const TRAIL = 128;

let kept: IdIndex | null = null;

/** The number `id` carries after `prefix-`, or null. */
function numberAfter(id: string, prefix: string): number | null {
  if (!id.startsWith(`${prefix}-`)) return null;
  const k = Number(id.slice(prefix.length + 1));
  return Number.isInteger(k) ? k : null;
}

const sameLists = (a: Lists, b: Lists) => a.every((l, i) => l === b[i]);

/** `steps` applied to the index's ids and highest numbers (each list's removals, then its additions). */
function applySteps(index: IdIndex, steps: readonly Step[], inverse: boolean): void {
  for (const step of steps) {
    for (const r of inverse ? step.added : step.removed) {
      index.taken.delete(r.id);
      for (const [prefix, n] of index.highest)
        if (numberAfter(r.id, prefix) === n - 1) index.highest.delete(prefix);
    }
    for (const r of inverse ? step.removed : step.added) {
      index.taken.add(r.id);
      for (const [prefix, n] of index.highest) {
        const k = numberAfter(r.id, prefix);
        if (k !== null && k >= n) index.highest.set(prefix, k + 1);
      }
    }
  }
}

/**
 * The kept index moved to `lists`: forward by their recorded deltas, back along its trail, or back one step by the
 * kept lists' own deltas (an undo of an edit the index did not follow); null when none of these reaches them.
 */
function carried(index: IdIndex, lists: Lists): IdIndex | null {
  const forward = lists.map((list, i) => {
    const old = index.lists[i] as Lists[number];
    return list === old ? { removed: [], added: [] } : deltaFrom(old, list);
  });
  if (forward.every((s) => s !== undefined)) {
    index.trail.push({
      lists: index.lists.map((l) => new WeakRef(l)),
      steps: forward,
      highest: new Map(index.highest),
    });
    if (index.trail.length > TRAIL) index.trail.shift();
    applySteps(index, forward, false);
    index.lists = lists;
    return index;
  }
  const back = index.trail.findLastIndex((t) => t.lists.every((l, i) => l.deref() === lists[i]));
  if (back >= 0) {
    for (let i = index.trail.length - 1; i >= back; i--) applySteps(index, index.trail[i]!.steps, true);
    // The highest numbers of then were known then.
    index.highest = new Map(index.trail[back]!.highest);
    index.trail.length = back;
    index.lists = lists;
    return index;
  }
  const backward = lists.map((list, i) => {
    const old = index.lists[i] as Lists[number];
    return list === old ? { removed: [], added: [] } : deltaFrom(list, old);
  });
  if (backward.some((s) => s === undefined)) return null;
  applySteps(index, backward as Step[], true);
  index.trail = [];
  index.lists = lists;
  return index;
}

function indexOf(layout: Layout): IdIndex {
  const lists = listsOf(layout);
  if (kept && sameLists(lists, kept.lists)) return kept;
  const moved = kept && carried(kept, lists);
  if (moved) return moved;
  const taken = new Set<string>();
  for (const list of lists) for (const r of list) taken.add(r.id);
  kept = { lists, taken, highest: new Map(), trail: [] };
  return kept;
}

/** A fresh id `<prefix>-<n>` not used by any record of the layout. */
export function nextId(layout: Layout, prefix: string): string {
  const { taken, highest } = indexOf(layout);
  let n = highest.get(prefix);
  if (n === undefined) {
    n = 1;
    for (const id of taken) {
      const k = numberAfter(id, prefix);
      if (k !== null && k >= n) n = k + 1;
    }
    highest.set(prefix, n);
  }
  let free = n;
  while (taken.has(`${prefix}-${free}`)) free++;
  return `${prefix}-${free}`;
}
