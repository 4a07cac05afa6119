/**
 * Which floor units serve which racks, as cooling groups (racks and the floor units serving them, connected
 * components), with what each group can take. It depends only on the racks' ids and positions, the floor units and
 * the catalog, so it is cached per racks list and carried over when a rack moves within its row.
 */
import type { Catalog, Cdu, InRowCooler } from '../model/catalog';
import type { FloorUnitPlacement, Layout, RackPlacement } from '../model/layout';
import { servedRacksOf } from './servedRacks';
import { replacedInPlace } from '../ops/listDelta';

export interface Unit<T> {
  readonly placement: FloorUnitPlacement;
  readonly item: T;
  readonly racks: number[];
}

/** Racks (indices into the racks list) and the floor units (indices into their kind's list) of one group. */
export interface CoolingGroup {
  readonly racks: number[];
  readonly units: number[];
}

export interface Topology {
  readonly cdus: readonly Unit<Cdu>[];
  readonly coolers: readonly Unit<InRowCooler>[];
  readonly cduGroups: readonly CoolingGroup[];
  readonly coolerGroups: readonly CoolingGroup[];
  /** Per rack, the index of its CDU group, or -1 when no floor CDU serves it. */
  readonly rackCduGroup: Int32Array;
  /** Per rack, the index of its in-row cooler group, or -1. */
  readonly rackCoolerGroup: Int32Array;
  /** Per CDU group, its units' liquid capacity, W, and rated flow, L/min. */
  readonly cduGroupCapacityW: readonly number[];
  readonly cduGroupFlowLpm: readonly number[];
  /** Per in-row cooler group, its units' air capacity, W. */
  readonly coolerGroupCapacityW: readonly number[];
  /** All floor CDUs' liquid capacity, W. */
  readonly cduCapacityW: number;
  /** Floor CDUs' and in-row coolers' own draw, W. */
  readonly floorUnitPowerW: number;
}

/** A rack as the topology reads it. */
interface Placed {
  readonly rack: RackPlacement;
}

/**
 * Indices (into `racks`) of the racks each floor unit serves (`servedRacksOf`: its explicit list, else its row), found
 * through an id index and the racks of each row made once: O(racks + listed ids), not a pass over every rack per unit.
 */
function servedRacksFinder(racks: readonly Placed[]): (unit: FloorUnitPlacement) => number[] {
  const indexById = new Map<string, number>();
  const byRow = new Map<number, number[]>();
  racks.forEach((r, i) => {
    indexById.set(r.rack.id, i);
    const row = byRow.get(r.rack.position.row);
    if (row) row.push(i);
    else byRow.set(r.rack.position.row, [i]);
  });
  if (indexById.size !== racks.length) {
    // Two racks under one id: keep the rule's own reading (each such rack maps to the last index of its id).
    const placements = racks.map((r) => r.rack);
    return (unit) => servedRacksOf(unit, placements).racks.flatMap((r) => indexById.get(r.id) ?? []);
  }
  return (unit) => {
    if (!unit.serves) return byRow.get(unit.position.row)?.slice() ?? [];
    const found = new Set<number>();
    for (const id of unit.serves) {
      const i = indexById.get(id);
      if (i !== undefined) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  };
}

/** Groups racks with the units serving them (connected components), returning each group's rack and unit indices. */
function groups<T>(units: readonly Unit<T>[], rackCount: number): CoolingGroup[] {
  const parent = Array.from({ length: rackCount + units.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const p = parent[x] ?? x;
      parent[x] = parent[p] ?? p;
      x = p;
    }
    return x;
  };
  units.forEach((u, ui) => {
    for (const r of u.racks) parent[find(rackCount + ui)] = find(r);
  });
  const byRoot = new Map<number, CoolingGroup>();
  units.forEach((_, ui) => {
    const root = find(rackCount + ui);
    const g = byRoot.get(root) ?? { racks: [], units: [] };
    g.units.push(ui);
    byRoot.set(root, g);
  });
  for (let r = 0; r < rackCount; r++) byRoot.get(find(r))?.racks.push(r);
  return [...byRoot.values()];
}

/** Per rack, the index of the group holding it, or -1. */
function groupOfRack(list: readonly CoolingGroup[], rackCount: number): Int32Array {
  const of = new Int32Array(rackCount).fill(-1);
  list.forEach((g, gi) => {
    for (const r of g.racks) of[r] = gi;
  });
  return of;
}

const topologyCache = new WeakMap<
  readonly RackPlacement[],
  { floorUnits: readonly FloorUnitPlacement[]; catalog: Catalog; topology: Topology }
>();
/** The racks list the last topology was made for or carried to. */
let lastRacks: readonly RackPlacement[] | undefined;

/**
 * The last topology, when `racks` is the last list with one rack replaced in place under its id (moved, renamed,
 * given a door) and no unit that serves its row by position could see it change rows: the groups stay as they were.
 */
function carriedOver(layout: Layout, catalog: Catalog) {
  const hit = lastRacks && topologyCache.get(lastRacks);
  if (!lastRacks || !hit || hit.floorUnits !== layout.floorUnits || hit.catalog !== catalog) return undefined;
  const i = replacedInPlace(lastRacks, layout.racks);
  if (i === undefined) return undefined;
  const rowBefore = lastRacks[i]?.position.row;
  const rowAfter = layout.racks[i]?.position.row;
  return rowBefore === rowAfter || layout.floorUnits.every((u) => u.serves) ? hit : undefined;
}

function made(layout: Layout, catalog: Catalog, racks: readonly Placed[]): Topology {
  const servedRacks = servedRacksFinder(racks);
  const cdus: Unit<Cdu>[] = [];
  const coolers: Unit<InRowCooler>[] = [];
  let floorUnitPowerW = 0;
  for (const placement of layout.floorUnits) {
    const item = catalog.items.get(placement.sku);
    if (item?.kind === 'cdu' && item.placement === 'floor') {
      cdus.push({ placement, item, racks: servedRacks(placement) });
      floorUnitPowerW += item.powerW;
    } else if (item?.kind === 'inrow-cooler') {
      coolers.push({ placement, item, racks: servedRacks(placement) });
      floorUnitPowerW += item.powerW;
    }
  }
  const cduGroups = groups(cdus, racks.length);
  const coolerGroups = groups(coolers, racks.length);
  return {
    cdus,
    coolers,
    cduGroups,
    coolerGroups,
    rackCduGroup: groupOfRack(cduGroups, racks.length),
    rackCoolerGroup: groupOfRack(coolerGroups, racks.length),
    cduGroupCapacityW: cduGroups.map((g) =>
      g.units.reduce((s, u) => s + (cdus[u]?.item.liquidCapacityW ?? 0), 0),
    ),
    cduGroupFlowLpm: cduGroups.map((g) => g.units.reduce((s, u) => s + (cdus[u]?.item.flowLpm ?? 0), 0)),
    coolerGroupCapacityW: coolerGroups.map((g) =>
      g.units.reduce((s, u) => s + (coolers[u]?.item.airCapacityW ?? 0), 0),
    ),
    cduCapacityW: cdus.reduce((s, c) => s + c.item.liquidCapacityW, 0),
    floorUnitPowerW,
  };
}

/** Which floor units serve which racks, grouped; depends only on the racks, the floor units and the catalog. */
export function topologyOf(layout: Layout, catalog: Catalog, racks: readonly Placed[]): Topology {
  const hit = topologyCache.get(layout.racks) ?? carriedOver(layout, catalog);
  lastRacks = layout.racks;
  if (hit && hit.floorUnits === layout.floorUnits && hit.catalog === catalog) {
    topologyCache.set(layout.racks, hit);
    return hit.topology;
  }
  const topology = made(layout, catalog, racks);
  topologyCache.set(layout.racks, { floorUnits: layout.floorUnits, catalog, topology });
  return topology;
}
