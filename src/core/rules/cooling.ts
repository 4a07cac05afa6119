/**
 * Heat and cooling. All electrical power ends as heat (W in = W out). Each item splits its heat between liquid and
 * air. Liquid heat goes to in-rack CDUs first, then to the floor CDUs serving the rack; racks and floor CDUs that
 * serve them form cooling groups, each checked as a whole (capacity and flow). Air heat goes to the rack's rear door
 * first, then to in-row coolers serving the rack, and what is left to the room's air cooling. Everything removed by
 * CDUs, doors and in-row coolers goes to facility water.
 *
 * The pass is kept between edits: when the topology and limits are the same and only some racks' heat records
 * changed (identity), those racks and the groups holding them are checked again and the pod totals carried forward
 * (`BlockedSum`), instead of a pass over 5,000 racks. The result is the one a pass from scratch gives (tested).
 */
import type { Catalog } from '../model/catalog';
import type { Layout, PodLimits, RackPlacement } from '../model/layout';
import { coolantLitresPerMinute, fmtKw, fmtLpm } from '../model/units';
import type { Diagnostic, Target } from '../model/report';
import { diagnostic, rackLabel, target } from './diagnostic';
import { BlockedSum } from './blockedSum';
import type { Topology } from './coolingTopology';
import { topologyOf } from './coolingTopology';

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

const names = (racks: readonly RackHeat[], idx: readonly number[]): string => {
  const shown = idx.slice(0, 6).map((i) => racks[i]?.rack.name ?? '?');
  return shown.join(', ') + (idx.length > 6 ? ` and ${idx.length - 6} more` : '');
};

/** The pass as kept between edits: per-rack amounts, per-group results, and what they were made from. */
interface CoolingState {
  readonly topology: Topology;
  readonly limits: PodLimits;
  racks: readonly RackHeat[];
  /** Per rack, liquid heat left after its in-rack CDUs, W. */
  readonly residualW: Float64Array;
  /** Per rack, air heat left after its rear door, W. */
  readonly afterDoorW: BlockedSum;
  /** Per rack, air heat its rear door takes, W. */
  readonly doorRemovedW: BlockedSum;
  readonly liquidW: BlockedSum;
  readonly inRackLiquidW: BlockedSum;
  /** Per rack, its share of its group's floor CDU capacity, W, and of its group's in-row cooler capacity, W. */
  readonly liquidShareW: Float64Array;
  readonly airShareW: Float64Array;
  readonly cduGroupDiagnostics: (readonly Diagnostic[])[];
  /** Per in-row cooler group, the air heat it takes, W. */
  readonly coolerRemovedW: Float64Array;
  readonly rackDiagnostics: (readonly Diagnostic[] | undefined)[];
  perRack: readonly RackCooling[];
}

/** Above this many changed racks the pass is made from scratch. */
const MAX_CHANGED = 64;

let kept: CoolingState | undefined;

/** One rack's amounts and its own checks (liquid heat no CDU takes, in-rack CDU flow). */
function passRack(s: CoolingState, i: number): void {
  const r = s.racks[i] as RackHeat;
  const { limits } = s;
  const residual = Math.max(0, r.liquidW - r.inRackLiquidW);
  s.residualW[i] = residual;
  s.afterDoorW.values[i] = Math.max(0, r.airW - r.doorAirW);
  s.doorRemovedW.values[i] = Math.min(r.airW, r.doorAirW);
  s.liquidW.values[i] = r.liquidW;
  s.inRackLiquidW.values[i] = r.inRackLiquidW;
  let found: Diagnostic[] | undefined;
  if (residual > 0 && s.topology.rackCduGroup[i] === -1) {
    (found ??= []).push(
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
      (found ??= []).push(
        diagnostic(
          'warning',
          'cooling.flowOverCapacity',
          `${rackLabel(r.rack)}: its in-rack CDUs carry ${fmtKw(Math.min(r.liquidW, r.inRackLiquidW))}, needing ${fmtLpm(need)} of ${coolantWord(limits)} at a ${limits.coolantDeltaTC} °C rise; they are rated ${fmtLpm(r.inRackFlowLpm)}.`,
          [target('rack', r.rack.id)],
        ),
      );
    }
  }
  s.rackDiagnostics[i] = found;
}

/** A group of floor CDUs and the racks they serve, checked as a whole (capacity and flow); shares by heat. */
function passCduGroup(s: CoolingState, gi: number): void {
  const { topology, limits, racks } = s;
  const g = topology.cduGroups[gi] as Topology['cduGroups'][number];
  const { cdus } = topology;
  const capacity = topology.cduGroupCapacityW[gi] ?? 0;
  const flow = topology.cduGroupFlowLpm[gi] ?? 0;
  const heat = g.racks.reduce((sum, r) => sum + (s.residualW[r] ?? 0), 0);
  for (const r of g.racks)
    s.liquidShareW[r] = heat > 0 ? (capacity * (s.residualW[r] ?? 0)) / heat : capacity / g.racks.length;
  // Targets and names only when a message is written: most groups pass.
  const targets = (): Target[] => [
    ...g.units.map((u) => target('floorUnit', cdus[u]?.placement.id ?? '')),
    ...g.racks.map((r) => target('rack', racks[r]?.rack.id ?? '')),
  ];
  const unitNames = () =>
    g.units.map((u) => `'${cdus[u]?.placement.name ?? cdus[u]?.placement.id}'`).join(', ');
  const racksText = () => (g.racks.length ? `racks ${names(racks, g.racks)}` : 'no racks');
  const found: Diagnostic[] = [];
  if (heat > capacity) {
    found.push(
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
    found.push(
      diagnostic(
        'warning',
        'cooling.flowOverCapacity',
        `CDU ${unitNames()}: ${fmtKw(heat)} at a ${limits.coolantDeltaTC} °C rise in ${coolantWord(limits)} needs ${fmtLpm(needLpm)}; their rated flow is ${fmtLpm(flow)}.`,
        targets(),
      ),
    );
  }
  s.cduGroupDiagnostics[gi] = found;
}

/** A group of in-row coolers: the air heat it takes, shared by the racks' air heat after their doors. */
function passCoolerGroup(s: CoolingState, gi: number): void {
  const g = s.topology.coolerGroups[gi] as Topology['coolerGroups'][number];
  const capacity = s.topology.coolerGroupCapacityW[gi] ?? 0;
  const afterDoor = s.afterDoorW.values;
  const heat = g.racks.reduce((sum, r) => sum + (afterDoor[r] ?? 0), 0);
  s.coolerRemovedW[gi] = Math.min(capacity, heat);
  for (const r of g.racks)
    s.airShareW[r] = heat > 0 ? (capacity * (afterDoor[r] ?? 0)) / heat : capacity / g.racks.length;
}

function rackCooling(s: CoolingState, i: number): RackCooling {
  const r = s.racks[i] as RackHeat;
  return {
    liquidCapacityW: r.inRackLiquidW + (s.liquidShareW[i] ?? 0),
    airCapacityW: r.doorAirW + (s.airShareW[i] ?? 0),
  };
}

function fromScratch(topology: Topology, limits: PodLimits, racks: readonly RackHeat[]): CoolingState {
  const n = racks.length;
  const s: CoolingState = {
    topology,
    limits,
    racks,
    residualW: new Float64Array(n),
    afterDoorW: new BlockedSum(n),
    doorRemovedW: new BlockedSum(n),
    liquidW: new BlockedSum(n),
    inRackLiquidW: new BlockedSum(n),
    liquidShareW: new Float64Array(n),
    airShareW: new Float64Array(n),
    cduGroupDiagnostics: [],
    coolerRemovedW: new Float64Array(topology.coolerGroups.length),
    rackDiagnostics: new Array<readonly Diagnostic[] | undefined>(n),
    perRack: [],
  };
  for (let i = 0; i < n; i++) passRack(s, i);
  for (const sum of [s.afterDoorW, s.doorRemovedW, s.liquidW, s.inRackLiquidW]) sum.sumAll();
  for (let gi = 0; gi < topology.cduGroups.length; gi++) passCduGroup(s, gi);
  for (let gi = 0; gi < topology.coolerGroups.length; gi++) passCoolerGroup(s, gi);
  s.perRack = racks.map((_, i) => rackCooling(s, i));
  return s;
}

/**
 * `s` moved to `racks` when they are its racks with a few heat records replaced: those racks, their blocks and their
 * groups are passed again. False (and `s` unchanged) when more changed.
 */
function advanced(s: CoolingState, racks: readonly RackHeat[]): boolean {
  if (racks.length !== s.racks.length) return false;
  const changed: number[] = [];
  for (let i = 0; i < racks.length; i++)
    if (racks[i] !== s.racks[i] && changed.push(i) > MAX_CHANGED) return false;
  if (changed.length === 0) return true;
  s.racks = racks;
  const { rackCduGroup, rackCoolerGroup, cduGroups, coolerGroups } = s.topology;
  const cduDirty = new Set<number>();
  const coolerDirty = new Set<number>();
  for (const i of changed) {
    passRack(s, i);
    for (const sum of [s.afterDoorW, s.doorRemovedW, s.liquidW, s.inRackLiquidW]) sum.sumBlockOf(i);
    if ((rackCduGroup[i] ?? -1) >= 0) cduDirty.add(rackCduGroup[i] as number);
    if ((rackCoolerGroup[i] ?? -1) >= 0) coolerDirty.add(rackCoolerGroup[i] as number);
  }
  const perRack = s.perRack.slice();
  for (const gi of cduDirty) passCduGroup(s, gi);
  for (const gi of coolerDirty) passCoolerGroup(s, gi);
  for (const gi of cduDirty) for (const r of cduGroups[gi]?.racks ?? []) perRack[r] = rackCooling(s, r);
  for (const gi of coolerDirty) for (const r of coolerGroups[gi]?.racks ?? []) perRack[r] = rackCooling(s, r);
  for (const i of changed) perRack[i] = rackCooling(s, i);
  s.perRack = perRack;
  return true;
}

/**
 * The three racks leaving the most air heat to the room (after door and in-row share), largest first, the earlier
 * rack first on a tie: one pass without a record per rack.
 */
function largestLeft(
  racks: readonly RackHeat[],
  afterDoor: Float64Array,
  airShare: Float64Array,
): { readonly r: RackHeat; readonly left: number }[] {
  const top: { r: RackHeat; left: number }[] = [];
  for (let i = 0; i < racks.length; i++) {
    const left = Math.max(0, (afterDoor[i] ?? 0) - (airShare[i] ?? 0));
    if (left <= 0 || (top.length === 3 && left <= (top[2]?.left ?? 0))) continue;
    let at = top.length;
    while (at > 0 && left > (top[at - 1]?.left ?? 0)) at--;
    top.splice(at, 0, { r: racks[i] as RackHeat, left });
    if (top.length > 3) top.pop();
  }
  return top;
}

/** The pass's diagnostics, in the order a pass from scratch writes them, and the pod's cooling figures. */
function emit(s: CoolingState, out: Diagnostic[]): PodCooling {
  const { limits, racks, topology } = s;
  for (const found of s.cduGroupDiagnostics) for (const d of found) out.push(d);
  for (const found of s.rackDiagnostics) if (found) for (const d of found) out.push(d);

  let inRowRemovedW = 0;
  for (let gi = 0; gi < s.coolerRemovedW.length; gi++) inRowRemovedW += s.coolerRemovedW[gi] as number;
  const afterDoor = s.afterDoorW.values;
  const roomAirW = Math.max(0, s.afterDoorW.total() - inRowRemovedW);
  const roomKw = limits.roomAirKw * 1000;
  if (roomAirW > roomKw) {
    const top = largestLeft(racks, afterDoor, s.airShareW);
    out.push(
      diagnostic(
        'error',
        'cooling.roomAirOverCapacity',
        `Pod: ${fmtKw(roomAirW)} of air heat reaches the room after rear doors and in-row coolers; room air cooling is ${fmtKw(roomKw)} (${fmtKw(roomAirW - roomKw)} over). Largest: ${top.map((x) => `${x.r.rack.name} ${fmtKw(x.left)}`).join(', ')}.`,
        [target('pod', 'pod'), ...top.map((x) => target('rack', x.r.rack.id))],
      ),
    );
  }

  const liquidW = s.liquidW.total();
  const airToWaterW = s.doorRemovedW.total() + inRowRemovedW;
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

  const liquidCapacityW = s.inRackLiquidW.total() + topology.cduCapacityW;
  return {
    perRack: s.perRack,
    liquidCapacityW,
    airToWaterW,
    roomAirW,
    floorUnitPowerW: topology.floorUnitPowerW,
  };
}

/**
 * Checks the pod's cooling and returns its figures. With `useCache`, the last pass is carried forward when it fits
 * (same topology and limits, a few racks' heat changed); without, the pass is made from scratch and not kept.
 */
export function checkCooling(
  layout: Layout,
  catalog: Catalog,
  racks: readonly RackHeat[],
  out: Diagnostic[],
  useCache = true,
): PodCooling {
  const topology = topologyOf(layout, catalog, racks);
  if (!useCache) return emit(fromScratch(topology, layout.limits, racks), out);
  if (!kept || kept.topology !== topology || kept.limits !== layout.limits || !advanced(kept, racks))
    kept = fromScratch(topology, layout.limits, racks);
  return emit(kept, out);
}

const coolantWord = (limits: PodLimits): string =>
  limits.coolant === 'water' ? 'water' : '25% propylene glycol';
