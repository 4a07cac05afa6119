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

const replaceById = <T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  update: (record: T) => T,
): readonly T[] => {
  const i = list.findIndex((r) => r.id === id);
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
  /** Ids of the devices and side items taken out, collected while filtering (for their links). */
  const removedDevices = new Set<string>();
  const keep = <T extends { readonly id: string }>(
    list: readonly T[],
    also?: (r: T) => boolean,
    removed?: Set<string>,
  ): readonly T[] => {
    const next: T[] = [];
    const dropped: T[] = [];
    for (const r of list) {
      if (gone.has(r.id) || (also !== undefined && also(r))) {
        dropped.push(r);
        removed?.add(r.id);
      } else next.push(r);
    }
    return dropped.length === 0 ? list : withDelta(next, { base: list, removed: dropped, added: [] });
  };
  const removedRacks = new Set<string>();
  const racks = keep(layout.racks, undefined, removedRacks);
  const inRemovedRack = removedRacks.size > 0 ? (d: { rack: string }) => removedRacks.has(d.rack) : undefined;
  const devices = keep(layout.devices, inRemovedRack, removedDevices);
  const sideItems = keep(layout.sideItems, inRemovedRack, removedDevices);
  const floorUnits = keep(layout.floorUnits);
  const links =
    removedDevices.size > 0
      ? keep(layout.links, (l) => removedDevices.has(l.a.device) || removedDevices.has(l.b.device))
      : keep(layout.links);
  if (
    racks === layout.racks &&
    devices === layout.devices &&
    sideItems === layout.sideItems &&
    floorUnits === layout.floorUnits &&
    links === layout.links
  )
    return layout;
  return { ...layout, racks, devices, sideItems, floorUnits, links };
}

export const removeLink = (layout: Layout, id: LinkId): Layout => removeItems(layout, [id]);
