/**
 * `validate(layout, catalog)`: every rule family over a layout, with capacity figures per device, rack and pod.
 *
 * Incremental by construction: each rack's evaluation is cached against the identity of its rack record, its
 * devices and side items (in layout order), the catalog and the pod limits. Edits made through `ops` share every
 * untouched record, so after placing one device only that device's rack is evaluated again; the pod-level pass is
 * O(racks + floor units + links). `validate(layout, catalog, { cache: false })` recomputes everything and must give
 * an identical report (tested).
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type { DevicePlacement, Layout, PodLimits, RackPlacement, SideItemPlacement } from '../model/layout';
import type { DeviceFigures, Diagnostic, PodFigures, RackFigures, Report } from '../model/report';
import { wattsToBtuPerHour } from '../model/units';
import { checkCooling } from '../rules/cooling';
import { sortDiagnostics } from '../rules/diagnostic';
import type { PortCounts } from '../rules/network';
import { addCounts, checkLinks, checkPortCapacity, reportOversubscription } from '../rules/network';
import { checkPodPower } from '../rules/power';
import { checkFloorUnitReferences, checkIncompleteItems, checkOrphans } from '../rules/references';
import { checkFloorSpace } from '../rules/space';
import { checkFloorUnitWeight } from '../rules/weight';
import type { RackEvaluation } from './rackEvaluation';
import { evaluateRack, rackCoolantLpm } from './rackEvaluation';

export interface ValidateOptions {
  /** Reuse cached rack evaluations (default true). */
  readonly cache?: boolean;
}

interface CacheEntry {
  readonly catalog: Catalog;
  readonly limits: PodLimits;
  readonly devices: readonly DevicePlacement[];
  readonly sideItems: readonly SideItemPlacement[];
  readonly evaluation: RackEvaluation;
}

const rackCache = new WeakMap<RackPlacement, CacheEntry>();
const reportCache = new WeakMap<Layout, { catalog: Catalog; report: Report }>();

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Devices in a stable order (U, face, id) so that results do not depend on the order of the layout's list. */
const byPosition = (a: DevicePlacement, b: DevicePlacement): number =>
  a.u - b.u || (a.face < b.face ? -1 : a.face > b.face ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bySideThenId = (a: SideItemPlacement, b: SideItemPlacement): number =>
  (a.side < b.side ? -1 : a.side > b.side ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function evaluateCached(
  rack: RackPlacement,
  devices: readonly DevicePlacement[],
  sideItems: readonly SideItemPlacement[],
  catalog: Catalog,
  limits: PodLimits,
  useCache: boolean,
): RackEvaluation {
  if (useCache) {
    const hit = rackCache.get(rack);
    if (
      hit &&
      hit.catalog === catalog &&
      hit.limits === limits &&
      sameItems(hit.devices, devices) &&
      sameItems(hit.sideItems, sideItems)
    )
      return hit.evaluation;
  }
  const evaluation = evaluateRack(
    rack,
    [...devices].sort(byPosition),
    [...sideItems].sort(bySideThenId),
    catalog,
    limits,
  );
  if (useCache) rackCache.set(rack, { catalog, limits, devices, sideItems, evaluation });
  return evaluation;
}

export function validate(layout: Layout, catalog: Catalog, options: ValidateOptions = {}): Report {
  const useCache = options.cache ?? true;
  if (useCache) {
    const hit = reportCache.get(layout);
    if (hit && hit.catalog === catalog) return hit.report;
  }
  const report = computeReport(layout, catalog, useCache);
  if (useCache) reportCache.set(layout, { catalog, report });
  return report;
}

function computeReport(layout: Layout, catalog: Catalog, useCache: boolean): Report {
  const { limits } = layout;
  const rackIds = new Set<string>();
  for (const r of layout.racks) rackIds.add(r.id);

  const devicesByRack = new Map<string, DevicePlacement[]>();
  const orphans: { id: string; rack: string; sku: string }[] = [];
  for (const d of layout.devices) {
    const list = devicesByRack.get(d.rack);
    if (list) list.push(d);
    else if (rackIds.has(d.rack)) devicesByRack.set(d.rack, [d]);
    else orphans.push(d);
  }
  const sideByRack = new Map<string, SideItemPlacement[]>();
  for (const s of layout.sideItems) {
    const list = sideByRack.get(s.rack);
    if (list) list.push(s);
    else if (rackIds.has(s.rack)) sideByRack.set(s.rack, [s]);
    else orphans.push(s);
  }

  const none: readonly never[] = [];
  const evaluations = layout.racks.map((rack) =>
    evaluateCached(rack, devicesByRack.get(rack.id) ?? none, sideByRack.get(rack.id) ?? none, catalog, limits, useCache),
  );

  const diagnostics: Diagnostic[] = [];
  for (const e of evaluations) for (const d of e.diagnostics) diagnostics.push(d);
  checkOrphans(orphans, diagnostics);
  checkFloorSpace(layout, catalog, diagnostics);
  checkFloorUnitReferences(layout, catalog, rackIds, diagnostics);
  const floorUnitKg = checkFloorUnitWeight(layout, catalog, diagnostics);
  const cooling = checkCooling(
    layout,
    catalog,
    evaluations.map((e) => e.heat),
    diagnostics,
  );

  let itMaxW = 0;
  let itTypicalW = 0;
  let doorPowerW = 0;
  let gpus = 0;
  let devices = 0;
  let liquidW = 0;
  let airW = 0;
  let cfm = 0;
  let weightKg = floorUnitKg;
  let coolantLpm = 0;
  const endpoints: PortCounts = new Map();
  const switchDown: PortCounts = new Map();
  const switchUp: PortCounts = new Map();
  const usedItems = new Map<string, CatalogItem>();
  const racks: RackFigures[] = [];
  const deviceFigures: DeviceFigures[] = [];
  evaluations.forEach((e, i) => {
    itMaxW += e.maxW;
    itTypicalW += e.typicalW;
    doorPowerW += e.doorPowerW;
    gpus += e.gpus;
    devices += e.deviceCount;
    liquidW += e.heat.liquidW;
    airW += e.heat.airW;
    cfm += e.airflowCfm;
    weightKg += e.weightKg;
    const lpm = rackCoolantLpm(e, limits);
    coolantLpm += lpm;
    addCounts(endpoints, e.endpoints);
    addCounts(switchDown, e.switchDown);
    addCounts(switchUp, e.switchUp);
    for (const [sku, item] of e.items) usedItems.set(sku, item);
    for (const d of e.devices) deviceFigures.push(d);
    const share = cooling.perRack[i];
    racks.push({
      id: e.heat.rack.id,
      name: e.name,
      sku: e.sku,
      usedU: e.usedU,
      heightU: e.heightU,
      devices: e.deviceCount,
      gpus: e.gpus,
      kwTypical: e.typicalW / 1000,
      kwMax: e.maxW / 1000,
      usableKwByFeed: { A: e.usableByFeed.A / 1000, B: e.usableByFeed.B / 1000 },
      usableKwPerFeed: e.usablePerFeedW / 1000,
      rackLimitKw: e.rackLimitW === null ? null : e.rackLimitW / 1000,
      liquidHeatKw: e.heat.liquidW / 1000,
      airHeatKw: e.heat.airW / 1000,
      heatBtuPerHour: wattsToBtuPerHour(e.maxW),
      liquidCapacityKw: (share?.liquidCapacityW ?? 0) / 1000,
      airCapacityKw: (share?.airCapacityW ?? 0) / 1000,
      coolantLitresPerMinute: lpm,
      airflowCfm: e.airflowCfm,
      weightKg: e.weightKg,
      staticLoadKg: e.staticLoadKg,
      floorLoadKgPerM2: e.floorLoadKgPerM2,
    });
  });
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item) usedItems.set(item.sku, item);
  }

  let batteryKwh = 0;
  let batteryKw = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item?.kind === 'battery') {
      batteryKwh += item.energyKwh;
      batteryKw += item.powerKw;
    }
  }
  const coolingW = cooling.floorUnitPowerW + doorPowerW;
  checkPodPower({ itMaxW, itTypicalW, coolingW, utilityFeedKw: limits.utilityFeedKw, batteryKwh, batteryKw }, diagnostics);

  const network = checkPortCapacity(endpoints, switchDown, diagnostics);
  reportOversubscription(usedItems, diagnostics);
  if (layout.links.length > 0) checkLinks(layout.links, itemLookup(layout, catalog), diagnostics);
  checkIncompleteItems(new Set(usedItems.keys()), catalog, diagnostics);

  const portsBySpeedGbps: Record<string, number> = {};
  for (const counts of [endpoints, switchDown, switchUp]) {
    for (const [k, n] of counts) {
      const speed = k.split('|')[1] ?? '0';
      portsBySpeedGbps[speed] = (portsBySpeedGbps[speed] ?? 0) + n;
    }
  }

  const pod: PodFigures = {
    racks: layout.racks.length,
    devices,
    gpus,
    itKwTypical: itTypicalW / 1000,
    itKwMax: itMaxW / 1000,
    coolingKw: coolingW / 1000,
    totalKwMax: (itMaxW + coolingW) / 1000,
    utilityFeedKw: limits.utilityFeedKw,
    heatBtuPerHour: wattsToBtuPerHour(itMaxW),
    liquidHeatKw: liquidW / 1000,
    airHeatKw: airW / 1000,
    airHeatToWaterKw: cooling.airToWaterW / 1000,
    roomAirHeatKw: cooling.roomAirW / 1000,
    facilityWaterKw: limits.facilityWaterKw,
    roomAirKw: limits.roomAirKw,
    liquidCapacityKw: cooling.liquidCapacityW / 1000,
    coolantLitresPerMinute: coolantLpm,
    airflowCfm: cfm,
    weightKg,
    portsBySpeedGbps: sortedRecord(portsBySpeedGbps),
    ports: network.tallies,
    batteryKwh,
    batteryKw,
  };

  sortDiagnostics(diagnostics);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, diagnostics, pod, racks, devices: deviceFigures };
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort((a, b) => Number(a) - Number(b))) out[k] = r[k] ?? 0;
  return out;
}

/** Device id → catalog item, over devices and side items (only built when the layout has links). */
function itemLookup(layout: Layout, catalog: Catalog): (id: DeviceId) => CatalogItem | undefined {
  const map = new Map<string, CatalogItem>();
  for (const list of [layout.devices, layout.sideItems]) {
    for (const d of list) {
      const item = catalog.items.get(d.sku);
      if (item) map.set(d.id, item);
    }
  }
  return (id) => map.get(id);
}
