/**
 * Cable length from the 3D layout. Between racks: up from the port to an overhead tray, along the rows, down to the
 * other port, plus slack. Within a rack: the vertical distance between the ports plus slack. Rounded up to a length
 * that is sold.
 *
 * A port is taken at the bottom edge of its device's lowest U, so the climb to the rack top is
 * (rack height U − device U + 1) × 44.45 mm; the tray hangs `trayAboveRackMm` above the rack top. Along the floor
 * the tray follows the grid: |Δslot| × pitch along a row, |Δrow| × (row depth + aisle) across rows.
 */
import type { FloorGrid, FloorPosition } from '../model/layout';
import { MM_PER_U } from '../model/units';

export interface CableGeometry {
  /** Height of the overhead tray above the rack tops, mm. */
  readonly trayAboveRackMm: number;
  /** Slack added to every cable (service loops, dressing at both ends), mm. */
  readonly slackMm: number;
  /** Lengths sold, m, ascending. Longer runs round up to the next 100 m. */
  readonly soldLengthsM: readonly number[];
}

export const DEFAULT_SOLD_LENGTHS_M: readonly number[] = [
  0.5, 1, 1.5, 2, 2.5, 3, 5, 7, 10, 15, 20, 30, 50, 100, 150, 200, 300, 500, 1000, 1500, 2000,
];

export const DEFAULT_GEOMETRY: CableGeometry = {
  trayAboveRackMm: 300,
  slackMm: 1000,
  soldLengthsM: DEFAULT_SOLD_LENGTHS_M,
};

/** Where a port is: its rack's floor position and height, and the device's lowest U. */
export interface PortSite {
  /** Rack id (same id = same rack). */
  readonly rack: string;
  readonly position: FloorPosition;
  readonly rackHeightU: number;
  /** Lowest U of the device, from 1. */
  readonly u: number;
}

/** Route length between two ports, mm, slack included. */
export function cableRouteMm(
  a: PortSite,
  b: PortSite,
  floor: FloorGrid,
  g: CableGeometry = DEFAULT_GEOMETRY,
): number {
  if (a.rack === b.rack) return Math.abs(a.u - b.u) * MM_PER_U + g.slackMm;
  const along = Math.abs(a.position.slot - b.position.slot) * floor.pitchMm;
  const across = Math.abs(a.position.row - b.position.row) * (floor.rowDepthMm + floor.aisleMm);
  return climbMm(a, g) + along + across + climbMm(b, g) + g.slackMm;
}

/** From a port up to the tray, mm. */
export function climbMm(s: PortSite, g: CableGeometry = DEFAULT_GEOMETRY): number {
  return (s.rackHeightU - s.u + 1) * MM_PER_U + g.trayAboveRackMm;
}

/** The shortest sold length at least `mm` long, m. */
export function soldLengthM(mm: number, sold: readonly number[] = DEFAULT_SOLD_LENGTHS_M): number {
  const i = soldLengthIndex(mm, sold);
  return i >= 0 ? (sold[i] as number) : Math.ceil(mm / 1000 / 100) * 100;
}

/**
 * Where in `sold` (ascending) the shortest length at least `mm` long is; -1 beyond the longest. A small integer,
 * so a caller may key a cache on it without making a number object per cable.
 */
export function soldLengthIndex(mm: number, sold: readonly number[]): number {
  const m = mm / 1000 - 1e-9;
  for (let i = 0; i < sold.length; i++) if ((sold[i] as number) >= m) return i;
  return -1;
}
