/**
 * One-click fixes for diagnostics with a clear remedy: a PDU (or a circuit) on a rack that is short of power, a
 * floor CDU assigned or added for a rack short of liquid cooling, a pod limit raised to what the pod needs. Each is
 * an edit returned with what it changes and what it costs, and it is offered only when it clears its diagnostic
 * and raises no new error (checked by validating the result), so a fix never makes another rule fail.
 */
import type { Catalog, Cdu, Pdu, Rdhx } from '../model/catalog';
import type { RackId } from '../model/ids';
import { floorUnitId } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { bom } from '../derive/bom';
import { tryMinor } from '../derive/money';
import { validate } from '../derive/validate';
import { addFloorUnit, setLimits, updateFloorUnit, updateRack } from '../ops/layoutOps';
import { firstFreeFloor, floorName, floorSpanOf } from '../place/freeSpace';
import { defaultChoices, NETWORK_LABELS, placeNetwork } from '../place/networkPlacement';
import { planDrop } from '../place/dropPlanner';
import { NETWORK_ROLES } from '../model/catalog';
import { pduUsableW } from '../rules/power';
import { SIDE_CHANNEL_CAPACITY } from '../rules/space';
import { needOf } from './binding';
import { LIQUID_SHORT, POD_LIMITS, POWER_SHORT } from './fixableCodes';
import { nPlusOnePdus, sidePdus } from './rackFill';

export interface Fix {
  /** The button's words (`Add a PDU per feed`). */
  readonly label: string;
  /** What changes, in words. */
  readonly change: string;
  /** List price of what the fix adds, minor units of `currency` (0 for a limit raised or a CDU reassigned). */
  readonly costMinor: number;
  readonly currency: string;
  readonly layout: Layout;
}

const keyOf = (d: Diagnostic) => `${d.code}|${d.targets.map((t) => `${t.kind}:${t.id}`).join(',')}`;
const errorKeys = (layout: Layout, catalog: Catalog) =>
  new Set(
    validate(layout, catalog)
      .diagnostics.filter((d) => d.severity === 'error')
      .map(keyOf),
  );

const rackTarget = (d: Diagnostic) => d.targets.find((t) => t.kind === 'rack')?.id;

/** PDUs on a short rack: its own PDU model (else the largest 0U PDU), one per feed (2N) or one circuit (N+1). */
export function addPdus(
  layout: Layout,
  catalog: Catalog,
  rack: string,
): { layout: Layout; change: string } | null {
  const r = layout.racks.find((x) => x.id === rack);
  if (!r) return null;
  const sides = layout.sideItems.filter((s) => s.rack === rack);
  const own = sides.map((s) => catalog.items.get(s.sku)).find((i): i is Pdu => i?.kind === 'pdu');
  const derating = layout.limits.deratingFraction;
  const pdu =
    own ??
    [...catalog.items.values()]
      .filter((i): i is Pdu => i.kind === 'pdu' && i.placement === 'rack-0u')
      .sort((a, b) => pduUsableW(b, derating) - pduUsableW(a, derating))[0];
  if (!pdu) return null;
  const nPlusOne = r.powerScheme === 'N+1';
  const adding = nPlusOne ? 1 : 2;
  if (sides.length + adding > SIDE_CHANNEL_CAPACITY * 2) return null;
  const ids = new Set(layout.sideItems.map((s) => s.id as string));
  let from = sides.length + 1;
  const make = () =>
    nPlusOne ? nPlusOnePdus(r.id as RackId, pdu.sku, 1, from) : sidePdus(r.id as RackId, pdu.sku, 1, from);
  let added = make();
  while (added.some((a) => ids.has(a.id))) {
    from += 1;
    added = make();
  }
  const usableKva = (pduUsableW(pdu, derating) / 1000).toFixed(1);
  return {
    layout: { ...layout, sideItems: [...layout.sideItems, ...added] },
    change: nPlusOne
      ? `adds a ${pdu.name} (${usableKva} kVA usable) to rack ${r.name} as one more N+1 circuit`
      : `adds a ${pdu.name} (${usableKva} kVA usable) on each of feeds A and B of rack ${r.name}`,
  };
}

/** A floor CDU for the racks: one that already serves some with room to spare, else a new one on a free position. */
function cduFor(layout: Layout, catalog: Catalog, d: Diagnostic): { layout: Layout; change: string }[] {
  const racks = d.targets.filter((t) => t.kind === 'rack').map((t) => t.id);
  if (racks.length === 0) return [];
  const names = racks.map((id) => layout.racks.find((r) => r.id === id)?.name ?? id).join(', ');
  const out: { layout: Layout; change: string }[] = [];
  for (const f of layout.floorUnits) {
    const item = catalog.items.get(f.sku);
    if (item?.kind !== 'cdu' || f.serves === undefined) continue;
    const serves = [...new Set([...f.serves, ...racks])];
    if (serves.length === f.serves.length) continue;
    out.push({
      layout: updateFloorUnit(layout, f.id, { serves: serves as never }),
      change: `sets ${f.name ?? f.id} (${item.name}) to serve rack ${names} too`,
    });
  }
  const cdu = [...catalog.items.values()]
    .filter((i): i is Cdu => i.kind === 'cdu' && i.placement === 'floor')
    .sort((a, b) => b.liquidCapacityW - a.liquidCapacityW)[0];
  const position = cdu ? firstFreeFloor(layout, catalog, floorSpanOf(cdu, layout.floor.pitchMm)) : null;
  if (cdu && position) {
    let n = 1;
    while (layout.floorUnits.some((f) => f.id === `CDU${n}`)) n++;
    out.push({
      layout: addFloorUnit(layout, {
        id: floorUnitId(`CDU${n}`),
        sku: cdu.sku,
        name: `CDU${n}`,
        position,
        serves: racks as never,
      }),
      change: `adds a ${cdu.name} (${(cdu.liquidCapacityW / 1000).toLocaleString('en-US')} kW) at floor position ${floorName(position)}, serving rack ${names}`,
    });
  }
  return out;
}

/**
 * Rear doors for the racks that send the most air heat to a room short of cooling (the diagnostic names them): each
 * rack without a door gets the smallest door that takes its air heat at max draw, else the largest there is.
 */
function rearDoorsFor(
  layout: Layout,
  catalog: Catalog,
  d: Diagnostic,
): { layout: Layout; change: string } | null {
  if (d.code !== 'cooling.roomAirOverCapacity') return null;
  const doors = [...catalog.items.values()]
    .filter((i): i is Rdhx => i.kind === 'rdhx')
    .sort((a, b) => a.airCapacityW - b.airCapacityW);
  if (doors.length === 0) return null;
  const figures = new Map(validate(layout, catalog).racks.map((r) => [r.id, r]));
  let next = layout;
  const added: string[] = [];
  for (const t of d.targets) {
    if (t.kind !== 'rack') continue;
    const rack = next.racks.find((r) => r.id === t.id);
    const airW = (figures.get(t.id)?.airHeatKw ?? 0) * 1000;
    if (!rack || rack.rearDoor !== undefined || airW <= 0) continue;
    const door = doors.find((x) => x.airCapacityW >= airW) ?? (doors.at(-1) as Rdhx);
    next = updateRack(next, rack.id, { rearDoor: door.sku });
    added.push(
      `a ${door.name} (${(door.airCapacityW / 1000).toLocaleString('en-US')} kW) on rack ${rack.name}`,
    );
  }
  return added.length === 0 ? null : { layout: next, change: `adds ${added.join(', ')}` };
}

/**
 * The switches a network is short of: that network planned again with the catalog's default switches (the planner's
 * sizing, placement in a new network rack and wiring), one candidate per network whose ports fall short.
 */
function networksPlanned(
  layout: Layout,
  catalog: Catalog,
  d: Diagnostic,
): { layout: Layout; change: string }[] {
  if (d.code !== 'network.portShortage') return [];
  const defaults = defaultChoices(catalog);
  const out: { layout: Layout; change: string }[] = [];
  for (const role of NETWORK_ROLES) {
    const choice = defaults[role];
    if (!choice) continue;
    const placed = placeNetwork(layout, catalog, {
      choices: { [role]: choice },
      target: { kind: 'new-rack' },
    });
    if (!placed.ok) continue;
    out.push({
      layout: placed.value.layout,
      change: `plans the ${NETWORK_LABELS[role].toLowerCase()} network again: ${placed.value.preview.replace(/^Will place /, 'places ')}`,
    });
  }
  return out;
}

/** Racks tried for a move, nearest first (a guard on large pods). */
const MOVE_CANDIDATES = 8;

/**
 * A rack short of power with no room for more PDUs: its topmost powered device moved to the nearest rack (floor
 * distance) where it can be placed; `rounds` devices in turn. One layout per round, for `fixFor` to check.
 */
function movesToNearest(
  layout: Layout,
  catalog: Catalog,
  d: Diagnostic,
  rounds = 3,
): { layout: Layout; change: string }[] {
  const from = layout.racks.find((r) => r.id === rackTarget(d));
  if (!from) return [];
  const far = (r: { position: { row: number; slot: number } }) =>
    Math.abs(r.position.row - from.position.row) * 1000 + Math.abs(r.position.slot - from.position.slot);
  const nearest = layout.racks
    .filter((r) => r.id !== from.id)
    .sort((a, b) => far(a) - far(b))
    .slice(0, MOVE_CANDIDATES);
  const out: { layout: Layout; change: string }[] = [];
  const moved: string[] = [];
  let next = layout;
  for (let round = 0; round < rounds; round++) {
    const device = next.devices
      .filter(
        (x) => x.rack === from.id && (catalog.items.get(x.sku) as { power?: unknown } | undefined)?.power,
      )
      .sort((a, b) => b.u - a.u)[0];
    if (!device) break;
    const name = device.name ?? catalog.items.get(device.sku)?.name ?? device.id;
    let placed = false;
    for (const to of nearest) {
      const v = planDrop(next, catalog, { kind: 'move', ids: [device.id] }, { kind: 'rack', rack: to.id });
      if (!v || v.candidate === next) continue;
      next = v.candidate;
      moved.push(`${name} to rack ${to.name}`);
      placed = true;
      break;
    }
    if (!placed) break;
    out.push({ layout: next, change: `moves from rack ${from.name}: ${moved.join(', ')}` });
  }
  return out;
}

function limitRaised(
  layout: Layout,
  catalog: Catalog,
  d: Diagnostic,
): { layout: Layout; change: string } | null {
  const key = POD_LIMITS[d.code];
  if (!key) return null;
  const need = needOf(d.code, validate(layout, catalog));
  if (need === undefined) return null;
  const kw = Math.ceil(need - 1e-9);
  const was = layout.limits[key] as number;
  if (kw <= was) return null;
  const words = {
    utilityFeedKw: 'the utility feed',
    facilityWaterKw: 'facility water',
    roomAirKw: 'room air cooling',
  };
  return {
    layout: setLimits(layout, { [key]: kw }),
    change: `raises ${words[key as keyof typeof words]} from ${was.toLocaleString('en-US')} kW to ${kw.toLocaleString('en-US')} kW (the site must provide it)`,
  };
}

function priceMinor(layout: Layout, catalog: Catalog): { minor: number; currency: string } {
  const b = bom(layout, catalog);
  return { minor: tryMinor(b.total, b.currency) ?? 0, currency: b.currency };
}

/**
 * The fix for a diagnostic, or null when it has none that clears it without a new error. Candidates are tried in
 * order (for a rack short of power, up to three rounds of PDUs while the side channels have room).
 */
export function fixFor(layout: Layout, catalog: Catalog, d: Diagnostic): Fix | null {
  const before = errorKeys(layout, catalog);
  const target = keyOf(d);
  const clears = (next: Layout) => {
    const after = errorKeys(next, catalog);
    if (after.has(target)) return false;
    for (const k of after) if (!before.has(k)) return false;
    return true;
  };
  const offer = (label: string, next: Layout, change: string): Fix => {
    const was = priceMinor(layout, catalog);
    const now = priceMinor(next, catalog);
    return { label, change, costMinor: now.minor - was.minor, currency: now.currency, layout: next };
  };
  if (POWER_SHORT.has(d.code)) {
    const rack = rackTarget(d);
    if (!rack) return null;
    let next = layout;
    const changes: string[] = [];
    for (let round = 0; round < 3; round++) {
      const step = addPdus(next, catalog, rack);
      if (!step) break;
      next = step.layout;
      changes.push(step.change);
      if (clears(next))
        return offer(
          round === 0 ? 'Add PDUs' : `Add PDUs (${round + 1} rounds)`,
          next,
          changes.length === 1 ? changes[0]! : `${changes[0]!}, ${changes.length} times`,
        );
    }
    for (const m of movesToNearest(layout, catalog, d))
      if (clears(m.layout)) return offer('Move to the nearest rack with room', m.layout, m.change);
    return null;
  }
  if (LIQUID_SHORT.has(d.code)) {
    for (const c of cduFor(layout, catalog, d))
      if (clears(c.layout))
        return offer(c.change.startsWith('sets') ? 'Assign CDU' : 'Add CDU', c.layout, c.change);
    return null;
  }
  for (const n of networksPlanned(layout, catalog, d))
    if (clears(n.layout)) return offer('Plan the missing switches', n.layout, n.change);
  const doors = rearDoorsFor(layout, catalog, d);
  if (doors && clears(doors.layout)) return offer('Add rear doors', doors.layout, doors.change);
  const raised = limitRaised(layout, catalog, d);
  return raised && clears(raised.layout) ? offer('Raise the limit', raised.layout, raised.change) : null;
}
