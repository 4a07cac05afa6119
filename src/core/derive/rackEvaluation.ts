/**
 * Everything about one rack that depends only on that rack's records, the catalog and the pod limits: its figures,
 * its rack-level diagnostics, its devices' figures and its port tallies. Cached per rack, so after one edit only
 * the touched rack is evaluated again.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { DevicePlacement, PodLimits, RackPlacement, SideItemPlacement } from '../model/layout';
import type { DeviceFigures, Diagnostic, RackFigures } from '../model/report';
import { airflowCfm, coolantLitresPerMinute } from '../model/units';
import { checkRackAirflow } from '../rules/airflow';
import type { RackHeat } from '../rules/cooling';
import { deviceLabel, rackLabel, sideItemLabel, target } from '../rules/diagnostic';
import type { PortCounts } from '../rules/network';
import { tallyPorts } from '../rules/network';
import type { RackPowerFigures } from '../rules/power';
import { checkRackPower, itemPowerFactor, podPowerFactor } from '../rules/power';
import { unknownSku } from '../rules/references';
import { checkRackSpace } from '../rules/space';
import { checkRackWeight } from '../rules/weight';
import type { RackScope, ResolvedDevice, ResolvedSideItem } from './rackScope';
import type { ExtraPower, ItemLoad } from './rackScope';
import { deviceLoad } from './rackScope';

export interface RackEvaluation {
  readonly heat: RackHeat;
  readonly name: string;
  readonly sku: string;
  readonly usedU: number;
  readonly heightU: number;
  readonly deviceCount: number;
  readonly gpus: number;
  readonly maxW: number;
  readonly typicalW: number;
  readonly usableByFeed: { readonly A: number; readonly B: number };
  readonly usablePerFeedW: number;
  readonly rackLimitW: number | null;
  /** Power figures beyond the totals: kVA, losses, input, redundancy scheme, per-phase loads, rack UPS. */
  readonly power: RackPowerFigures;
  /** Planning airflow, ft³/min: per device the larger of the design-ΔT figure and the vendor's. */
  readonly airflowCfm: number;
  readonly weightKg: number;
  readonly staticLoadKg: number;
  readonly floorLoadKgPerM2: number;
  /** Rear-door fan draw, W (counted with the cooling equipment at pod level). */
  readonly doorPowerW: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly devices: readonly DeviceFigures[];
  readonly endpoints: PortCounts;
  readonly switchDown: PortCounts;
  readonly switchUp: PortCounts;
  /** Each distinct item in the rack, by SKU (for oversubscription and incomplete-data reports). */
  readonly items: ReadonlyMap<string, CatalogItem>;
}

export function evaluateRack(
  rack: RackPlacement,
  devices: readonly DevicePlacement[],
  sideItems: readonly SideItemPlacement[],
  catalog: Catalog,
  limits: PodLimits,
  extraW?: ExtraPower,
): RackEvaluation {
  const diagnostics: Diagnostic[] = [];
  const rackT = target('rack', rack.id);
  const items = new Map<string, CatalogItem>();
  const rackRaw = catalog.items.get(rack.sku);
  if (!rackRaw) diagnostics.push(unknownSku(rackLabel(rack), rack.sku, [rackT]));
  else items.set(rackRaw.sku, rackRaw);
  const rackItem = rackRaw?.kind === 'rack' ? rackRaw : undefined;
  const doorRaw = rack.rearDoor !== undefined ? catalog.items.get(rack.rearDoor) : undefined;
  if (rack.rearDoor !== undefined && !doorRaw)
    diagnostics.push(unknownSku(`${rackLabel(rack)}: the rear door`, rack.rearDoor, [rackT]));
  if (doorRaw) items.set(doorRaw.sku, doorRaw);
  const door = doorRaw?.kind === 'rdhx' ? doorRaw : undefined;

  const resolved: ResolvedDevice[] = [];
  for (const placement of devices) {
    const item = catalog.items.get(placement.sku);
    if (!item) {
      diagnostics.push(
        unknownSku(`${rackLabel(rack)}: ${deviceLabel(placement, undefined, 1)}`, placement.sku, [
          target('device', placement.id),
          rackT,
        ]),
      );
      continue;
    }
    items.set(item.sku, item);
    resolved.push({ placement, item });
  }
  const resolvedSide: ResolvedSideItem[] = [];
  for (const placement of sideItems) {
    const item = catalog.items.get(placement.sku);
    if (!item) {
      diagnostics.push(
        unknownSku(`${rackLabel(rack)}: ${sideItemLabel(placement, undefined)}`, placement.sku, [
          target('device', placement.id),
          rackT,
        ]),
      );
      continue;
    }
    items.set(item.sku, item);
    resolvedSide.push({ placement, item });
  }

  const scope: RackScope = {
    rack,
    rackItem,
    devices: resolved,
    sideItems: resolvedSide,
    door,
    limits,
    catalog,
    extraW,
  };
  const space = checkRackSpace(scope, diagnostics);
  const power = checkRackPower(scope, diagnostics);
  checkRackAirflow(scope, diagnostics);
  const weight = checkRackWeight(scope, diagnostics);

  let liquidW = 0;
  let airW = 0;
  let cfm = 0;
  let gpus = 0;
  let inRackLiquidW = 0;
  let inRackFlowLpm = 0;
  const endpoints: PortCounts = new Map();
  const switchDown: PortCounts = new Map();
  const switchUp: PortCounts = new Map();
  for (const { placement, item } of resolved) {
    const heat = deviceHeat(item, placement.id, extraW, limits.airDeltaTC);
    if (item.kind === 'cdu' && item.placement === 'rack-u') {
      inRackLiquidW += item.liquidCapacityW;
      inRackFlowLpm += item.flowLpm;
    }
    liquidW += heat.liquidW;
    airW += heat.airW;
    cfm += heat.cfm;
    gpus += heat.gpus;
    tallyPorts(item, endpoints, switchDown, switchUp);
  }
  for (const { item } of resolvedSide) tallyPorts(item, endpoints, switchDown, switchUp);

  let deviceFigures: readonly DeviceFigures[] | undefined;
  return {
    heat: { rack, liquidW, airW, inRackLiquidW, inRackFlowLpm, doorAirW: door?.airCapacityW ?? 0 },
    name: rack.name,
    sku: rack.sku,
    usedU: space.usedU,
    heightU: rackItem?.heightU ?? 0,
    deviceCount: resolved.length + resolvedSide.length,
    gpus,
    maxW: power.maxW,
    typicalW: power.typicalW,
    usableByFeed: power.usableByFeed,
    usablePerFeedW: power.usablePerFeedW,
    rackLimitW: rackItem?.maxW ?? null,
    power,
    airflowCfm: cfm,
    weightKg: weight.totalKg,
    staticLoadKg: rackItem?.staticLoadKg ?? 0,
    floorLoadKgPerM2: weight.floorLoadKgPerM2,
    doorPowerW: door?.powerW ?? 0,
    diagnostics,
    get devices() {
      // Made on first read (the report's device list is lazy too): 20,000 long-lived objects per full validation
      // otherwise cost more than every rule together. Same inputs, same figures.
      return (deviceFigures ??= devicesFigures(devices, catalog, rack.id, extraW, limits));
    },
    endpoints,
    switchDown,
    switchUp,
    items,
  };
}

/** One device's share of its rack's heat, airflow and GPUs. */
interface DeviceHeat {
  readonly load: ItemLoad;
  /** W at max draw. */
  readonly liquidW: number;
  /** W at max draw. */
  readonly airW: number;
  /** ft³/min its air heat needs at the pod's design ΔT. */
  readonly designCfm: number;
  /** The vendor's published ft³/min, or null. */
  readonly vendorCfm: number | null;
  /** Planning ft³/min: the larger of the two. */
  readonly cfm: number;
  readonly gpus: number;
}

function deviceHeat(
  item: CatalogItem,
  id: string,
  extraW: ExtraPower | undefined,
  airDeltaTC: number,
): DeviceHeat {
  const load = deviceLoad(item, id, extraW);
  const liquidW = load.maxW * load.liquidFraction;
  const airW = load.maxW - liquidW;
  const gear = item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount';
  const designCfm = airflowCfm(airW, airDeltaTC);
  const vendorCfm = gear && item.thermal.cfm !== undefined ? item.thermal.cfm : null;
  const cfm = vendorCfm !== null && vendorCfm > designCfm ? vendorCfm : designCfm;
  return { load, liquidW, airW, designCfm, vendorCfm, cfm, gpus: gear ? item.gpuCount : 0 };
}

/** The figures of a rack's devices with known SKUs, in the order given (the order `evaluateRack` resolves them). */
function devicesFigures(
  devices: readonly DevicePlacement[],
  catalog: Catalog,
  rack: string,
  extraW: ExtraPower | undefined,
  limits: PodLimits,
): DeviceFigures[] {
  const out: DeviceFigures[] = [];
  const podPf = podPowerFactor(limits);
  for (const placement of devices) {
    const item = catalog.items.get(placement.sku);
    if (!item) continue;
    const heat = deviceHeat(item, placement.id, extraW, limits.airDeltaTC);
    const pf = heat.load.busbar || heat.load.maxW === 0 ? null : itemPowerFactor(item, podPf, placement);
    out.push(figuresOf(placement, item, rack, heat, pf));
  }
  return out;
}

function figuresOf(
  placement: DevicePlacement,
  item: CatalogItem,
  rack: string,
  heat: DeviceHeat,
  powerFactor: number | null,
): DeviceFigures {
  return {
    id: placement.id,
    sku: item.sku,
    rack,
    kwTypical: heat.load.typicalW / 1000,
    kwMax: heat.load.maxW / 1000,
    powerFactor,
    kvaMax: heat.load.maxW / (powerFactor ?? 1) / 1000,
    liquidHeatKw: heat.liquidW / 1000,
    airHeatKw: heat.airW / 1000,
    airflowCfm: heat.cfm,
    airflowCfmDesign: heat.designCfm,
    airflowCfmVendor: heat.vendorCfm,
    airflowBasis: heat.cfm === heat.designCfm ? 'design ΔT' : 'vendor',
    weightKg: item.weightKg,
    gpus: heat.gpus,
  };
}

/** Coolant flow a rack's liquid heat needs, L/min. */
export const rackCoolantLpm = (evaluation: RackEvaluation, limits: PodLimits): number =>
  coolantLitresPerMinute(evaluation.heat.liquidW, limits.coolantDeltaTC, limits.coolant);

/** A rack's power figures in the report's units (kW, kVA, A). */
export function rackPowerFigures(
  p: RackPowerFigures,
): Pick<RackFigures, 'powerScheme' | 'acKvaMax' | 'lossKwMax' | 'inputKwMax' | 'pduPhases' | 'ups'> {
  return {
    powerScheme: p.scheme,
    acKvaMax: p.acLoadVa / 1000,
    lossKwMax: (p.shelfLossW + p.upsLossW) / 1000,
    inputKwMax: p.inputW / 1000,
    pduPhases: p.pdus,
    ups: p.ups && {
      capacityKw: p.ups.capacityW / 1000,
      capacityKva: p.ups.capacityVa / 1000,
      loadKw: p.ups.loadW / 1000,
      loadKva: p.ups.loadVa / 1000,
      runtimeMin: Number.isFinite(p.ups.runtimeMin) ? p.ups.runtimeMin : null,
    },
  };
}
