/**
 * Where the cables run in the 3D view, as axis-aligned segments (m): the planner's route (`cableLength.ts`) drawn —
 * from the port up the rack's rear to an overhead tray, along the row, across the aisles, down to the other port;
 * within one rack straight between the ports. Each network has its own tray lane and each cable a small offset in
 * the bundle, so cables stay pickable one by one. Pure and memoized on the lists it reads.
 */
import type { Catalog, Layout, NetworkRole } from '../core';
import { cablingFigures } from '../core';
import type { Box, RackBox } from './sceneLayout';
import { PLINTH_M, rackBoxes, TOP_M, U_M } from './sceneLayout';

/** Lane order of the networks in the tray (index into this list), `other` last. */
export const FABRIC_ORDER: readonly (NetworkRole | 'other')[] = [
  'compute',
  'storage',
  'inband',
  'oob',
  'other',
];

/** Cross-section of a drawn cable, m. */
export const CABLE_THICKNESS_M = 0.018;
/** The tray hangs this far above the tallest rack (the core's default `trayAboveRackMm`). */
const TRAY_ABOVE_M = 0.3;

export interface CableSegments {
  /** Segments drawn. */
  readonly count: number;
  /** Centre x, y, z of each segment. */
  readonly centres: Float32Array;
  /** Extent x, y, z of each segment, thickness included. */
  readonly sizes: Float32Array;
  /** Index into `links` of each segment. */
  readonly linkOf: Int32Array;
  /** Link ids, in layout order (links whose ends are not placed are left out). */
  readonly links: readonly string[];
  /** Index into `FABRIC_ORDER` per link. */
  readonly fabricOf: Uint8Array;
  /** The two end devices of each link. */
  readonly ends: readonly (readonly [string, string])[];
}

interface End {
  readonly rack: RackBox;
  readonly rackId: string;
  /** Port height, m. */
  readonly y: number;
  readonly portIndex: number;
}

const portIndex = (port: string): number => {
  const slash = port.lastIndexOf('/');
  const n = parseInt(port.slice(slash + 1), 10);
  return Number.isFinite(n) ? n : 0;
};

interface Key {
  readonly links: Layout['links'];
  readonly devices: Layout['devices'];
  readonly sideItems: Layout['sideItems'];
  readonly racks: Layout['racks'];
  readonly floor: Layout['floor'];
  readonly catalog: Catalog;
}
let last: { key: Key; segments: CableSegments } | null = null;

export function cableSegments(layout: Layout, catalog: Catalog): CableSegments {
  const key: Key = {
    links: layout.links,
    devices: layout.devices,
    sideItems: layout.sideItems,
    racks: layout.racks,
    floor: layout.floor,
    catalog,
  };
  if (
    last &&
    last.key.links === key.links &&
    last.key.devices === key.devices &&
    last.key.sideItems === key.sideItems &&
    last.key.racks === key.racks &&
    last.key.floor === key.floor &&
    last.key.catalog === key.catalog
  )
    return last.segments;
  const segments = build(layout, catalog);
  last = { key, segments };
  return segments;
}

function build(layout: Layout, catalog: Catalog): CableSegments {
  const boxes = rackBoxes(layout, catalog);
  const fabricByLink = new Map<string, NetworkRole | null>();
  for (const r of cablingFigures(layout, catalog)?.plan.runs ?? []) fabricByLink.set(r.link, r.fabric);
  const where = new Map<string, { rack: string; u: number }>();
  for (const d of layout.devices) where.set(d.id, { rack: d.rack, u: d.u });
  for (const s of layout.sideItems) where.set(s.id, { rack: s.rack, u: 0 });
  let top = 0;
  for (const b of boxes.values()) top = Math.max(top, b.h);
  const endOf = (device: string, port: string): End | null => {
    const w = where.get(device);
    const rack = w ? boxes.get(w.rack) : undefined;
    if (!w || !rack) return null;
    const y = w.u === 0 ? rack.h - TOP_M - U_M / 2 : PLINTH_M + (w.u - 0.5) * U_M;
    return { rack, rackId: w.rack, y, portIndex: portIndex(port) };
  };

  const n = layout.links.length;
  const centres = new Float32Array(n * 5 * 3);
  const sizes = new Float32Array(n * 5 * 3);
  const linkOf = new Int32Array(n * 5);
  const links: string[] = [];
  const fabricOf = new Uint8Array(n);
  const ends: (readonly [string, string])[] = [];
  const perFabric = new Uint32Array(FABRIC_ORDER.length);
  let count = 0;
  const t = CABLE_THICKNESS_M;
  const seg = (li: number, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number) => {
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    const dz = Math.abs(z1 - z0);
    if (dx + dy + dz < 1e-4) return;
    const i = count * 3;
    centres[i] = (x0 + x1) / 2;
    centres[i + 1] = (y0 + y1) / 2;
    centres[i + 2] = (z0 + z1) / 2;
    sizes[i] = dx + t;
    sizes[i + 1] = dy + t;
    sizes[i + 2] = dz + t;
    linkOf[count++] = li;
  };

  for (const link of layout.links) {
    const a = endOf(link.a.device, link.a.port);
    const b = endOf(link.b.device, link.b.port);
    if (!a || !b) continue;
    const fabric = fabricByLink.get(link.id) ?? null;
    const fi = fabric === null ? FABRIC_ORDER.length - 1 : Math.max(0, FABRIC_ORDER.indexOf(fabric));
    const k = perFabric[fi] ?? 0;
    perFabric[fi] = k + 1;
    const li = links.length;
    links.push(link.id);
    fabricOf[li] = fi;
    ends.push([link.a.device, link.b.device]);
    // The bundle: each cable a little apart across (z) and up (y) the tray, each port a little apart along x.
    const jz = ((k % 5) - 2) * 0.012;
    const jy = (Math.floor(k / 5) % 3) * 0.014;
    const xOf = (e: End) => e.rack.x + (((e.portIndex % 8) - 3.5) / 3.5) * 0.15;
    const zOf = (e: End) => e.rack.z - e.rack.facing * (e.rack.d / 2 - 0.1 - fi * 0.07) + jz;
    const xa = xOf(a);
    const xb = xOf(b);
    const za = zOf(a);
    const zb = zOf(b);
    if (a.rackId === b.rackId) {
      seg(li, xa, a.y, za, xa, b.y, za);
      seg(li, xa, b.y, za, xb, b.y, za);
      continue;
    }
    const tray = top + TRAY_ABOVE_M + fi * 0.05 + jy;
    seg(li, xa, a.y, za, xa, tray, za);
    seg(li, xa, tray, za, xb, tray, za);
    seg(li, xb, tray, za, xb, tray, zb);
    seg(li, xb, tray, zb, xb, b.y, zb);
  }
  return { count, centres, sizes, linkOf, links, fabricOf, ends };
}

/** A box around a link's segments, for the camera's "selected" shot; null when the link is not drawn. */
export function linkBox(layout: Layout, catalog: Catalog, link: string): Box | null {
  const s = cableSegments(layout, catalog);
  const li = s.links.indexOf(link);
  if (li < 0) return null;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < s.count; i++) {
    if (s.linkOf[i] !== li) continue;
    for (let c = 0; c < 3; c++) {
      const centre = s.centres[i * 3 + c] ?? 0;
      const half = (s.sizes[i * 3 + c] ?? 0) / 2;
      lo[c] = Math.min(lo[c] ?? 0, centre - half);
      hi[c] = Math.max(hi[c] ?? 0, centre + half);
    }
  }
  const [x0 = 0, y0 = 0, z0 = 0] = lo;
  const [x1 = 0, y1 = 0, z1 = 0] = hi;
  const device = layout.devices.find((d) => d.id === s.ends[li]?.[0]);
  const rack = device ? rackBoxes(layout, catalog).get(device.rack) : undefined;
  return {
    x: (x0 + x1) / 2,
    y: (y0 + y1) / 2,
    z: (z0 + z1) / 2,
    w: x1 - x0,
    h: y1 - y0,
    d: z1 - z0,
    facing: rack ? (-rack.facing as 1 | -1) : 1,
  };
}
