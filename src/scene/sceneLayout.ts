/**
 * Where things are in the 3D view, in metres: the floor grid centred on the origin, rows facing each other across
 * their aisles (row 0 faces +z, row 1 faces −z, …), racks standing on their grid positions, devices in U slots.
 * Pure functions, memoized on the layout's lists.
 */
import type { Catalog, CatalogItem, FloorGrid, FloorPosition, Layout, RackPlacement } from '../core';
import { floorSpanOf, isFullDepth, uHeightOf } from '../core';

export const MM = 0.001;
/** One rack unit, m. */
export const U_M = 0.04445;
/** From the floor to the bottom of U1, m. */
export const PLINTH_M = 0.1;
/** Above the top U, m. */
export const TOP_M = 0.08;
/** 19-inch equipment width, m. */
export const EQUIPMENT_WIDTH_M = 0.4826;

export interface FloorFrame {
  readonly originX: number;
  readonly originZ: number;
  readonly pitch: number;
  readonly rowDepth: number;
  readonly aisle: number;
  readonly rows: number;
  readonly perRow: number;
  readonly width: number;
  readonly depth: number;
}

export function floorFrame(floor: FloorGrid): FloorFrame {
  const pitch = floor.pitchMm * MM;
  const rowDepth = floor.rowDepthMm * MM;
  const aisle = floor.aisleMm * MM;
  const width = floor.positionsPerRow * pitch;
  const depth = floor.rows * rowDepth + Math.max(0, floor.rows - 1) * aisle;
  return {
    originX: -width / 2,
    originZ: -depth / 2,
    pitch,
    rowDepth,
    aisle,
    rows: floor.rows,
    perRow: floor.positionsPerRow,
    width,
    depth,
  };
}

/** +1 when a row's fronts face +z, −1 when they face −z: rows pair up across shared cold aisles. */
export const rowFacing = (row: number): 1 | -1 => (row % 2 === 0 ? 1 : -1);

export const rowCentreZ = (f: FloorFrame, row: number): number =>
  f.originZ + row * (f.rowDepth + f.aisle) + f.rowDepth / 2;

/** The floor cell under a point, or null off the grid. Aisles snap to the nearer row. */
export function cellAt(f: FloorFrame, x: number, z: number): FloorPosition | null {
  const slot = Math.floor((x - f.originX) / f.pitch);
  const rel = z - f.originZ;
  const row = Math.round((rel - f.rowDepth / 2) / (f.rowDepth + f.aisle));
  if (slot < 0 || slot >= f.perRow || row < 0 || row >= f.rows) return null;
  return { row, slot };
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly w: number;
  readonly h: number;
  readonly d: number;
  /** Which way the box's front (+z of its geometry) points: +1 or −1 along z. */
  readonly facing: 1 | -1;
}

export interface RackBox extends Box {
  readonly heightU: number;
}

/** A floor item's box: centred on its span of cells, standing on the floor. */
export function floorItemBox(
  f: FloorFrame,
  position: FloorPosition,
  item: CatalogItem | undefined,
  heightM: number,
): Box {
  const span = floorSpanOf(item, f.pitch / MM);
  const width =
    item?.kind === 'rack'
      ? item.widthMm * MM
      : item && 'footprintMm' in item && item.footprintMm
        ? item.footprintMm.width * MM
        : f.pitch;
  const depth =
    item?.kind === 'rack'
      ? item.depthMm * MM
      : item && 'footprintMm' in item && item.footprintMm
        ? item.footprintMm.depth * MM
        : f.rowDepth;
  return {
    x: f.originX + (position.slot + span / 2) * f.pitch,
    y: heightM / 2,
    z: rowCentreZ(f, position.row),
    w: Math.min(width, span * f.pitch) - 0.01,
    h: heightM,
    d: depth,
    facing: rowFacing(position.row),
  };
}

export function rackBoxOf(f: FloorFrame, rack: RackPlacement, catalog: Catalog): RackBox {
  const item = catalog.items.get(rack.sku);
  const heightU = item?.kind === 'rack' ? item.heightU : 42;
  const box = floorItemBox(f, rack.position, item, PLINTH_M + heightU * U_M + TOP_M);
  return { ...box, heightU };
}

const rackBoxCache = new WeakMap<
  readonly RackPlacement[],
  { floor: FloorGrid; catalog: Catalog; boxes: Map<string, RackBox> }
>();
/** Every rack's box, memoized on the racks list (devices moving do not rebuild it). */
export function rackBoxes(layout: Layout, catalog: Catalog): ReadonlyMap<string, RackBox> {
  const hit = rackBoxCache.get(layout.racks);
  if (hit && hit.floor === layout.floor && hit.catalog === catalog) return hit.boxes;
  const f = floorFrame(layout.floor);
  const boxes = new Map(layout.racks.map((r) => [r.id as string, rackBoxOf(f, r, catalog)]));
  rackBoxCache.set(layout.racks, { floor: layout.floor, catalog, boxes });
  return boxes;
}

/** A device's box in its rack: half-depth gear sits at its own face, full-depth gear spans the rack. */
export function deviceBox(
  rack: RackBox,
  u: number,
  face: 'front' | 'rear',
  item: CatalogItem | undefined,
): Box {
  const h = Math.max(item ? uHeightOf(item) : 1, 0.5);
  const full = item ? isFullDepth(item) : false;
  const facing = (face === 'front' ? rack.facing : -rack.facing) as 1 | -1;
  const depth = full ? rack.d * 0.86 : rack.d * 0.42;
  const inset = 0.05;
  const z = full ? rack.z : rack.z + facing * (rack.d / 2 - inset - depth / 2);
  return {
    x: rack.x,
    y: PLINTH_M + (u - 1) * U_M + (h * U_M) / 2,
    z,
    w: EQUIPMENT_WIDTH_M,
    h: h * U_M - 0.003,
    d: depth,
    facing,
  };
}

/** The U under a height in a rack (from 1), clamped to the rack. */
export const uAtHeight = (rack: RackBox, y: number): number =>
  Math.min(rack.heightU, Math.max(1, Math.floor((y - PLINTH_M) / U_M) + 1));

/** Floor units' heights, m (the catalog gives footprints, not heights). */
export function floorUnitHeight(item: CatalogItem | undefined): number {
  switch (item?.kind) {
    case 'battery':
      return 2.5;
    case 'ups':
      return 1.9;
    default:
      return 2.0;
  }
}
