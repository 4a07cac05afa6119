/**
 * Duplicate: devices go to the lowest free U of the same rack and face; racks (with their contents) and floor units
 * go to the next free floor position.
 */
import type { Catalog, Layout } from '../core';
import {
  addFloorUnit,
  addRack,
  addSideItem,
  deviceId,
  devicesByRack,
  findRecord,
  firstFreeFloor,
  firstFreeU,
  floorName,
  floorSpanOf,
  floorUnitId,
  freshId,
  idPrefixFor,
  placeDevice,
  rackId,
  sideItemsByRack,
} from '../core';
import type { SelectionRef } from './session';

export interface DuplicateResult {
  readonly layout: Layout;
  readonly created: readonly SelectionRef[];
  /** Records that found no free space. */
  readonly skipped: number;
}

export function duplicateRecords(
  layout: Layout,
  catalog: Catalog,
  refs: readonly SelectionRef[],
): DuplicateResult {
  let next = layout;
  const created: SelectionRef[] = [];
  let skipped = 0;
  for (const ref of refs) {
    const found = findRecord(layout, ref);
    if (!found) continue;
    const item = catalog.items.get(found.record.sku);
    if (!item) {
      skipped++;
      continue;
    }
    const id = freshId(next, idPrefixFor(item));
    if (found.kind === 'device') {
      const d = found.record;
      const u = firstFreeU(next, catalog, d.rack, item, d.face);
      if (u === null) {
        skipped++;
        continue;
      }
      next = placeDevice(next, {
        ...d,
        id: deviceId(id),
        u,
        ...(d.name !== undefined && { name: `${d.name} copy` }),
      });
      created.push({ kind: 'device', id });
    } else if (found.kind === 'side') {
      next = addSideItem(next, { ...found.record, id: deviceId(id) });
      created.push({ kind: 'device', id });
    } else if (found.kind === 'floorUnit') {
      const position = firstFreeFloor(
        next,
        catalog,
        floorSpanOf(item, next.floor.pitchMm),
        found.record.position,
      );
      if (!position) {
        skipped++;
        continue;
      }
      next = addFloorUnit(next, { ...found.record, id: floorUnitId(id), position });
      created.push({ kind: 'floorUnit', id });
    } else {
      const r = found.record;
      const position = firstFreeFloor(next, catalog, floorSpanOf(item, next.floor.pitchMm), r.position);
      if (!position) {
        skipped++;
        continue;
      }
      next = addRack(next, { ...r, id: rackId(id), name: floorName(position), position });
      for (const d of devicesByRack(layout.devices).get(r.id) ?? []) {
        const did = freshId(next, idPrefixFor(catalog.items.get(d.sku) ?? item));
        next = placeDevice(next, { ...d, id: deviceId(did), rack: rackId(id) });
      }
      for (const s of sideItemsByRack(layout.sideItems).get(r.id) ?? []) {
        next = addSideItem(next, { ...s, id: deviceId(freshId(next, 'pdu')), rack: rackId(id) });
      }
      created.push({ kind: 'rack', id });
    }
  }
  return { layout: next, created, skipped };
}
