/**
 * Pod totals summed from rack evaluations in blocks of 16 racks, and the blocks in groups of 16. Each block's and
 * group's sum is cached against the identity of what it sums, so after an edit that touches one rack only that rack's
 * block and group are summed again and the pod total is the sum of a few group sums rather than 5,000 racks.
 */
import type { CatalogItem } from '../model/catalog';
import type { DeviceFigures, Diagnostic } from '../model/report';
import type { PortCounts } from '../rules/network';
import { addCounts } from '../rules/network';
import type { RackEvaluation } from './rackEvaluation';

export interface Aggregate {
  maxW: number;
  typicalW: number;
  /** Power-shelf conversion losses, W. */
  shelfLossW: number;
  /** Rack-mounted UPS losses, W. */
  rackUpsLossW: number;
  /** VA beyond the pod's power factor from loads with their own (`RackPowerFigures.ownPfExtraVa`), VA. */
  ownPfExtraVa: number;
  doorPowerW: number;
  gpus: number;
  devices: number;
  liquidW: number;
  airW: number;
  cfm: number;
  weightKg: number;
  readonly endpoints: PortCounts;
  readonly switchDown: PortCounts;
  readonly switchUp: PortCounts;
  readonly items: Map<string, CatalogItem>;
  /** The racks' own diagnostics, in rack order (gathered per block, so an edit gathers one block again). */
  readonly diagnostics: Diagnostic[];
  /** Joins the per-rack device figures (done on demand: it is the one O(devices) step). */
  readonly deviceFigures: () => readonly DeviceFigures[];
}

const BLOCK = 16;

function emptyAggregate(deviceFigures: () => readonly DeviceFigures[]): Aggregate {
  return {
    maxW: 0,
    typicalW: 0,
    shelfLossW: 0,
    rackUpsLossW: 0,
    ownPfExtraVa: 0,
    doorPowerW: 0,
    gpus: 0,
    devices: 0,
    liquidW: 0,
    airW: 0,
    cfm: 0,
    weightKg: 0,
    endpoints: new Map(),
    switchDown: new Map(),
    switchUp: new Map(),
    items: new Map(),
    diagnostics: [],
    deviceFigures,
  };
}

function add(into: Aggregate, from: Pick<Aggregate, Exclude<keyof Aggregate, 'deviceFigures'>>): void {
  into.maxW += from.maxW;
  into.typicalW += from.typicalW;
  into.shelfLossW += from.shelfLossW;
  into.rackUpsLossW += from.rackUpsLossW;
  into.ownPfExtraVa += from.ownPfExtraVa;
  into.doorPowerW += from.doorPowerW;
  into.gpus += from.gpus;
  into.devices += from.devices;
  into.liquidW += from.liquidW;
  into.airW += from.airW;
  into.cfm += from.cfm;
  into.weightKg += from.weightKg;
  addCounts(into.endpoints, from.endpoints);
  addCounts(into.switchDown, from.switchDown);
  addCounts(into.switchUp, from.switchUp);
  for (const [k, v] of from.items) into.items.set(k, v);
  for (const d of from.diagnostics) into.diagnostics.push(d);
}

function ofRack(e: RackEvaluation): Pick<Aggregate, Exclude<keyof Aggregate, 'deviceFigures'>> {
  return {
    maxW: e.maxW,
    typicalW: e.typicalW,
    shelfLossW: e.power.shelfLossW,
    rackUpsLossW: e.power.upsLossW,
    ownPfExtraVa: e.power.ownPfExtraVa,
    doorPowerW: e.doorPowerW,
    gpus: e.gpus,
    devices: e.deviceCount,
    liquidW: e.heat.liquidW,
    airW: e.heat.airW,
    cfm: e.airflowCfm,
    weightKg: e.weightKg,
    endpoints: e.endpoints,
    switchDown: e.switchDown,
    switchUp: e.switchUp,
    items: e.items as Map<string, CatalogItem>,
    diagnostics: e.diagnostics as Diagnostic[],
  };
}

const blockCache = new WeakMap<
  RackEvaluation,
  { readonly evaluations: readonly RackEvaluation[]; readonly sum: Aggregate }
>();

function blockSum(evaluations: readonly RackEvaluation[], useCache: boolean): Aggregate {
  const first = evaluations[0];
  if (useCache && first) {
    const hit = blockCache.get(first);
    if (
      hit &&
      hit.evaluations.length === evaluations.length &&
      hit.evaluations.every((e, i) => e === evaluations[i])
    )
      return hit.sum;
  }
  const sum = emptyAggregate(() => ([] as DeviceFigures[]).concat(...evaluations.map((e) => e.devices)));
  for (const e of evaluations) add(sum, ofRack(e));
  if (useCache && first) blockCache.set(first, { evaluations, sum });
  return sum;
}

/** Block sums combined 16 at a time (256 racks), cached against the identity of the block sums. */
const SUPER = 16;
const superCache = new WeakMap<
  Aggregate,
  { readonly parts: readonly Aggregate[]; readonly sum: Aggregate }
>();

function superSum(parts: readonly Aggregate[], useCache: boolean): Aggregate {
  const first = parts[0];
  if (useCache && first) {
    const hit = superCache.get(first);
    if (hit && hit.parts.length === parts.length && hit.parts.every((p, i) => p === parts[i])) return hit.sum;
  }
  const sum = emptyAggregate(() => ([] as DeviceFigures[]).concat(...parts.map((b) => b.deviceFigures())));
  for (const b of parts) add(sum, b);
  if (useCache && first) superCache.set(first, { parts, sum });
  return sum;
}

/**
 * Sums rack evaluations (in rack order) into pod totals: racks in blocks of 16, blocks in groups of 16, then the
 * groups. An edit of one rack sums its block and its group again and then about 20 groups on a 5,000-rack pod (not
 * 300 blocks); a pass without the cache sums in the same order, so both give the same figures to the last bit.
 */
export function aggregate(evaluations: readonly RackEvaluation[], useCache: boolean): Aggregate {
  const blocks: Aggregate[] = [];
  for (let i = 0; i < evaluations.length; i += BLOCK)
    blocks.push(blockSum(evaluations.slice(i, i + BLOCK), useCache));
  const groups: Aggregate[] = [];
  for (let i = 0; i < blocks.length; i += SUPER) groups.push(superSum(blocks.slice(i, i + SUPER), useCache));
  const total = emptyAggregate(() => ([] as DeviceFigures[]).concat(...groups.map((g) => g.deviceFigures())));
  for (const g of groups) add(total, g);
  return total;
}
