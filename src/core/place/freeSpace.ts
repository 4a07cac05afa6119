/**
 * Where there is room: the lowest free U for an item in a rack, and the first free floor position. Used by the
 * keyboard path ("place in this rack"), by duplicate and by drops that name a rack but no U.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { Face, FloorPosition, Layout } from '../model/layout';
import { isFullDepth, uHeightOf } from '../model/catalog';
import { devicesByRack, racksById } from './layoutIndex';

/** Positions an item spans along its row (as the core's space rule counts them). */
export function floorSpanOf(item: CatalogItem | undefined, pitchMm: number): number {
  const width =
    item?.kind === 'rack'
      ? item.widthMm
      : item && 'footprintMm' in item
        ? item.footprintMm?.width
        : undefined;
  return Math.max(1, Math.ceil((width ?? pitchMm) / pitchMm - 1e-9));
}

/** Half-U occupancy of one face of a rack, ignoring the devices in `except`. */
export function faceOccupancy(
  layout: Layout,
  catalog: Catalog,
  rackId: string,
  face: Face,
  except: ReadonlySet<string> = new Set(),
): Uint8Array {
  const rack = racksById(layout.racks).get(rackId);
  const rackItem = rack ? catalog.items.get(rack.sku) : undefined;
  const heightU = rackItem?.kind === 'rack' ? rackItem.heightU : 0;
  const used = new Uint8Array(Math.round(heightU * 2));
  for (const d of devicesByRack(layout.devices).get(rackId) ?? []) {
    if (except.has(d.id)) continue;
    const item = catalog.items.get(d.sku);
    if (!item) continue;
    if (d.face !== face && !isFullDepth(item)) continue;
    const start = Math.round((d.u - 1) * 2);
    const end = start + Math.round(uHeightOf(item) * 2);
    for (let s = Math.max(0, start); s < Math.min(end, used.length); s++) used[s] = 1;
  }
  return used;
}

/** Whether `uHeight` U starting at `u` are free on `face` (and on the other face too for full-depth items). */
export function fits(
  layout: Layout,
  catalog: Catalog,
  rackId: string,
  u: number,
  item: CatalogItem,
  face: Face,
  except: ReadonlySet<string> = new Set(),
): boolean {
  const faces: Face[] = isFullDepth(item) ? ['front', 'rear'] : [face];
  const h = Math.max(uHeightOf(item), 0.5);
  for (const f of faces) {
    const used = faceOccupancy(layout, catalog, rackId, f, except);
    const start = Math.round((u - 1) * 2);
    const end = start + Math.round(h * 2);
    if (start < 0 || end > used.length) return false;
    for (let s = start; s < end; s++) if (used[s]) return false;
  }
  return true;
}

/** The lowest U where the item fits on `face`, or null when the rack is full. */
export function firstFreeU(
  layout: Layout,
  catalog: Catalog,
  rackId: string,
  item: CatalogItem,
  face: Face,
  except: ReadonlySet<string> = new Set(),
): number | null {
  const rack = racksById(layout.racks).get(rackId);
  const rackItem = rack ? catalog.items.get(rack.sku) : undefined;
  if (rackItem?.kind !== 'rack') return null;
  const h = Math.max(uHeightOf(item), 1);
  for (let u = 1; u + h - 1 <= rackItem.heightU; u++)
    if (fits(layout, catalog, rackId, u, item, face, except)) return u;
  return null;
}

/** Floor cells taken by racks and floor units, as `row:slot` keys, ignoring the records in `except`. */
export function occupiedFloor(
  layout: Layout,
  catalog: Catalog,
  except: ReadonlySet<string> = new Set(),
): Set<string> {
  const taken = new Set<string>();
  const mark = (id: string, sku: string, p: FloorPosition) => {
    if (except.has(id)) return;
    const span = floorSpanOf(catalog.items.get(sku as never), layout.floor.pitchMm);
    for (let s = 0; s < span; s++) taken.add(`${p.row}:${p.slot + s}`);
  };
  for (const r of layout.racks) mark(r.id, r.sku, r.position);
  for (const f of layout.floorUnits) mark(f.id, f.sku, f.position);
  return taken;
}

/** The first floor position (row by row) where an item spanning `span` positions fits, or null. */
export function firstFreeFloor(
  layout: Layout,
  catalog: Catalog,
  span: number,
  after?: FloorPosition,
): FloorPosition | null {
  const taken = occupiedFloor(layout, catalog);
  const { rows, positionsPerRow } = layout.floor;
  const startIndex = after ? after.row * positionsPerRow + after.slot + 1 : 0;
  for (let i = 0; i < rows * positionsPerRow; i++) {
    const index = (startIndex + i) % (rows * positionsPerRow);
    const row = Math.floor(index / positionsPerRow);
    const slot = index % positionsPerRow;
    if (slot + span > positionsPerRow) continue;
    let free = true;
    for (let s = 0; s < span && free; s++) if (taken.has(`${row}:${slot + s}`)) free = false;
    if (free) return { row, slot };
  }
  return null;
}

/** `A1`, `B3`: row letter (A…Z, then AA…) and position from 1. */
export function floorName(position: FloorPosition): string {
  let n = position.row;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${letters}${position.slot + 1}`;
}
