/**
 * Lookups over a layout, memoized on the identity of its lists (edits share untouched lists, so an edit to one
 * device does not rebuild the rack index).
 */
import type {
  DevicePlacement,
  FloorUnitPlacement,
  Layout,
  LinkPlacement,
  RackPlacement,
  SideItemPlacement,
} from '../model/layout';
import type { SelectionRef } from './types';
import { followed, followedById } from './followedIndex';

export type RecordOf =
  | { readonly kind: 'rack'; readonly record: RackPlacement }
  | { readonly kind: 'device'; readonly record: DevicePlacement }
  | { readonly kind: 'side'; readonly record: SideItemPlacement }
  | { readonly kind: 'floorUnit'; readonly record: FloorUnitPlacement };

const memo = <K extends object, V>(build: (key: K) => V): ((key: K) => V) => {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = build(key);
      cache.set(key, v);
    }
    return v;
  };
};

export const racksById = memo(
  (racks: readonly RackPlacement[]) => new Map(racks.map((r) => [r.id as string, r])),
);

export const devicesByRack = memo((devices: readonly DevicePlacement[]) => {
  const map = new Map<string, DevicePlacement[]>();
  for (const d of devices) {
    const list = map.get(d.rack);
    if (list) list.push(d);
    else map.set(d.rack, [d]);
  }
  return map as ReadonlyMap<string, readonly DevicePlacement[]>;
});

export const sideItemsByRack = memo((items: readonly SideItemPlacement[]) => {
  const map = new Map<string, SideItemPlacement[]>();
  for (const s of items) {
    const list = map.get(s.rack);
    if (list) list.push(s);
    else map.set(s.rack, [s]);
  }
  return map as ReadonlyMap<string, readonly SideItemPlacement[]>;
});

// Followed from edit to edit: every edit makes a new device list, and the selection is checked against it.
const devicesById = followedById<DevicePlacement>();
const sideById = memo(
  (items: readonly SideItemPlacement[]) => new Map(items.map((d) => [d.id as string, d])),
);
const unitsById = memo(
  (units: readonly FloorUnitPlacement[]) => new Map(units.map((d) => [d.id as string, d])),
);

/**
 * How many link ends name each device (a device absent has none), followed from edit to edit: the inspector asks it
 * of the selected device after every edit before building any cable rows.
 */
export const linkEndsByDevice = followed<LinkPlacement, Map<string, number>>({
  build: (links) => {
    const ends = new Map<string, number>();
    for (const l of links) for (const e of [l.a, l.b]) ends.set(e.device, (ends.get(e.device) ?? 0) + 1);
    return ends;
  },
  apply: (ends, removed, added) => {
    for (const l of removed)
      for (const e of [l.a, l.b]) {
        const n = (ends.get(e.device) ?? 0) - 1;
        if (n > 0) ends.set(e.device, n);
        else ends.delete(e.device);
      }
    for (const l of added) for (const e of [l.a, l.b]) ends.set(e.device, (ends.get(e.device) ?? 0) + 1);
  },
}) as (links: readonly LinkPlacement[]) => ReadonlyMap<string, number>;

const linksById = memo((links: readonly LinkPlacement[]) => new Map(links.map((l) => [l.id as string, l])));

/** The link a ref names, or null (links are selectable but are not placed records: `findRecord` skips them). */
export const findLink = (layout: Layout, ref: SelectionRef): LinkPlacement | null =>
  ref.kind === 'link' ? (linksById(layout.links).get(ref.id) ?? null) : null;

/** Whether the record or link a selection ref names is still in the layout. */
export const refExists = (layout: Layout, ref: SelectionRef): boolean =>
  ref.kind === 'link' ? findLink(layout, ref) !== null : findRecord(layout, ref) !== null;

/** The record a selection ref names, or null when it is gone (e.g. after undo) or is a link. */
export function findRecord(layout: Layout, ref: SelectionRef): RecordOf | null {
  if (ref.kind === 'link') return null;
  if (ref.kind === 'rack') {
    const record = racksById(layout.racks).get(ref.id);
    return record ? { kind: 'rack', record } : null;
  }
  if (ref.kind === 'floorUnit') {
    const record = unitsById(layout.floorUnits).get(ref.id);
    return record ? { kind: 'floorUnit', record } : null;
  }
  const device = devicesById(layout.devices).get(ref.id);
  if (device) return { kind: 'device', record: device };
  const side = sideById(layout.sideItems).get(ref.id);
  return side ? { kind: 'side', record: side } : null;
}

/** The selection ref of any record id in the layout. */
export function refOfId(layout: Layout, id: string): SelectionRef | null {
  if (racksById(layout.racks).has(id)) return { kind: 'rack', id };
  if (devicesById(layout.devices).has(id) || sideById(layout.sideItems).has(id))
    return { kind: 'device', id };
  if (unitsById(layout.floorUnits).has(id)) return { kind: 'floorUnit', id };
  return null;
}

/** The rack a record lives in (racks are their own rack); null for floor units. */
export function rackOf(layout: Layout, ref: SelectionRef): string | null {
  const found = findRecord(layout, ref);
  if (!found) return null;
  if (found.kind === 'rack') return found.record.id;
  if (found.kind === 'floorUnit') return null;
  return found.record.rack;
}

/** Racks sorted the way users read a floor: row, then slot. */
export const racksInFloorOrder = memo((racks: readonly RackPlacement[]) =>
  [...racks].sort((a, b) => a.position.row - b.position.row || a.position.slot - b.position.slot),
);
