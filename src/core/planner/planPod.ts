/**
 * The pod planner: from "I need N GPUs of this platform" (or an IT load, or "fill the envelope") to a complete pod
 * that validates with zero errors, or the most that fits and what binds. Pure and deterministic: the same request,
 * catalog and base layout give the same layout.
 *
 * How: the units a full rack takes come from validating one rack; the pod is built for the whole target; when a
 * stated limit breaks, a search over the unit count (an estimate from the limit's ratio, then galloping and
 * bisection) finds the largest count that validates, and the errors of one more unit name the binding limit. Limits
 * the user did not state are sized to the plan afterwards.
 */
import type { Catalog } from '../model/catalog';
import type { Layout, PodLimits } from '../model/layout';
import { emptyLayout } from '../model/layout';
import type { Report } from '../model/report';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { bom } from '../derive/bom';
import { tryMinor } from '../derive/money';
import { validate } from '../derive/validate';
import type { BuildContext, BuiltPod } from './buildPod';
import { buildPod, placeUnits } from './buildPod';
import { bindingConstraint, facilityKw, needOf, POD_LIMIT_CODES } from './binding';
import type { ResolvedPlan } from './platform';
import { resolvePlan } from './platform';
import { unitsPerRack } from './rackFill';
import type { PlanCounts, PodPlan, PodPlanRequest } from './types';

/** Pod limits the planner sizes when the user leaves them out (targets `gpus` and `itKw`). */
const SIZED = ['utilityFeedKw', 'facilityWaterKw', 'roomAirKw', 'floorRatingKgPerM2'] as const;
const OPEN = 1e9;
const DEFAULT_POSITIONS_PER_ROW = 10;

interface Setup {
  readonly plan: ResolvedPlan;
  readonly ctx: BuildContext;
  readonly perRack: { units: number; limit: string };
  readonly stated: Partial<PodLimits>;
  readonly fill: boolean;
}

function setUp(request: PodPlanRequest, catalog: Catalog, base: Layout): Result<Setup, string> {
  const fill = request.target.kind === 'fill';
  const resolved = resolvePlan(request, catalog, base.limits);
  if (!resolved.ok) return resolved;
  const plan = resolved.value;
  const stated: Partial<PodLimits> = fill ? { ...base.limits, ...request.limits } : { ...request.limits };
  const open: Partial<PodLimits> = {};
  for (const k of SIZED) if (stated[k] === undefined) (open as Record<string, number>)[k] = OPEN;
  const limits: PodLimits = { ...base.limits, ...stated, ...open, deratingFraction: plan.deratingFraction };
  const rows = request.floor?.rows ?? (fill ? base.floor.rows : undefined);
  const positionsPerRow =
    request.floor?.positionsPerRow ?? (fill ? base.floor.positionsPerRow : DEFAULT_POSITIONS_PER_ROW);
  const floorBase = { ...base.floor, ...request.floor };
  const perRack = unitsPerRack(plan, catalog, limits.floorRatingKgPerM2);
  if (perRack.units === 0)
    return err(`rack: not one ${plan.unit.name} fits a ${plan.rack.name} as asked: ${perRack.limit}`);
  const ctx: BuildContext = {
    base: { ...base, name: request.name ?? base.name, floor: floorBase },
    catalog,
    plan,
    perRack: perRack.units,
    limits,
    positionsPerRow,
    rows,
  };
  return ok({ plan, ctx, perRack, stated, fill });
}

/**
 * The pod built for exactly `units` platform units under the request's stated limits (unstated ones open), as the
 * planner builds it: for tests of maximality (one more unit than planned must fail validation).
 */
export function buildUnits(
  request: PodPlanRequest,
  catalog: Catalog,
  units: number,
  base: Layout = emptyLayout(request.name ?? 'Planned pod'),
): Result<BuiltPod, string> {
  const s = setUp(request, catalog, base);
  return s.ok ? buildPod(s.value.ctx, units) : s;
}

export function planPod(
  request: PodPlanRequest,
  catalog: Catalog,
  base: Layout = emptyLayout(request.name ?? 'Planned pod'),
): Result<PodPlan, string> {
  const s = setUp(request, catalog, base);
  if (!s.ok) return s;
  const { plan, ctx, perRack, stated, fill } = s.value;
  const { limits, rows, positionsPerRow } = ctx;
  const wanted = unitsWanted(request, plan, ctx);
  if (wanted <= 0)
    return err('target: the stated envelope holds no unit of the platform (check the floor and limits).');

  const tries = new Map<number, Result<BuiltPod, string>>();
  const build = (n: number) => {
    let b = tries.get(n);
    if (!b) tries.set(n, (b = buildPod(ctx, n)));
    return b;
  };
  const good = (n: number) => {
    const b = build(n);
    return b.ok && b.value.report.errors === 0;
  };
  const placeable = (n: number) => tries.get(n)?.ok ?? placeUnits(ctx, n).ok;
  const belowPlacement = (n: number) => {
    const top = placementBound(n, placeable);
    return top === 0 || good(top) ? top : search(top, build, good, ctx);
  };
  let best = wanted;
  if (!good(wanted)) best = build(wanted).ok ? search(wanted, build, good, ctx) : belowPlacement(wanted);
  const hit = build(best);
  if (!hit.ok) return err(`No pod of this platform fits the envelope: ${hit.error}`);
  const bindsNow = best < wanted || fill;
  let binding = null;
  if (bindsNow) {
    const more = build(best + 1);
    const whole = fill
      ? undefined
      : buildPod({ ...ctx, limits: { ...limits, ...openAll() }, rows: undefined }, wanted);
    binding = bindingConstraint({
      unitName: plan.unit.name,
      gpusPerUnit: plan.unit.gpus,
      unitKw: plan.unit.maxW / 1000,
      units: best,
      wanted: fill ? undefined : wanted,
      planned: hit.value.report,
      oneMore: more.ok
        ? { errors: more.value.report.diagnostics.filter((d) => d.severity === 'error') }
        : { failure: more.error },
      whole: whole?.ok ? whole.value.report : undefined,
      ...(whole?.ok && { wholeRows: whole.value.layout.floor.rows }),
      limits,
      floor: { rows: rows ?? hit.value.layout.floor.rows, positionsPerRow },
    });
  }
  const sized = sizeLimits(hit.value, stated, base.limits);
  const layout = { ...hit.value.layout, limits: sized.limits };
  const report = validate(layout, catalog);
  return ok(
    describe(layout, report, catalog, plan, {
      perRack,
      wanted,
      binding,
      sizedLimits: sized.keys,
      computeRacks: hit.value.computeRacks,
      units: best,
    }),
  );
}

/**
 * When the target cannot even be placed (the floor is full or a network cannot be sized), the most units that
 * place are found by bisection over placement alone, which needs no validation; the search for zero errors then
 * starts there.
 */
function placementBound(wanted: number, placeable: (n: number) => boolean): number {
  let lo = 0;
  let hi = wanted;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (placeable(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const openAll = (): Partial<PodLimits> => ({ utilityFeedKw: OPEN, facilityWaterKw: OPEN, roomAirKw: OPEN });

function unitsWanted(request: PodPlanRequest, plan: ResolvedPlan, ctx: BuildContext): number {
  const t = request.target;
  if (t.kind === 'gpus') return Math.ceil(t.gpus / plan.unit.gpus);
  if (t.kind === 'itKw') return Math.max(1, Math.floor((t.kw * 1000) / plan.unit.maxW));
  // Fill: one more than the least of what the floor and the utility feed could hold, so the search finds the edge.
  const byFeed = Math.floor((ctx.limits.utilityFeedKw * 1000) / plan.unit.maxW);
  const rackSpan = Math.max(1, Math.ceil(plan.rack.widthMm / ctx.base.floor.pitchMm - 1e-9));
  const byFloor = Math.floor((ctx.rows ?? 1) * Math.floor(ctx.positionsPerRow / rackSpan) * ctx.perRack);
  return Math.max(1, Math.min(byFeed, byFloor) + 1);
}

/** The largest count that validates, below `wanted` (which does not). */
function search(
  wanted: number,
  build: (n: number) => Result<BuiltPod, string>,
  good: (n: number) => boolean,
  ctx: BuildContext,
): number {
  const top = build(wanted);
  let estimate: number;
  if (top.ok) {
    // The pod limits scale about linearly with the unit count: start where the tightest one would put the edge.
    const r = top.value.report;
    let ratio = 1;
    for (const code of POD_LIMIT_CODES) {
      const need = needOf(code, r);
      const limit = limitOf(code, ctx.limits);
      if (need !== undefined && limit !== undefined && need > limit) ratio = Math.min(ratio, limit / need);
    }
    estimate = Math.min(wanted - 1, Math.floor(wanted * ratio));
  } else estimate = Math.floor(wanted / 2);
  let lo = 0; // known good (0 units trivially)
  let hi = wanted; // known bad
  if (estimate > 0 && good(estimate)) {
    lo = estimate;
    for (let step = 1; lo + step < hi; step *= 2) {
      if (good(lo + step)) lo += step;
      else {
        hi = lo + step;
        break;
      }
    }
  } else if (estimate > 0) {
    hi = estimate;
    for (let step = 1; hi - step > 0; step *= 2) {
      if (good(hi - step)) {
        lo = hi - step;
        break;
      }
      hi -= step;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (good(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function limitOf(code: string, limits: PodLimits): number | undefined {
  if (code === 'power.utilityOverload') return limits.utilityFeedKw;
  if (code === 'cooling.facilityWaterOverCapacity') return limits.facilityWaterKw;
  if (code === 'cooling.roomAirOverCapacity') return limits.roomAirKw;
  return undefined;
}

/** Limits left open are set to what the plan needs (whole kW, rounded up); stated ones stay. */
function sizeLimits(built: BuiltPod, stated: Partial<PodLimits>, baseLimits: PodLimits) {
  const p = built.report.pod;
  const up = (v: number) => Math.max(1, Math.ceil(v - 1e-9));
  const floorLoad = built.report.racks.reduce((m, r) => Math.max(m, r.floorLoadKgPerM2), 0);
  const need: Record<(typeof SIZED)[number], number> = {
    utilityFeedKw: up(facilityKw(built.report)),
    facilityWaterKw: up(p.liquidHeatKw + p.airHeatToWaterKw),
    roomAirKw: up(p.roomAirHeatKw),
    floorRatingKgPerM2: Math.max(baseLimits.floorRatingKgPerM2, up(floorLoad)),
  };
  const keys = SIZED.filter((k) => stated[k] === undefined);
  const limits = { ...built.layout.limits };
  for (const k of keys) (limits as Record<string, unknown>)[k] = need[k as keyof typeof need];
  return { limits: limits as PodLimits, keys: keys as string[] };
}

function countsOf(
  layout: Layout,
  report: Report,
  catalog: Catalog,
  computeRacks: number,
  units: number,
): PlanCounts {
  const kinds = new Map<string, number>();
  for (const d of [...layout.devices, ...layout.sideItems, ...layout.floorUnits]) {
    const k = catalog.items.get(d.sku)?.kind ?? 'unknown';
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const taken = new Set<string>();
  return {
    computeRacks,
    networkRacks: layout.racks.length - computeRacks,
    units,
    gpus: report.pod.gpus,
    pdus: kinds.get('pdu') ?? 0,
    powerShelves: kinds.get('power-shelf') ?? 0,
    cdus: kinds.get('cdu') ?? 0,
    doors: layout.racks.filter((r) => r.rearDoor !== undefined).length,
    switches: kinds.get('switch') ?? 0,
    links: layout.links.length,
    batteries: kinds.get('battery') ?? 0,
    floorPositions: positionsUsed(layout, catalog, taken),
  };
}

function positionsUsed(layout: Layout, catalog: Catalog, taken: Set<string>): number {
  const pitch = layout.floor.pitchMm;
  for (const r of [...layout.racks, ...layout.floorUnits]) {
    const item = catalog.items.get(r.sku);
    const w =
      item?.kind === 'rack' ? item.widthMm : item && 'footprintMm' in item ? item.footprintMm?.width : pitch;
    const span = Math.max(1, Math.ceil((w ?? pitch) / pitch - 1e-9));
    for (let s = 0; s < span; s++) taken.add(`${r.position.row}:${r.position.slot + s}`);
  }
  return taken.size;
}

function describe(
  layout: Layout,
  report: Report,
  catalog: Catalog,
  plan: ResolvedPlan,
  x: {
    perRack: { units: number; limit: string };
    wanted: number;
    binding: PodPlan['binding'];
    sizedLimits: readonly string[];
    computeRacks: number;
    units: number;
  },
): PodPlan {
  const counts = countsOf(layout, report, catalog, x.computeRacks, x.units);
  const b = bom(layout, catalog);
  const priceMinor = tryMinor(b.total, b.currency) ?? 0;
  const kw = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} kW`;
  const summary =
    `${counts.gpus.toLocaleString('en-US')} GPUs: ${counts.units.toLocaleString('en-US')} × ${plan.unit.name} in ${counts.computeRacks} compute racks (${x.perRack.units} per rack) and ${counts.networkRacks} network racks; ` +
    `${counts.pdus} PDUs, ${counts.powerShelves} power shelves, ${counts.cdus} CDUs, ${counts.doors} rear doors, ${counts.switches} switches, ${counts.links.toLocaleString('en-US')} links` +
    (counts.batteries > 0 ? `, ${counts.batteries} batteries` : '') +
    `; ${kw(report.pod.itKwMax)} IT + ${kw(report.pod.coolingKw)} cooling at max draw; ${report.errors} errors.`;
  return {
    layout,
    counts,
    perRack: x.perRack,
    unitsWanted: x.wanted,
    gpusWanted: x.wanted * plan.unit.gpus,
    itKw: report.pod.itKwMax,
    totalKw: report.pod.totalKwMax,
    facilityKw: facilityKw(report),
    coolingKw: report.pod.coolingKw,
    priceMinor,
    currency: b.currency,
    errors: report.errors,
    warnings: report.warnings,
    binding: x.binding,
    sizedLimits: x.sizedLimits,
    summary,
  };
}
