/**
 * Builds the pod for `n` platform units: compute racks row by row on the floor grid, floor CDUs that serve them,
 * the networks (sized, placed and wired by the network planner), PDUs for the network racks, and batteries. Then it
 * adds power sources or CDUs where the rules still find a rack short, so what is left over is a real pod limit.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { RackId } from '../model/ids';
import { floorUnitId, rackId, sku } from '../model/ids';
import type { FloorPosition, FloorUnitPlacement, Layout, PodLimits, RackPlacement } from '../model/layout';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { coolantLitresPerMinute } from '../model/units';
import { validate } from '../derive/validate';
import type { Report } from '../model/report';
import { floorName, floorSpanOf } from '../place/freeSpace';
import { placeNetwork } from '../place/networkPlacement';
import { NETWORK_ROLES } from '../model/catalog';
import { SIDE_CHANNEL_CAPACITY } from '../rules/space';
import type { ResolvedPlan } from './platform';
import { localiseOutOfBand } from './localiseOutOfBand';
import { splitNetworkRacks } from './splitNetworkRacks';
import { nPlusOnePdus, OPTICS_MARGIN, pdusPerFeed, rackContents, sidePdus } from './rackFill';

export interface BuildContext {
  readonly base: Layout;
  readonly catalog: Catalog;
  readonly plan: ResolvedPlan;
  readonly perRack: number;
  /** Limits to validate against (unstated ones are open while searching). */
  readonly limits: PodLimits;
  readonly positionsPerRow: number;
  /** Stated rows make the floor a limit; undefined: rows are added as needed, then trimmed. */
  readonly rows: number | undefined;
}

export interface BuiltPod {
  readonly layout: Layout;
  readonly report: Report;
  readonly computeRacks: number;
}

/** Sequential free-position finder over a row-major grid. */
function floorCursor(rows: number, perRow: number) {
  const taken = new Set<number>();
  let cursor = 0;
  return {
    take(span: number): FloorPosition | null {
      for (let i = cursor; i < rows * perRow; i++) {
        const slot = i % perRow;
        if (slot + span > perRow) continue;
        let free = true;
        for (let s = 0; s < span && free; s++) if (taken.has(i + s)) free = false;
        if (!free) continue;
        for (let s = 0; s < span; s++) taken.add(i + s);
        if (span === 1 || i === cursor) cursor = i + span;
        return { row: Math.floor(i / perRow), slot };
      }
      return null;
    },
  };
}

/** Heat one CDU moves, W: its rating, or less when its flow at the design ΔT cannot carry that (Q = P/(cp·ρ·ΔT)). */
export function cduEffectiveW(cdu: { liquidCapacityW: number; flowLpm: number }, limits: PodLimits): number {
  const lpmPerW = coolantLitresPerMinute(1000, limits.coolantDeltaTC, limits.coolant) / 1000;
  return Math.min(cdu.liquidCapacityW, cdu.flowLpm / lpmPerW);
}

const spanOf = (item: CatalogItem | undefined, pitchMm: number) => floorSpanOf(item, pitchMm);

const floorMessage = (ctx: BuildContext, what: string) =>
  `the floor grid (${ctx.rows} rows × ${ctx.positionsPerRow} positions) has no free position for ${what}`;

/**
 * The pod for `n` units as placed, before it is validated: racks, floor CDUs and the networks sized, placed and
 * wired. Fails when the floor has no room or a network cannot be sized; the planner's search probes this cheaper
 * step first (a placement that fails needs no validation).
 */
export function placeUnits(
  ctx: BuildContext,
  n: number,
): Result<{ readonly layout: Layout; readonly computeRacks: number }, string> {
  const { plan, catalog, perRack } = ctx;
  const pitch = ctx.base.floor.pitchMm;
  const rackCount = perRack > 0 ? Math.ceil(n / perRack) : 0;
  const rackSpan = spanOf(plan.rack, pitch);
  const cduSpan = spanOf(plan.cdu, pitch);
  const batterySpan = spanOf(plan.battery, pitch);
  const liquidW = plan.unit.liquidW * n;
  const cduCount =
    plan.cooling === 'liquid-floor' && plan.cdu && liquidW > 0
      ? Math.ceil((liquidW * (1 + OPTICS_MARGIN)) / cduEffectiveW(plan.cdu, ctx.limits))
      : 0;
  const batteryGuess = plan.battery
    ? Math.ceil((((n * plan.unit.maxW * 1.3) / 1000) * plan.rideThroughMin) / 60 / plan.battery.energyKwh) +
      Math.ceil((n * plan.unit.maxW * 1.3) / 1000 / plan.battery.powerKw)
    : 0;
  const P = ctx.positionsPerRow;
  const rows =
    ctx.rows ??
    Math.ceil((rackCount * rackSpan + cduCount * cduSpan + batteryGuess * batterySpan + 64) / P) + 4;
  const floor = { ...ctx.base.floor, rows, positionsPerRow: P };
  const cursor = floorCursor(rows, P);

  const racks: RackPlacement[] = [];
  const devices: Layout['devices'][number][] = [];
  const sideItems: Layout['sideItems'][number][] = [];
  for (let r = 0; r < rackCount; r++) {
    const position = cursor.take(rackSpan);
    if (!position) return err(floorMessage(ctx, `compute rack ${r + 1} of ${rackCount}`));
    const name = floorName(position);
    const id = rackId(name);
    const c = rackContents(plan, id, Math.min(perRack, n - r * perRack));
    racks.push({
      id,
      sku: plan.rack.sku,
      name,
      position,
      ...(c.rearDoor && { rearDoor: sku(c.rearDoor) }),
      ...(c.powerScheme && { powerScheme: c.powerScheme }),
    });
    devices.push(...c.devices);
    sideItems.push(...c.sideItems);
  }
  const floorUnits: FloorUnitPlacement[] = [];
  const serves = racks.map((r) => r.id);
  const addCdu = (): string | null => {
    if (!plan.cdu) return null;
    const position = cursor.take(cduSpan);
    if (!position) return floorMessage(ctx, `floor CDU ${floorUnits.length + 1}`);
    const i = floorUnits.filter((f) => f.sku === plan.cdu?.sku).length + 1;
    floorUnits.push({ id: floorUnitId(`CDU${i}`), sku: plan.cdu.sku, name: `CDU${i}`, position, serves });
    return null;
  };
  for (let i = 0; i < cduCount; i++) {
    const bad = addCdu();
    if (bad) return err(bad);
  }
  let layout: Layout = {
    ...ctx.base,
    limits: ctx.limits,
    floor,
    racks,
    devices,
    sideItems,
    floorUnits,
    links: [],
    oversubscriptionTargets: [],
  };

  // Networks: the network planner sizes, places (new network racks) and wires them.
  if (NETWORK_ROLES.some((r) => plan.choices[r] !== undefined) && n > 0) {
    const placed = placeNetwork(layout, catalog, {
      choices: plan.choices,
      target: { kind: 'new-rack', rackSku: plan.networkRack.sku },
    });
    if (!placed.ok) return err(placed.error);
    const local = localiseOutOfBand(
      placed.value.layout,
      catalog,
      placed.value.switches,
      placed.value.newRacks,
    );
    layout = splitNetworkRacks(local.layout, catalog, plan, local.networkRacks, ctx.rows === undefined);
    layout = powerUnfedRacks(layout, catalog, plan);
  }
  return ok({ layout, computeRacks: rackCount });
}

export function buildPod(ctx: BuildContext, n: number): Result<BuiltPod, string> {
  const placed = placeUnits(ctx, n);
  if (!placed.ok) return placed;
  const { plan, catalog } = ctx;
  let { layout } = placed.value;
  const batterySpan = spanOf(plan.battery, layout.floor.pitchMm);
  let report = validate(layout, catalog);
  if (plan.battery && plan.rideThroughMin > 0) {
    const totalKw = report.pod.totalKwMax;
    const count = Math.max(
      Math.ceil((totalKw * plan.rideThroughMin) / 60 / plan.battery.energyKwh),
      Math.ceil(totalKw / plan.battery.powerKw),
    );
    const units = [...layout.floorUnits];
    const free = occupiedCursor(layout, catalog);
    for (let i = 1; i <= count; i++) {
      const position = free(batterySpan);
      if (!position) return err(floorMessage(ctx, `battery ${i} of ${count}`));
      units.push({ id: floorUnitId(`BAT${i}`), sku: plan.battery.sku, name: `BAT${i}`, position });
    }
    layout = { ...layout, floorUnits: units };
    report = validate(layout, catalog);
  }
  const repaired = repair(layout, report, ctx);
  if (!repaired.ok) return repaired;
  ({ layout, report } = repaired.value);
  if (ctx.rows === undefined) layout = trimRows(layout);
  return ok({ layout, report, computeRacks: placed.value.computeRacks });
}

/** A free-position finder that knows what the layout already holds. */
function occupiedCursor(layout: Layout, catalog: Catalog) {
  const { rows, positionsPerRow, pitchMm } = layout.floor;
  const taken = new Set<string>();
  const mark = (s: string, p: FloorPosition) => {
    const span = floorSpanOf(catalog.items.get(s as never), pitchMm);
    for (let i = 0; i < span; i++) taken.add(`${p.row}:${p.slot + i}`);
  };
  for (const r of layout.racks) mark(r.sku, r.position);
  for (const f of layout.floorUnits) mark(f.sku, f.position);
  return (span: number): FloorPosition | null => {
    for (let row = 0; row < rows; row++)
      for (let slot = 0; slot + span <= positionsPerRow; slot++) {
        let free = true;
        for (let i = 0; i < span && free; i++) if (taken.has(`${row}:${slot + i}`)) free = false;
        if (!free) continue;
        for (let i = 0; i < span; i++) taken.add(`${row}:${slot + i}`);
        return { row, slot };
      }
    return null;
  };
}

/** Racks with IT load and no power source (new network racks) get PDUs on both feeds for their load. */
function powerUnfedRacks(layout: Layout, catalog: Catalog, plan: ResolvedPlan): Layout {
  const fed = new Set<string>(layout.sideItems.map((s) => s.rack));
  for (const d of layout.devices) {
    const k = catalog.items.get(d.sku)?.kind;
    if (k === 'pdu' || k === 'power-shelf') fed.add(d.rack);
  }
  const loadW = new Map<string, number>();
  for (const d of layout.devices) {
    if (fed.has(d.rack)) continue;
    const item = catalog.items.get(d.sku);
    if (item && 'power' in item) loadW.set(d.rack, (loadW.get(d.rack) ?? 0) + item.power.maxW);
  }
  if (loadW.size === 0) return layout;
  const added = [...loadW].flatMap(([rack, w]) =>
    sidePdus(rack as RackId, plan.pdu.sku, pdusPerFeed(plan, w)),
  );
  return { ...layout, sideItems: [...layout.sideItems, ...added] };
}

const POWER_SHORT = new Set([
  'power.feedOverload',
  'power.overload',
  'power.noPdu',
  'power.nPlusOneOverload',
  'power.phaseOverload',
]);
const LIQUID_SHORT = new Set([
  'cooling.liquidOverCapacity',
  'cooling.flowOverCapacity',
  'cooling.noLiquidCooling',
]);

/**
 * Adds a PDU per feed to a rack the rules find short (while its side channels have room) and a floor CDU while a
 * CDU group is short; a few rounds at most. What remains is left to the caller as a limit.
 */
function repair(
  layout: Layout,
  report: Report,
  ctx: BuildContext,
): Result<{ layout: Layout; report: Report }, string> {
  for (let round = 0; round < 4; round++) {
    const shortRacks = new Set<string>();
    let liquidShort = false;
    for (const d of report.diagnostics) {
      if (d.severity !== 'error') continue;
      if (POWER_SHORT.has(d.code)) for (const t of d.targets) if (t.kind === 'rack') shortRacks.add(t.id);
      if (LIQUID_SHORT.has(d.code) && ctx.plan.cooling === 'liquid-floor') liquidShort = true;
    }
    let next = layout;
    if (shortRacks.size > 0) {
      const perRack = new Map<string, number>();
      for (const s of layout.sideItems) perRack.set(s.rack, (perRack.get(s.rack) ?? 0) + 1);
      const nPlusOne = new Set(
        layout.racks.filter((r) => r.powerScheme === 'N+1').map((r) => r.id as string),
      );
      const added = [...shortRacks]
        .filter((r) => (perRack.get(r) ?? 0) + (nPlusOne.has(r) ? 1 : 2) <= SIDE_CHANNEL_CAPACITY * 2)
        .flatMap((r) =>
          nPlusOne.has(r)
            ? nPlusOnePdus(r as RackId, ctx.plan.pdu.sku, 1, (perRack.get(r) ?? 0) + 1)
            : sidePdus(r as RackId, ctx.plan.pdu.sku, 1, (perRack.get(r) ?? 0) / 2 + 1),
        );
      if (added.length > 0) next = { ...next, sideItems: [...next.sideItems, ...added] };
    }
    if (liquidShort && ctx.plan.cdu) {
      const position = occupiedCursor(next, ctx.catalog)(floorSpanOf(ctx.plan.cdu, next.floor.pitchMm));
      if (position) {
        const serves = next.floorUnits.find((f) => f.sku === ctx.plan.cdu?.sku)?.serves ?? [];
        const i = next.floorUnits.filter((f) => f.sku === ctx.plan.cdu?.sku).length + 1;
        next = {
          ...next,
          floorUnits: [
            ...next.floorUnits,
            { id: floorUnitId(`CDU${i}`), sku: ctx.plan.cdu.sku, name: `CDU${i}`, position, serves },
          ],
        };
      }
    }
    if (next === layout) break;
    layout = next;
    report = validate(layout, ctx.catalog);
  }
  return ok({ layout, report });
}

/** Drops empty rows at the end of a floor the planner sized. */
function trimRows(layout: Layout): Layout {
  let last = 0;
  for (const r of layout.racks) last = Math.max(last, r.position.row);
  for (const f of layout.floorUnits) last = Math.max(last, f.position.row);
  return { ...layout, floor: { ...layout.floor, rows: last + 1 } };
}
