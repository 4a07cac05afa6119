/**
 * The labels painted on the floor in front of each grid position, on the aisle side. A position with a rack shows
 * the rack's name (what the elevation, the capacity panel and the messages call it) with the position under it;
 * an empty position shows only its position name. Without this the floor read "A1, A2, A3" under racks named
 * C1…N1, as if those were the racks' names.
 */
import type { FloorGrid, RackPlacement } from '../core';
import { floorName } from '../core';

export interface FloorLabel {
  /** Grid position the label stands in front of. */
  readonly row: number;
  readonly slot: number;
  /** The rack's name, or the position name where no rack stands. */
  readonly text: string;
  /** The position name under a rack's name; null on an empty position. */
  readonly position: string | null;
  /** True where a rack stands. */
  readonly occupied: boolean;
}

/** One label per grid position (the first rack listed wins a position two racks share; the space rule flags it). */
export function floorLabels(
  floor: Pick<FloorGrid, 'rows' | 'positionsPerRow'>,
  racks: readonly Pick<RackPlacement, 'name' | 'position'>[],
): FloorLabel[] {
  const byCell = new Map<string, string>();
  for (const r of racks) {
    const key = `${r.position.row}:${r.position.slot}`;
    if (!byCell.has(key)) byCell.set(key, r.name);
  }
  const out: FloorLabel[] = [];
  for (let row = 0; row < floor.rows; row++)
    for (let slot = 0; slot < floor.positionsPerRow; slot++) {
      const position = floorName({ row, slot });
      const name = byCell.get(`${row}:${slot}`);
      out.push(
        name === undefined
          ? { row, slot, text: position, position: null, occupied: false }
          : { row, slot, text: name, position: name === position ? null : position, occupied: true },
      );
    }
  return out;
}
