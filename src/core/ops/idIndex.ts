/**
 * Fresh ids `<prefix>-<n>` for new records: one past the highest `<prefix>-<n>` in use, then the first free one.
 *
 * Finding that needs every id of the pod. "How many more fit" and Fill place one record after another, each on the
 * layout the last placement made, so the set of ids is kept for the last layout asked about and carried forward by
 * the lists' recorded deltas (`listDelta.ts`): a layout one placement newer costs the ids added, not the 50,000
 * already there. A layout without a delta from the kept one (a file, undo to an older layout) is indexed afresh.
 */
import type { Layout } from '../model/layout';
import { deltaFrom } from './listDelta';

type Lists = readonly (readonly { readonly id: string }[])[];

const listsOf = (l: Layout): Lists => [l.racks, l.devices, l.sideItems, l.floorUnits, l.links];

interface IdIndex {
  lists: Lists;
  readonly taken: Set<string>;
  /** Per prefix, one past the highest number in use; dropped when an id of that prefix is removed. */
  readonly highest: Map<string, number>;
}

let kept: IdIndex | null = null;

/** The number `id` carries after `prefix-`, or null. */
function numberAfter(id: string, prefix: string): number | null {
  if (!id.startsWith(`${prefix}-`)) return null;
  const k = Number(id.slice(prefix.length + 1));
  return Number.isInteger(k) ? k : null;
}

/** The kept index moved forward to `lists`, or null when some list has no recorded delta from the kept one. */
function carriedForward(index: IdIndex, lists: Lists): IdIndex | null {
  const steps = lists.map((list, i) => {
    const old = index.lists[i] as Lists[number];
    return list === old ? { removed: [], added: [] } : deltaFrom(old, list);
  });
  if (steps.some((s) => s === undefined)) return null;
  for (const step of steps) {
    for (const r of step!.removed) {
      index.taken.delete(r.id);
      for (const prefix of index.highest.keys())
        if (numberAfter(r.id, prefix) !== null) index.highest.delete(prefix);
    }
    for (const r of step!.added) {
      index.taken.add(r.id);
      for (const [prefix, n] of index.highest) {
        const k = numberAfter(r.id, prefix);
        if (k !== null && k >= n) index.highest.set(prefix, k + 1);
      }
    }
  }
  index.lists = lists;
  return index;
}

function indexOf(layout: Layout): IdIndex {
  const lists = listsOf(layout);
  if (kept && lists.every((l, i) => l === kept!.lists[i])) return kept;
  const moved = kept && carriedForward(kept, lists);
  if (moved) return moved;
  const taken = new Set<string>();
  for (const list of lists) for (const r of list) taken.add(r.id);
  kept = { lists, taken, highest: new Map() };
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
