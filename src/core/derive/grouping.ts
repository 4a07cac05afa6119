/**
 * Devices and side items grouped by rack. Grouping 20,000 records costs a Map operation each, so the last grouping
 * is kept and, when the next list differs from the last one by a few records (one placement, move or removal, as the
 * ops produce), it is patched: only the racks whose records changed get a new list, every other rack keeps the
 * same list object, and the rack evaluation cache then hits on identity.
 *
 * The ops record what they changed (`ops/listDelta.ts`), so a patch costs O(changed records + their racks' sizes)
 * whatever the pod's size; a list without a recorded delta is compared with the last one from both ends.
 */
import { deltaFrom, differingRun } from '../ops/listDelta';

interface InRack {
  readonly id: string;
  readonly rack: string;
}

export interface Grouping<T extends InRack> {
  /** Records of each rack that exists, in list order (patched groups may differ in order; evaluation sorts). */
  readonly byRack: ReadonlyMap<string, readonly T[]>;
  /** Records whose rack is not in the layout. */
  readonly orphans: readonly T[];
  /**
   * Set when this grouping was patched from `from`: the racks whose lists changed (every other rack's list is the
   * same object as in `from`).
   */
  readonly patchedFrom?: { readonly from: Grouping<T>; readonly racks: readonly string[] };
}

/** The grouping as kept between edits: its map is patched in place. */
interface KeptGrouping<T extends InRack> extends Grouping<T> {
  readonly byRack: Map<string, readonly T[]>;
}

/** Largest changed run that is patched rather than regrouped. */
const MAX_PATCH = 64;

function groupFromScratch<T extends InRack>(
  list: readonly T[],
  rackIds: ReadonlySet<string>,
): KeptGrouping<T> {
  const byRack = new Map<string, T[]>();
  const orphans: T[] = [];
  let lastRack: string | undefined;
  let lastList: T[] | undefined;
  for (const d of list) {
    // Records of one rack usually sit together: skip the Map lookup while the rack repeats.
    if (d.rack === lastRack && lastList) {
      lastList.push(d);
      continue;
    }
    let l = byRack.get(d.rack);
    if (!l) {
      if (!rackIds.has(d.rack)) {
        orphans.push(d);
        lastRack = undefined;
        lastList = undefined;
        continue;
      }
      l = [];
      byRack.set(d.rack, l);
    }
    l.push(d);
    lastRack = d.rack;
    lastList = l;
  }
  return { byRack, orphans };
}

/** Keeps the last grouping of one kind of record (devices or side items) to patch the next from. */
export class IncrementalGrouping<T extends InRack> {
  private last:
    { list: readonly T[]; racks: readonly { readonly id: string }[]; grouping: KeptGrouping<T> } | undefined;

  group(
    list: readonly T[],
    racks: readonly { readonly id: string }[],
    rackIds: ReadonlySet<string>,
  ): Grouping<T> {
    const last = this.last;
    let grouping: KeptGrouping<T> | undefined;
    if (last && (last.racks === racks || sameRackIds(last.racks, racks))) {
      grouping = last.list === list ? last.grouping : patch(last.list, list, last.grouping, rackIds);
    }
    grouping ??= groupFromScratch(list, rackIds);
    this.last = { list, racks, grouping };
    return grouping;
  }
}

/**
 * Whether `after` holds the racks of `before` under the same ids, known from the op's recorded delta (a rack moved,
 * renamed or given a door): the grouping, which depends only on rack ids, then carries over.
 */
function sameRackIds(
  before: readonly { readonly id: string }[],
  after: readonly { readonly id: string }[],
): boolean {
  const d = deltaFrom(before, after);
  if (!d || d.removed.length !== d.added.length) return false;
  const ids = new Set(d.removed.map((r) => r.id));
  return d.added.every((r) => ids.delete(r.id)) && ids.size === 0;
}

function patch<T extends InRack>(
  before: readonly T[],
  after: readonly T[],
  grouping: KeptGrouping<T>,
  rackIds: ReadonlySet<string>,
): KeptGrouping<T> | undefined {
  const delta = deltaFrom(before, after);
  const run = delta ?? differingRun(before, after, MAX_PATCH);
  if (!run) return undefined;
  const { removed, added } = run;
  if (removed.length > MAX_PATCH || added.length > MAX_PATCH) return undefined;
  if (removed.some((r) => !rackIds.has(r.rack)) || added.some((a) => !rackIds.has(a.rack))) return undefined;

  // New lists for the touched racks first; the grouping's map is changed only once every removal was found.
  const byRack = grouping.byRack;
  const touched = new Map<string, T[]>();
  const listFor = (rack: string): T[] => {
    let l = touched.get(rack);
    if (!l) {
      l = [...(byRack.get(rack) ?? [])];
      touched.set(rack, l);
    }
    return l;
  };
  for (const r of removed) {
    const l = listFor(r.rack);
    const i = l.indexOf(r);
    if (i < 0) return undefined;
    l.splice(i, 1);
  }
  for (const a of added) listFor(a.rack).push(a);
  // The last grouping is dropped once patched (only `IncrementalGrouping` holds it), so its map is updated in
  // place rather than copied: copying 5,000 racks' entries per edit was most of a patch at 200,000 devices.
  for (const [rack, l] of touched) {
    if (l.length === 0) byRack.delete(rack);
    else byRack.set(rack, l);
  }
  return { byRack, orphans: grouping.orphans, patchedFrom: { from: grouping, racks: [...touched.keys()] } };
}
