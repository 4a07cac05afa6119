/**
 * Heat and cooling. All electrical power ends as heat (W in = W out). Each item splits its heat between liquid and
 * air. Liquid heat goes to in-rack CDUs first, then to the floor CDUs serving the rack; racks and floor CDUs that
 * serve them form cooling groups, each checked as a whole (capacity and flow). Air heat goes to the rack's rear door
 * first, then to in-row coolers serving the rack, and what is left to the room's air cooling. Everything removed by
 * CDUs, doors and in-row coolers goes to facility water.
 */
import type { Catalog, Cdu, InRowCooler } from '../model/catalog';
import type { FloorUnitPlacement, Layout, PodLimits, RackPlacement } from '../model/layout';
import { coolantLitresPerMinute, fmtKw, fmtLpm } from '../model/units';
import type { Diagnostic, Target } from '../model/report';
import { diagnostic, rackLabel, target } from './diagnostic';
import { servedRacksOf } from './servedRacks';
import { replacedInPlace } from '../ops/listDelta';

/** What the cooling rules need from each rack (computed and cached per rack). */
export interface RackHeat {
  readonly rack: RackPlacement;
  /** W at max draw. */
  readonly liquidW: number;
  readonly airW: number;
  /** In-rack CDU capacity, W, and flow, L/min. */
  readonly inRackLiquidW: number;
  readonly inRackFlowLpm: number;
  /** Rear door air capacity, W. */
  readonly doorAirW: number;
}

export interface RackCooling {
  /** In-rack CDUs plus this rack's share of its group's floor CDUs, W. */
  readonly liquidCapacityW: number;
  /** Door plus this rack's share of its group's in-row coolers, W. */
  readonly airCapacityW: number;
}

export interface PodCooling {
  readonly perRack: readonly RackCooling[];
  readonly liquidCapacityW: number;
  readonly airToWaterW: number;
  readonly roomAirW: number;
  /** Floor CDUs' and in-row coolers' own draw, W (door fans are counted by the caller). */
  readonly floorUnitPowerW: number;
}

interface Unit<T> {
  readonly placement: FloorUnitPlacement;
  readonly item: T;
  readonly racks: number[];
}

/**
 * Indices (into `racks`) of the racks each floor unit serves (`servedRacksOf`: its explicit list, else its row), found
 * through an id index and the racks of each row made once: O(racks + listed ids), not a pass over every rack per unit.
 */
function servedRacksFinder(racks: readonly RackHeat[]): (unit: FloorUnitPlacement) => number[] {
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
function groups<T>(units: readonly Unit<T>[], rackCount: number): { racks: number[]; units: number[] }[] {
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
  const byRoot = new Map<number, { racks: number[]; units: number[] }>();
  units.forEach((_, ui) => {
    const root = find(rackCount + ui);
    const g = byRoot.get(root) ?? { racks: [], units: [] };
    g.units.push(ui);
    byRoot.set(root, g);
  });
  for (let r = 0; r < rackCount; r++) byRoot.get(find(r))?.racks.push(r);
  return [...byRoot.values()];
}

const names = (racks: readonly RackHeat[], idx: readonly number[]): string => {
  const shown = idx.slice(0, 6).map((i) => racks[i]?.rack.name ?? '?');
  return shown.join(', ') + (idx.length > 6 ? ` and ${idx.length - 6} more` : '');
};

interface Topology {
  readonly cdus: readonly Unit<Cdu>[];
  readonly coolers: readonly Unit<InRowCooler>[];
  readonly cduGroups: readonly { racks: number[]; units: number[] }[];
  readonly coolerGroups: readonly { racks: number[]; units: number[] }[];
  readonly floorUnitPowerW: number;
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

/** Which floor units serve which racks, grouped; depends only on the racks, the floor units and the catalog. */
function topologyOf(layout: Layout, catalog: Catalog, racks: readonly RackHeat[]): Topology {
  const hit = topologyCache.get(layout.racks) ?? carriedOver(layout, catalog);
  lastRacks = layout.racks;
  if (hit && hit.floorUnits === layout.floorUnits && hit.catalog === catalog) {
    topologyCache.set(layout.racks, hit);
    return hit.topology;
  }
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
  const topology: Topology = {
    cdus,
    coolers,
    cduGroups: groups(cdus, racks.length),
    coolerGroups: groups(coolers, racks.length),
    floorUnitPowerW,
  };
  topologyCache.set(layout.racks, { floorUnits: layout.floorUnits, catalog, topology });
  return topology;
}

export function checkCooling(
  layout: Layout,
  catalog: Catalog,
  racks: readonly RackHeat[],
  out: Diagnostic[],
): PodCooling {
  const { limits } = layout;
  const { cdus, coolers, cduGroups, coolerGroups, floorUnitPowerW } = topologyOf(layout, catalog, racks);

  // Liquid: residual after in-rack CDUs, per group of floor CDUs.
  const residualLiquid = racks.map((r) => Math.max(0, r.liquidW - r.inRackLiquidW));
  const liquidShare = new Array<number>(racks.length).fill(0);
  const servedByCdu = new Uint8Array(racks.length);
  for (const g of cduGroups) {
    const capacity = g.units.reduce((s, u) => s + (cdus[u]?.item.liquidCapacityW ?? 0), 0);
    const flow = g.units.reduce((s, u) => s + (cdus[u]?.item.flowLpm ?? 0), 0);
    const heat = g.racks.reduce((s, r) => s + (residualLiquid[r] ?? 0), 0);
    for (const r of g.racks) {
      servedByCdu[r] = 1;
      liquidShare[r] = heat > 0 ? (capacity * (residualLiquid[r] ?? 0)) / heat : capacity / g.racks.length;
    }
    // Targets and names only when a message is written: most groups pass, and building them for every group on
    // every edit cost more than the check itself on a 5,000-rack pod.
    const targets = (): Target[] => [
      ...g.units.map((u) => target('floorUnit', cdus[u]?.placement.id ?? '')),
      ...g.racks.map((r) => target('rack', racks[r]?.rack.id ?? '')),
    ];
    const unitNames = () =>
      g.units.map((u) => `'${cdus[u]?.placement.name ?? cdus[u]?.placement.id}'`).join(', ');
    const racksText = () => (g.racks.length ? `racks ${names(racks, g.racks)}` : 'no racks');
    if (heat > capacity) {
      out.push(
        diagnostic(
          'error',
          'cooling.liquidOverCapacity',
          `CDU ${unitNames()} serve ${racksText()} with ${fmtKw(heat)} of liquid heat at max draw; their capacity is ${fmtKw(capacity)} (${fmtKw(heat - capacity)} over).`,
          targets(),
        ),
      );
    }
    const needLpm = coolantLitresPerMinute(heat, limits.coolantDeltaTC, limits.coolant);
    if (needLpm > flow) {
      out.push(
        diagnostic(
          'warning',
          'cooling.flowOverCapacity',
          `CDU ${unitNames()}: ${fmtKw(heat)} at a ${limits.coolantDeltaTC} °C rise in ${coolantWord(limits)} needs ${fmtLpm(needLpm)}; their rated flow is ${fmtLpm(flow)}.`,
          targets(),
        ),
      );
    }
  }
  racks.forEach((r, i) => {
    const residual = residualLiquid[i] ?? 0;
    if (residual > 0 && !servedByCdu[i]) {
      out.push(
        diagnostic(
          'error',
          r.inRackLiquidW > 0 ? 'cooling.liquidOverCapacity' : 'cooling.noLiquidCooling',
          r.inRackLiquidW > 0
            ? `${rackLabel(r.rack)}: ${fmtKw(r.liquidW)} of liquid heat at max draw; its in-rack CDUs take ${fmtKw(r.inRackLiquidW)} and no floor CDU serves it (${fmtKw(residual)} over).`
            : `${rackLabel(r.rack)}: ${fmtKw(r.liquidW)} of liquid heat at max draw and no CDU serves it.`,
          [target('rack', r.rack.id)],
        ),
      );
    }
    if (r.inRackLiquidW > 0) {
      const need = coolantLitresPerMinute(
        Math.min(r.liquidW, r.inRackLiquidW),
        limits.coolantDeltaTC,
        limits.coolant,
      );
      if (need > r.inRackFlowLpm) {
        out.push(
          diagnostic(
            'warning',
            'cooling.flowOverCapacity',
            `${rackLabel(r.rack)}: its in-rack CDUs carry ${fmtKw(Math.min(r.liquidW, r.inRackLiquidW))}, needing ${fmtLpm(need)} of ${coolantWord(limits)} at a ${limits.coolantDeltaTC} °C rise; they are rated ${fmtLpm(r.inRackFlowLpm)}.`,
            [target('rack', r.rack.id)],
          ),
        );
      }
    }
  });

  // Air: door first, then in-row coolers serving the rack, the rest to room air.
  const afterDoor = racks.map((r) => Math.max(0, r.airW - r.doorAirW));
  const airShare = new Array<number>(racks.length).fill(0);
  let inRowRemovedW = 0;
  for (const g of coolerGroups) {
    const capacity = g.units.reduce((s, u) => s + (coolers[u]?.item.airCapacityW ?? 0), 0);
    const heat = g.racks.reduce((s, r) => s + (afterDoor[r] ?? 0), 0);
    inRowRemovedW += Math.min(capacity, heat);
    for (const r of g.racks)
      airShare[r] = heat > 0 ? (capacity * (afterDoor[r] ?? 0)) / heat : capacity / g.racks.length;
  }
  const doorRemovedW = racks.reduce((s, r) => s + Math.min(r.airW, r.doorAirW), 0);
  const totalAfterDoor = afterDoor.reduce((s, x) => s + x, 0);
  const roomAirW = Math.max(0, totalAfterDoor - inRowRemovedW);
  const roomKw = limits.roomAirKw * 1000;
  if (roomAirW > roomKw) {
    const top = racks
      .map((r, i) => ({ r, left: Math.max(0, (afterDoor[i] ?? 0) - (airShare[i] ?? 0)) }))
      .filter((x) => x.left > 0)
      .sort((a, b) => b.left - a.left)
      .slice(0, 3);
    out.push(
      diagnostic(
        'error',
        'cooling.roomAirOverCapacity',
        `Pod: ${fmtKw(roomAirW)} of air heat reaches the room after rear doors and in-row coolers; room air cooling is ${fmtKw(roomKw)} (${fmtKw(roomAirW - roomKw)} over). Largest: ${top.map((x) => `${x.r.rack.name} ${fmtKw(x.left)}`).join(', ')}.`,
        [target('pod', 'pod'), ...top.map((x) => target('rack', x.r.rack.id))],
      ),
    );
  }

  const liquidW = racks.reduce((s, r) => s + r.liquidW, 0);
  const airToWaterW = doorRemovedW + inRowRemovedW;
  const waterW = liquidW + airToWaterW;
  const facilityW = limits.facilityWaterKw * 1000;
  if (waterW > facilityW) {
    out.push(
      diagnostic(
        'error',
        'cooling.facilityWaterOverCapacity',
        `Pod: ${fmtKw(waterW)} goes to facility water (${fmtKw(liquidW)} liquid + ${fmtKw(airToWaterW)} from rear doors and in-row coolers); the facility loop takes ${fmtKw(facilityW)} (${fmtKw(waterW - facilityW)} over).`,
        [target('pod', 'pod')],
      ),
    );
  }

  const perRack = racks.map((r, i) => ({
    liquidCapacityW: r.inRackLiquidW + (liquidShare[i] ?? 0),
    airCapacityW: r.doorAirW + (airShare[i] ?? 0),
  }));
  const liquidCapacityW =
    racks.reduce((s, r) => s + r.inRackLiquidW, 0) + cdus.reduce((s, c) => s + c.item.liquidCapacityW, 0);
  return { perRack, liquidCapacityW, airToWaterW, roomAirW, floorUnitPowerW };
}

const coolantWord = (limits: PodLimits): string =>
  limits.coolant === 'water' ? 'water' : '25% propylene glycol';
