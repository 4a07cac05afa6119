/**
 * Space: devices inside their rack, no overlap (a full-depth device blocks both faces), items where their kind
 * belongs, side channels not overfull, floor positions on the grid and free.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import { isFullDepth, uHeightOf } from '../model/catalog';
import { MAX_RACK_HEIGHT_U } from '../model/bounds';
import type { Diagnostic, Target } from '../model/report';
import type { FloorGrid, FloorPosition, Layout } from '../model/layout';
import type { RackScope } from '../derive/rackScope';
import { deviceLabel, diagnostic, rackLabel, sideItemLabel, target } from './diagnostic';

/** 0U items per side channel before the channel counts as full (two vertical PDUs per side is the usual limit). */
export const SIDE_CHANNEL_CAPACITY = 2;

const PLACEMENT_WORDS = {
  floor: 'on the floor grid',
  'rack-u': 'in rack U space',
  'rack-0u': "in a rack's 0U side channel",
  'rack-door': 'as a rack door',
  none: 'on the quote as a service, not in the pod',
} as const;

const placementOf = (item: CatalogItem) => item.placement;

export interface RackSpaceFigures {
  /** U occupied on either face. */
  readonly usedU: number;
}

/** Rack-level space checks. Works in half-U steps so 0.5U and 1.5U gear fits exactly. */
export function checkRackSpace(scope: RackScope, out: Diagnostic[]): RackSpaceFigures {
  const { rack, rackItem } = scope;
  // Loaded files hold racks of at most MAX_RACK_HEIGHT_U; the clamp keeps a catalog built in code from asking for
  // an array of billions of half-U slots.
  const heightU = Math.min(rackItem?.heightU ?? 0, MAX_RACK_HEIGHT_U);
  const slots = Number.isFinite(heightU) ? Math.max(0, Math.round(heightU * 2)) : 0;
  const front: (number | undefined)[] = new Array<number | undefined>(slots);
  const rear: (number | undefined)[] = new Array<number | undefined>(slots);
  const used = new Uint8Array(slots);
  const rackTarget = target('rack', rack.id);

  scope.devices.forEach((d, index) => {
    const { placement, item } = d;
    const devTarget = target('device', placement.id);
    if (item.placement !== 'rack-u') {
      out.push(
        diagnostic(
          'error',
          'space.wrongPlacement',
          `${rackLabel(rack)}: ${item.name} ('${placement.name ?? placement.id}') is placed in rack U space, but it belongs ${PLACEMENT_WORDS[placementOf(item)]}.`,
          [devTarget, rackTarget],
        ),
      );
      return;
    }
    const uHeight = uHeightOf(item);
    if (!rackItem) return;
    if (!(uHeight > 0)) {
      // An imported 0U device whose height is still unknown takes no U: placing it is an error until it has one.
      out.push(
        diagnostic(
          'error',
          'space.noHeight',
          `${rackLabel(rack)}: ${item.name} ('${placement.name ?? placement.id}') has no U height (0U), so it would take no rack space; give the catalog item its height before placing it.`,
          [devTarget, rackTarget],
        ),
      );
      return;
    }
    const top = placement.u + uHeight - 1;
    if (top > heightU) {
      out.push(
        diagnostic(
          'error',
          'space.outOfRack',
          `${rackLabel(rack)}: ${deviceLabel(placement, item, uHeight)} needs ${uHeight} U up to U${top}, but the rack has ${heightU} U.`,
          [devTarget, rackTarget],
        ),
      );
      return;
    }
    const start = Math.round((placement.u - 1) * 2);
    const end = start + Math.round(uHeight * 2);
    const full = isFullDepth(item);
    const faces = full ? [front, rear] : [placement.face === 'front' ? front : rear];
    let reported = false;
    for (let s = start; s < end; s++) {
      used[s] = 1;
      for (const face of faces) {
        const other = face[s];
        if (other !== undefined && !reported) {
          const o = scope.devices[other];
          if (o) {
            const oU = uHeightOf(o.item);
            out.push(
              diagnostic(
                'error',
                'space.overlap',
                `${rackLabel(rack)}: ${deviceLabel(placement, item, uHeight)} overlaps ${deviceLabel(o.placement, o.item, oU)} at U${Math.floor(s / 2) + 1}${full || isFullDepth(o.item) ? ' (a full-depth device blocks both faces)' : ''}.`,
                [devTarget, target('device', o.placement.id), rackTarget],
              ),
            );
          }
          reported = true;
        }
        face[s] = index;
      }
    }
  });

  const perSide = { left: 0, right: 0 };
  for (const s of scope.sideItems) {
    if (s.item.placement !== 'rack-0u') {
      out.push(
        diagnostic(
          'error',
          'space.wrongPlacement',
          `${rackLabel(rack)}: ${sideItemLabel(s.placement, s.item)} is in a 0U side channel, but it belongs ${PLACEMENT_WORDS[placementOf(s.item)]}.`,
          [target('device', s.placement.id), rackTarget],
        ),
      );
      continue;
    }
    perSide[s.placement.side] += 1;
  }
  for (const side of ['left', 'right'] as const) {
    if (perSide[side] > SIDE_CHANNEL_CAPACITY) {
      out.push(
        diagnostic(
          'error',
          'space.sideChannelFull',
          `${rackLabel(rack)}: ${perSide[side]} items in the ${side} side channel; it holds ${SIDE_CHANNEL_CAPACITY}.`,
          [rackTarget],
        ),
      );
    }
  }

  let usedHalfU = 0;
  for (let s = 0; s < slots; s++) usedHalfU += used[s] ?? 0;
  return { usedU: usedHalfU / 2 };
}

/** Number of floor positions an item spans along its row. */
export function floorSpan(widthMm: number, pitchMm: number): number {
  return Math.max(1, Math.ceil(widthMm / pitchMm - 1e-9));
}

export function floorWidthOf(item: CatalogItem | undefined): number | undefined {
  if (!item) return undefined;
  if (item.kind === 'rack') return item.widthMm;
  if ('footprintMm' in item && item.footprintMm) return item.footprintMm.width;
  return undefined;
}

/**
 * Which floor positions are taken, and by what. `clean` stays true while nothing was off the grid or overlapped: then
 * the result of each placement does not depend on the order they were made in, and one item can be moved on its own.
 */
export class FloorOccupancy {
  private readonly cells = new Map<number, { readonly label: string; readonly target: Target }>();
  private isClean = true;

  constructor(private readonly floor: FloorGrid) {}

  get clean(): boolean {
    return this.isClean;
  }

  private key(row: number, slot: number): number {
    return row * 1_000_003 + slot;
  }

  private span(position: FloorPosition, widthMm: number | undefined): { first: number; last: number } {
    const { floor } = this;
    return {
      first: position.slot,
      last: position.slot + floorSpan(widthMm ?? floor.pitchMm, floor.pitchMm) - 1,
    };
  }

  private onGrid(position: FloorPosition, last: number): boolean {
    return position.row < this.floor.rows && last < this.floor.positionsPerRow;
  }

  /** Takes the positions of an item `widthMm` wide at `position`, reporting it off the grid or on another item. */
  place(
    label: string,
    position: FloorPosition,
    widthMm: number | undefined,
    t: Target,
    out: Diagnostic[],
  ): void {
    const { floor } = this;
    const { first, last } = this.span(position, widthMm);
    if (!this.onGrid(position, last)) {
      this.isClean = false;
      out.push(
        diagnostic(
          'error',
          'space.offGrid',
          `${label} at row ${position.row + 1}, position ${position.slot + 1}${last > first ? `–${last + 1}` : ''} is off the floor grid (${floor.rows} rows × ${floor.positionsPerRow} positions of ${floor.pitchMm} mm).`,
          [t],
        ),
      );
      return;
    }
    for (let s = first; s <= last; s++) {
      const other = this.cells.get(this.key(position.row, s));
      if (other !== undefined) {
        this.isClean = false;
        // Two racks may share a name (both dropped on A1): then the ids tell them apart.
        const same = other.label === label;
        const mine = same ? `${label} ('${t.id}')` : label;
        const theirs = same ? `${other.label} ('${other.target.id}')` : other.label;
        out.push(
          diagnostic(
            'error',
            'space.floorOverlap',
            `${mine} overlaps ${theirs} at row ${position.row + 1}, position ${s + 1}.`,
            [t],
          ),
        );
        return;
      }
    }
    for (let s = first; s <= last; s++) this.cells.set(this.key(position.row, s), { label, target: t });
  }

  /**
   * On a clean floor, moves the item `t` from `from` to `to` when every position it would take is on the grid and
   * free (or its own): true, and the floor is as if placed afresh. False, and nothing changed, otherwise.
   */
  move(
    label: string,
    from: FloorPosition,
    to: FloorPosition,
    widthMm: number | undefined,
    t: Target,
  ): boolean {
    const mine = (row: number, s: number) => {
      const c = this.cells.get(this.key(row, s));
      return c !== undefined && c.target.kind === t.kind && c.target.id === t.id;
    };
    const was = this.span(from, widthMm);
    const next = this.span(to, widthMm);
    if (!this.isClean || !this.onGrid(to, next.last)) return false;
    for (let s = was.first; s <= was.last; s++) if (!mine(from.row, s)) return false;
    for (let s = next.first; s <= next.last; s++)
      if (this.cells.has(this.key(to.row, s)) && !mine(to.row, s)) return false;
    for (let s = was.first; s <= was.last; s++) this.cells.delete(this.key(from.row, s));
    for (let s = next.first; s <= next.last; s++) this.cells.set(this.key(to.row, s), { label, target: t });
    return true;
  }
}

/**
 * Floor-level space: racks and floor units on the grid, not overlapping, and of a kind that stands on the floor.
 * Returns the floor's occupancy, so a later move of one rack can be checked against it alone.
 */
export function checkFloorSpace(layout: Layout, catalog: Catalog, out: Diagnostic[]): FloorOccupancy {
  const occupancy = new FloorOccupancy(layout.floor);
  const place = (label: string, position: FloorPosition, widthMm: number | undefined, t: Target): void =>
    occupancy.place(label, position, widthMm, t, out);

  for (const rack of layout.racks) {
    const item = catalog.items.get(rack.sku);
    const t = target('rack', rack.id);
    if (item && item.kind !== 'rack') {
      out.push(
        diagnostic(
          'error',
          'space.wrongPlacement',
          `${rackLabel(rack)}: SKU ${rack.sku} (${item.name}) is not a rack; it belongs ${PLACEMENT_WORDS[item.placement]}.`,
          [t],
        ),
      );
    }
    if (rack.rearDoor !== undefined) {
      const door = catalog.items.get(rack.rearDoor);
      if (door && door.kind !== 'rdhx') {
        out.push(
          diagnostic(
            'error',
            'space.wrongPlacement',
            `${rackLabel(rack)}: the rear door ${door.name} is not a rear-door heat exchanger; it belongs ${PLACEMENT_WORDS[door.placement]}.`,
            [t],
          ),
        );
      }
    }
    place(rackLabel(rack), rack.position, floorWidthOf(item), t);
  }
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    const label = `Floor unit '${unit.name ?? unit.id}'${item ? ` (${item.name})` : ''}`;
    const t = target('floorUnit', unit.id);
    if (item && (item.placement !== 'floor' || item.kind === 'rack')) {
      const where =
        item.kind === 'rack'
          ? 'in the racks list, not with the floor units'
          : PLACEMENT_WORDS[item.placement];
      out.push(
        diagnostic(
          'error',
          'space.wrongPlacement',
          `${label} is placed as a floor unit, but it belongs ${where}.`,
          [t],
        ),
      );
    }
    place(label, unit.position, floorWidthOf(item), t);
  }
  return occupancy;
}
