/**
 * Pure layout edits: `(layout, args) => layout`. Each returns the same object when nothing changed and shares every
 * untouched record, so caches keyed on record identity (the rack evaluations) stay valid for untouched racks.
 */
import type { DeviceId, FloorUnitId, LinkId, RackId } from '../model/ids';
import type {
  DevicePlacement,
  FloorGrid,
  FloorPosition,
  FloorUnitPlacement,
  Layout,
  LinkPlacement,
  PodLimits,
  RackPlacement,
  SideItemPlacement,
} from '../model/layout';
import { appended, withDelta } from './listDelta';

/** A partial update; an `undefined` value removes an optional field. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

export { nextId } from './idIndex';

/** Index of the record with `id`, or -1 (a plain loop: a `findIndex` closure costs about 3× as much on 200,000). */
function indexOfId(list: readonly { readonly id: string }[], id: string): number {
  for (let i = 0; i < list.length; i++) if ((list[i] as { readonly id: string }).id === id) return i;
  return -1;
}

/** Whether an id is one of `ids`: a plain comparison for one id (most removals), a set look-up for more. */
function memberOf(ids: ReadonlySet<string>): (id: string) => boolean {
  if (ids.size === 1) {
    const [only] = ids;
    return (id) => id === only;
  }
  return (id) => ids.has(id);
}

/** Up to this many removals are spliced out of one copy of the list; more are compacted in a single pass. */
const FEW_REMOVED = 16;

/**
 * `list` without the records `drop` picks (the same list when it picks none), with the delta recorded, and what it
 * took out. The list is copied once with `slice` and the few removed records spliced out of the copy: building a
 * 200,000-entry list by `push` costs about 4× a slice, and a scan that only compares allocates nothing.
 */
function dropWhere<T>(
  list: readonly T[],
  drop: (r: T) => boolean,
): { readonly list: readonly T[]; readonly removed: readonly T[] } {
  const at: number[] = [];
  for (let i = 0; i < list.length; i++) if (drop(list[i] as T)) at.push(i);
  if (at.length === 0) return { list, removed: [] };
  const removed = at.map((i) => list[i] as T);
  const next = list.slice();
  if (at.length <= FEW_REMOVED) {
    for (let k = at.length - 1; k >= 0; k--) next.splice(at[k] as number, 1);
  } else {
    let kept = 0;
    for (let i = 0, k = 0; i < list.length; i++) {
      if (i === at[k]) k++;
      else next[kept++] = list[i] as T;
    }
    next.length = kept;
  }
  return { list: withDelta(next, { base: list, removed, added: [] }), removed };
}

const replaceById = <T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  update: (record: T) => T,
): readonly T[] => {
  const i = indexOfId(list, id);
  if (i < 0) return list;
  const current = list[i] as T;
  const next = update(current);
  if (next === current) return list;
  const copy = list.slice();
  copy[i] = next;
  return withDelta(copy, { base: list, removed: [current], added: [next], at: i });
};

const shallowSame = <T extends object>(a: T, patch: Patch<T>): boolean =>
  (Object.keys(patch) as (keyof T)[]).every((k) => a[k] === patch[k] || samePosition(a[k], patch[k]));

function samePosition(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const pa = a as Partial<FloorPosition>;
  const pb = b as Partial<FloorPosition>;
  return pa.row !== undefined && pa.row === pb.row && pa.slot === pb.slot && Object.keys(a).length === 2;
}

function patchRecord<T extends object>(record: T, patch: NoInfer<Patch<T>>): T {
  if (shallowSame(record, patch)) return record;
  const next = { ...record } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as T;
}

export const addRack = (layout: Layout, rack: RackPlacement): Layout => ({
  ...layout,
  racks: appended(layout.racks, [rack]),
});

export function updateRack(
  layout: Layout,
  id: RackId,
  patch: Patch<Pick<RackPlacement, 'name' | 'position' | 'rearDoor' | 'sku'>>,
): Layout {
  const racks = replaceById(layout.racks, id, (r) => patchRecord(r, patch));
  return racks === layout.racks ? layout : { ...layout, racks };
}

export const placeDevice = (layout: Layout, device: DevicePlacement): Layout => ({
  ...layout,
  devices: appended(layout.devices, [device]),
});

/** Moves or edits a device (rack, U, face, feed, name). */
export function updateDevice(
  layout: Layout,
  id: DeviceId,
  patch: Patch<Pick<DevicePlacement, 'rack' | 'u' | 'face' | 'feed' | 'name' | 'powerFactor'>>,
): Layout {
  const devices = replaceById(layout.devices, id, (d) => patchRecord(d, patch));
  return devices === layout.devices ? layout : { ...layout, devices };
}

export const addSideItem = (layout: Layout, item: SideItemPlacement): Layout => ({
  ...layout,
  sideItems: appended(layout.sideItems, [item]),
});

export function updateSideItem(
  layout: Layout,
  id: DeviceId,
  patch: Patch<Pick<SideItemPlacement, 'rack' | 'side' | 'feed' | 'name'>>,
): Layout {
  const sideItems = replaceById(layout.sideItems, id, (d) => patchRecord(d, patch));
  return sideItems === layout.sideItems ? layout : { ...layout, sideItems };
}

export const addFloorUnit = (layout: Layout, unit: FloorUnitPlacement): Layout => ({
  ...layout,
  floorUnits: appended(layout.floorUnits, [unit]),
});

export function updateFloorUnit(
  layout: Layout,
  id: FloorUnitId,
  patch: Patch<Pick<FloorUnitPlacement, 'position' | 'serves' | 'name'>>,
): Layout {
  const floorUnits = replaceById(layout.floorUnits, id, (u) => patchRecord(u, patch));
  return floorUnits === layout.floorUnits ? layout : { ...layout, floorUnits };
}

export const addLink = (layout: Layout, link: LinkPlacement): Layout => ({
  ...layout,
  links: appended(layout.links, [link]),
});

export function setLimits(layout: Layout, patch: Patch<PodLimits>): Layout {
  const limits = patchRecord(layout.limits, patch);
  return limits === layout.limits ? layout : { ...layout, limits };
}

export function setFloor(layout: Layout, patch: Partial<FloorGrid>): Layout {
  const floor = patchRecord(layout.floor, patch);
  return floor === layout.floor ? layout : { ...layout, floor };
}

export const rename = (layout: Layout, name: string): Layout =>
  layout.name === name ? layout : { ...layout, name };

/**
 * Removes records by id. Removing a rack removes what is in it; removing a device removes its links. Returns the
 * same layout when none of the ids is present.
 */
export function removeItems(layout: Layout, ids: Iterable<string>): Layout {
  const gone = new Set(ids);
  if (gone.size === 0) return layout;
  const named = memberOf(gone);
  const racks = dropWhere(layout.racks, (r) => named(r.id));
  const rackGone = racks.removed.length > 0 ? memberOf(new Set(racks.removed.map((r) => r.id))) : undefined;
  const inRack = rackGone
    ? (d: { readonly id: string; readonly rack: string }) => named(d.id) || rackGone(d.rack)
    : (d: { readonly id: string }) => named(d.id);
  const devices = dropWhere(layout.devices, inRack);
  const sideItems = dropWhere(layout.sideItems, inRack);
  const floorUnits = dropWhere(layout.floorUnits, (u) => named(u.id));
  // Links go with the devices and side items they join.
  const endsGone =
    devices.removed.length + sideItems.removed.length > 0
      ? memberOf(new Set([...devices.removed, ...sideItems.removed].map((d) => d.id)))
      : undefined;
  const links = dropWhere(
    layout.links,
    endsGone ? (l) => named(l.id) || endsGone(l.a.device) || endsGone(l.b.device) : (l) => named(l.id),
  );
  if (
    racks.list === layout.racks &&
    devices.list === layout.devices &&
    sideItems.list === layout.sideItems &&
    floorUnits.list === layout.floorUnits &&
    links.list === layout.links
  )
    return layout;
  return {
    ...layout,
    racks: racks.list,
    devices: devices.list,
    sideItems: sideItems.list,
    floorUnits: floorUnits.list,
    links: links.list,
  };
}

export const removeLink = (layout: Layout, id: LinkId): Layout => removeItems(layout, [id]);
