/**
 * `validate(layout, catalog)`: every rule family over a layout, with capacity figures per device, rack and pod.
 *
 * Incremental by construction: each rack's evaluation is cached against the identity of its rack record, its
 * devices and side items (in layout order), the catalog and the pod limits. Edits made through `ops` share every
 * untouched record, so after placing one device only that device's rack is evaluated again; the pod-level pass is
 * O(racks + floor units + links). `validate(layout, catalog, { cache: false })` recomputes everything and must give
 * an identical report (tested).
 */
import type { Catalog } from '../model/catalog';
import type { DevicePlacement, Layout, PodLimits, RackPlacement, SideItemPlacement } from '../model/layout';
import type { DeviceFigures, Diagnostic, PodFigures, RackFigures, Report } from '../model/report';
import { wattsToBtuPerHour } from '../model/units';
import type { RackCooling } from '../rules/cooling';
import { checkCooling } from '../rules/cooling';
import { sortDiagnostics } from '../rules/diagnostic';
import { checkPortCapacity, reportOversubscription } from '../rules/network';
import { checkPodBatteries, checkPsuRedundancy } from '../rules/power';
import { podPowerChain } from './podPowerChain';
import { checkIncompleteItems, checkOrphans } from '../rules/references';
import { floorPass } from './floorPass';
import { replacedInPlace } from '../ops/listDelta';
import type { Grouping } from './grouping';
import { IncrementalGrouping } from './grouping';
import type { RackExtra } from './linkState';
import type { ExtraPower } from './rackScope';
import { LinkState, NO_EXTRA } from './linkState';
import type { Aggregate } from './podAggregate';
import { aggregate } from './podAggregate';
import type { RackEvaluation } from './rackEvaluation';
import { evaluateRack, rackCoolantLpm, rackPowerFigures } from './rackEvaluation';
import { checkStorage } from '../storage/checkStorage';
import { podStorage } from '../storage/podStorage';

export interface ValidateOptions {
  /** Reuse cached rack evaluations (default true). */
  readonly cache?: boolean;
}

interface CacheEntry {
  /** Optic power of this rack's devices, as `[id, typical W, max W]` sorted by id (empty without links). */
  readonly extra: RackExtra;
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

const sameExtra = (a: RackExtra, b: RackExtra): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((x, i) => x[0] === b[i]?.[0] && x[1] === b[i]?.[1] && x[2] === b[i]?.[2]));

const snapshots = new WeakMap<RackExtra, ExtraPower>();
/**
 * The rack's optic power as a map of its own, fixed with the evaluation: the link state's map changes with later
 * edits, and an evaluation reads it lazily (device figures are made on first read) and is reused from the cache.
 */
function extraSnapshot(extra: RackExtra): ExtraPower {
  let m = snapshots.get(extra);
  if (!m) {
    m = new Map(extra.map(([id, typicalW, maxW]) => [id, { typicalW, maxW }]));
    snapshots.set(extra, m);
  }
  return m;
}

function evaluateCached(
  rack: RackPlacement,
  devices: readonly DevicePlacement[],
  sideItems: readonly SideItemPlacement[],
  catalog: Catalog,
  limits: PodLimits,
  useCache: boolean,
  links: LinkState | undefined,
): RackEvaluation {
  // Without the cache the link state lives for this report only, so its map of optic power is read as it is; the
  // cache compares each rack's share (`rackExtra`) and keeps its own copy (`extraSnapshot`).
  if (!useCache) return evaluateSorted(rack, devices, sideItems, catalog, limits, links?.extraW);
  const extra = links ? links.rackExtra(rack.id, devices, sideItems) : NO_EXTRA;
  const hit = rackCache.get(rack);
  if (
    hit &&
    sameExtra(hit.extra, extra) &&
    hit.catalog === catalog &&
    hit.limits === limits &&
    (hit.devices === devices || sameItems(hit.devices, devices)) &&
    (hit.sideItems === sideItems || sameItems(hit.sideItems, sideItems))
  )
    return hit.evaluation;
  const snapshot = extra.length > 0 ? extraSnapshot(extra) : undefined;
  const evaluation = evaluateSorted(rack, devices, sideItems, catalog, limits, snapshot);
  rackCache.set(rack, { extra, catalog, limits, devices, sideItems, evaluation });
  return evaluation;
}

const evaluateSorted = (
  rack: RackPlacement,
  devices: readonly DevicePlacement[],
  sideItems: readonly SideItemPlacement[],
  catalog: Catalog,
  limits: PodLimits,
  extraW: ExtraPower | undefined,
): RackEvaluation =>
  evaluateRack(
    rack,
    [...devices].sort(byPosition),
    [...sideItems].sort(bySideThenId),
    catalog,
    limits,
    extraW,
  );

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

/** The list of a rack with no devices or side items (one array, so caches keyed on list identity hit). */
const none: readonly never[] = [];
const deviceGrouping = new IncrementalGrouping<DevicePlacement>();
const linkState = new LinkState();
const sideGrouping = new IncrementalGrouping<SideItemPlacement>();
const rackIdCache = new WeakMap<readonly RackPlacement[], ReadonlySet<string>>();
const rackFiguresCache = new WeakMap<RackEvaluation, { liquid: number; air: number; figures: RackFigures }>();

/** The racks list of the last cached pass. */
let lastRacks: readonly RackPlacement[] | undefined;

/**
 * A value that depends only on the racks' ids and order, cached per racks list and carried over from the last pass's
 * list when one rack was replaced in place under its id (moved, renamed, given a door): no pass over 5,000 racks.
 */
function byRackIds<V>(
  cache: WeakMap<readonly RackPlacement[], V>,
  racks: readonly RackPlacement[],
  make: () => V,
): V {
  let v = cache.get(racks);
  if (v === undefined) {
    if (lastRacks && replacedInPlace(lastRacks, racks) !== undefined) v = cache.get(lastRacks);
    v ??= make();
    cache.set(racks, v);
  }
  return v;
}

const rackIdsOf = (racks: readonly RackPlacement[]): ReadonlySet<string> =>
  byRackIds(rackIdCache, racks, () => new Set(racks.map((r) => r.id)));

function rackFigures(
  e: RackEvaluation,
  liquidCapacityW: number,
  airCapacityW: number,
  limits: PodLimits,
  useCache: boolean,
): RackFigures {
  const hit = useCache ? rackFiguresCache.get(e) : undefined;
  if (hit && hit.liquid === liquidCapacityW && hit.air === airCapacityW) return hit.figures;
  const figures: RackFigures = {
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
    oneFeedLostKw: Math.min(e.usableByFeed.A, e.usableByFeed.B) / 1000,
    rackLimitKw: e.rackLimitW === null ? null : e.rackLimitW / 1000,
    ...rackPowerFigures(e.power),
    liquidHeatKw: e.heat.liquidW / 1000,
    airHeatKw: e.heat.airW / 1000,
    heatBtuPerHour: wattsToBtuPerHour(e.maxW),
    liquidCapacityKw: liquidCapacityW / 1000,
    airCapacityKw: airCapacityW / 1000,
    coolantLitresPerMinute: rackCoolantLpm(e, limits),
    airflowCfm: e.airflowCfm,
    weightKg: e.weightKg,
    staticLoadKg: e.staticLoadKg,
    floorLoadKgPerM2: e.floorLoadKgPerM2,
  };
  if (useCache) rackFiguresCache.set(e, { liquid: liquidCapacityW, air: airCapacityW, figures });
  return figures;
}

/** The last cached pass's per-rack figures and what they were made from. */
let lastFigures:
  | {
      readonly evaluations: readonly RackEvaluation[];
      readonly perRack: readonly RackCooling[];
      readonly limits: PodLimits;
      readonly figures: readonly RackFigures[];
    }
  | undefined;

/**
 * Each rack's figures. With the cache, a rack whose evaluation and cooling share are the same objects as in the last
 * pass keeps its figures by an identity check (no look-up per rack); the others are made or found as usual.
 */
function rackFiguresOf(
  evaluations: readonly RackEvaluation[],
  perRack: readonly RackCooling[],
  limits: PodLimits,
  useCache: boolean,
): RackFigures[] {
  const last = useCache && lastFigures?.limits === limits ? lastFigures : undefined;
  const figures = evaluations.map((e, i) => {
    const cooling = perRack[i];
    if (last && last.evaluations[i] === e && last.perRack[i] === cooling)
      return last.figures[i] as RackFigures;
    return rackFigures(e, cooling?.liquidCapacityW ?? 0, cooling?.airCapacityW ?? 0, limits, useCache);
  });
  if (useCache) lastFigures = { evaluations, perRack, limits, figures };
  return figures;
}

/** The last cached pass's rack evaluations and what they were made from. */
interface LastPass {
  readonly racks: readonly RackPlacement[];
  readonly catalog: Catalog;
  readonly limits: PodLimits;
  readonly devicesG: Grouping<DevicePlacement>;
  readonly sideG: Grouping<SideItemPlacement>;
  readonly evaluations: readonly RackEvaluation[];
  /** Whether the layout had no links (so no rack carried optic power from the cabling). */
  readonly unwired: boolean;
}
let lastPass: LastPass | undefined;
const rackIndexCache = new WeakMap<readonly RackPlacement[], ReadonlyMap<string, number>>();

/**
 * After an edit that changed only some racks' records (the groupings were patched from the last pass's), the last
 * pass's evaluations with those racks evaluated again: O(changed racks) instead of a cache look-up per rack. Every
 * other rack would hit its cache entry, which holds the very evaluation reused here. Undefined when the last pass
 * does not fit (other racks, catalog, limits, links, or a grouping made from scratch).
 */
function touchedOnly(
  layout: Layout,
  catalog: Catalog,
  devicesG: Grouping<DevicePlacement>,
  sideG: Grouping<SideItemPlacement>,
  evaluate: (rack: RackPlacement) => RackEvaluation,
): RackEvaluation[] | undefined {
  const last = lastPass;
  if (
    !last ||
    !last.unwired ||
    layout.links.length > 0 ||
    last.catalog !== catalog ||
    last.limits !== layout.limits
  )
    return undefined;
  // A rack moved, renamed or given a door: the same racks at the same places in the list, that one evaluated again.
  const moved = last.racks === layout.racks ? undefined : replacedInPlace(last.racks, layout.racks);
  if (last.racks !== layout.racks && moved === undefined) return undefined;
  const changed = new Set<string>();
  if (moved !== undefined) changed.add(layout.racks[moved]?.id ?? '');
  for (const [g, before] of [
    [devicesG, last.devicesG],
    [sideG, last.sideG],
  ] as const) {
    if (g === before) continue;
    if (g.patchedFrom?.from !== before) return undefined;
    for (const r of g.patchedFrom.racks) changed.add(r);
  }
  const index = byRackIds(rackIndexCache, layout.racks, () => new Map(layout.racks.map((r, i) => [r.id, i])));
  const evaluations = last.evaluations.slice();
  for (const id of changed) {
    const i = index.get(id);
    const rack = i === undefined ? undefined : layout.racks[i];
    // Two racks of one id: only the first is in the index, so evaluate them all the usual way.
    if (i === undefined || !rack || index.size !== layout.racks.length) return undefined;
    evaluations[i] = evaluate(rack);
  }
  return evaluations;
}

function computeReport(layout: Layout, catalog: Catalog, useCache: boolean): Report {
  const { limits } = layout;
  const rackIds = rackIdsOf(layout.racks);
  const devicesG = useCache
    ? deviceGrouping.group(layout.devices, layout.racks, rackIds)
    : new IncrementalGrouping<DevicePlacement>().group(layout.devices, layout.racks, rackIds);
  const sideG = useCache
    ? sideGrouping.group(layout.sideItems, layout.racks, rackIds)
    : new IncrementalGrouping<SideItemPlacement>().group(layout.sideItems, layout.racks, rackIds);

  let links: LinkState | undefined;
  if (layout.links.length > 0) {
    links = useCache ? linkState : new LinkState();
    links.update(layout, catalog);
  }
  const evaluate = (rack: RackPlacement) =>
    evaluateCached(
      rack,
      devicesG.byRack.get(rack.id) ?? none,
      sideG.byRack.get(rack.id) ?? none,
      catalog,
      limits,
      useCache,
      links,
    );
  const evaluations =
    (useCache && touchedOnly(layout, catalog, devicesG, sideG, evaluate)) || layout.racks.map(evaluate);
  if (useCache) lastRacks = layout.racks;
  if (useCache)
    lastPass = {
      racks: layout.racks,
      catalog,
      limits,
      devicesG,
      sideG,
      evaluations,
      unwired: layout.links.length === 0,
    };

  const sum = aggregate(evaluations, useCache);
  const diagnostics: Diagnostic[] = sum.diagnostics.slice();
  checkOrphans([...devicesG.orphans, ...sideG.orphans], diagnostics);
  const floor = floorPass(layout, catalog, rackIds, useCache);
  for (const d of floor.diagnostics) diagnostics.push(d);
  const cooling = checkCooling(
    layout,
    catalog,
    evaluations.map((e) => e.heat),
    diagnostics,
    useCache,
  );

  const racks = rackFiguresOf(evaluations, cooling.perRack, limits, useCache);
  let coolantLpm = 0;
  for (const r of racks) coolantLpm += r.coolantLitresPerMinute;
  const usedItems = new Map(sum.items);
  let batteryKwh = 0;
  let batteryKw = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (!item) continue;
    usedItems.set(item.sku, item);
    if (item.kind === 'battery') {
      batteryKwh += item.energyKwh;
      batteryKw += item.powerKw;
    }
  }
  const coolingW = cooling.floorUnitPowerW + sum.doorPowerW;
  const powerChain = podPowerChain(layout, catalog, sum, coolingW, batteryKw, diagnostics);
  checkPodBatteries({ loadW: sum.maxW + coolingW, batteryKwh, batteryKw }, diagnostics);
  if (layout.storage)
    checkStorage(podStorage(layout, catalog, layout.storage, sum.maxW, sum.gpus), diagnostics);

  const network = checkPortCapacity(sum.endpoints, sum.switchDown, diagnostics);
  reportOversubscription(usedItems, diagnostics);
  links?.diagnostics(diagnostics);
  checkIncompleteItems(new Set(usedItems.keys()), catalog, diagnostics);
  checkPsuRedundancy(usedItems.values(), diagnostics);

  const portsBySpeedGbps: Record<string, number> = {};
  for (const counts of [sum.endpoints, sum.switchDown, sum.switchUp]) {
    for (const [k, n] of counts) {
      const speed = k.split('|')[1] ?? '0';
      portsBySpeedGbps[speed] = (portsBySpeedGbps[speed] ?? 0) + n;
    }
  }

  const pod: PodFigures = {
    racks: layout.racks.length,
    devices: sum.devices,
    gpus: sum.gpus,
    itKwTypical: sum.typicalW / 1000,
    itKwMax: sum.maxW / 1000,
    coolingKw: coolingW / 1000,
    totalKwMax: (sum.maxW + coolingW) / 1000,
    utilityFeedKw: limits.utilityFeedKw,
    heatBtuPerHour: wattsToBtuPerHour(sum.maxW),
    liquidHeatKw: sum.liquidW / 1000,
    airHeatKw: sum.airW / 1000,
    airHeatToWaterKw: cooling.airToWaterW / 1000,
    roomAirHeatKw: cooling.roomAirW / 1000,
    facilityWaterKw: limits.facilityWaterKw,
    roomAirKw: limits.roomAirKw,
    liquidCapacityKw: cooling.liquidCapacityW / 1000,
    coolantLitresPerMinute: coolantLpm,
    airflowCfm: sum.cfm,
    weightKg: sum.weightKg + floor.weightKg,
    portsBySpeedGbps: sortedRecord(portsBySpeedGbps),
    ports: network.tallies,
    batteryKwh,
    batteryKw,
    powerChain,
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
  return withLazyDevices({ errors, warnings, infos, diagnostics, pod, racks }, sum);
}

/**
 * Per-device figures are read far less often than the report is made (the app reads them on selection, the CLI
 * once), so the 20,000-element list is joined from the per-block lists on first read. The property is enumerable:
 * JSON and deep equality see it like any other.
 */
function withLazyDevices(report: Omit<Report, 'devices'>, sum: Aggregate): Report {
  let devices: readonly DeviceFigures[] | undefined;
  Object.defineProperty(report, 'devices', {
    enumerable: true,
    get: () => (devices ??= sum.deviceFigures()),
  });
  return report as Report;
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort((a, b) => Number(a) - Number(b))) out[k] = r[k] ?? 0;
  return out;
}
