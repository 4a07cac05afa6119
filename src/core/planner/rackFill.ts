/**
 * One compute rack's contents for `n` platform units: in-rack CDU at the bottom, power shelves for busbar loads,
 * the units, 0U PDUs on feeds A and B, and a rear door. Also the number of units a full rack takes, found by
 * validating one rack (so the rules, not a second copy of them, decide) and the rule that stops one more.
 */
import type { Catalog } from '../model/catalog';
import type { DeviceId, RackId } from '../model/ids';
import { deviceId, floorUnitId, rackId, sku } from '../model/ids';
import type { DevicePlacement, FeedSide, Layout, RackPlacement, SideItemPlacement } from '../model/layout';
import { emptyLayout } from '../model/layout';
import { validate } from '../derive/validate';
import { pduUsableW } from '../rules/power';
import type { ResolvedPlan } from './platform';

/** Margin over the max draw when counting power sources, for transceiver power the network adds (fraction). */
export const OPTICS_MARGIN = 0.03;

export interface RackContents {
  readonly devices: DevicePlacement[];
  readonly sideItems: SideItemPlacement[];
  readonly rearDoor?: string;
  /** Set for racks planned N+1 (the rules then hold the load against all circuits but the largest). */
  readonly powerScheme?: 'N+1';
}

const feedOf = (i: number): FeedSide => (i % 2 === 0 ? 'A' : 'B');

/** `perFeed` 0U PDUs on each feed, A on the left first, sides alternating (as in the example pods). */
export function sidePdus(rack: RackId, pduSku: string, perFeed: number, from = 1): SideItemPlacement[] {
  const out: SideItemPlacement[] = [];
  for (let i = from - 1; i < from - 1 + perFeed; i++)
    for (const feed of ['A', 'B'] as const) {
      const side = (i % 2 === 0) === (feed === 'A') ? 'left' : 'right';
      out.push({ id: deviceId(`${rack}-pdu-${feed}${i + 1}`), sku: sku(pduSku), rack, side, feed });
    }
  return out;
}

/**
 * `count` 0U PDUs planned N+1, numbered from `from`: feeds alternate A, B, A… (so a lost feed is not the design
 * case) and sides left, right, left…, two per side channel at most.
 */
export function nPlusOnePdus(rack: RackId, pduSku: string, count: number, from = 1): SideItemPlacement[] {
  const out: SideItemPlacement[] = [];
  for (let i = from - 1; i < from - 1 + count; i++) {
    const feed = feedOf(i);
    out.push({
      id: deviceId(`${rack}-pdu-${feed}${i + 1}`),
      sku: sku(pduSku),
      rack,
      side: i % 2 === 0 ? 'left' : 'right',
      feed,
    });
  }
  return out;
}

/**
 * A compute rack's PDUs for `acW` of AC load, W. 2N: `pdusPerFeed` on each of A and B. N+1: one circuit more than
 * the load needs, so it still fits with any one lost (at least 2).
 */
export function computeRackPdus(plan: ResolvedPlan, rack: RackId, acW: number): SideItemPlacement[] {
  const perFeed = pdusPerFeed(plan, acW);
  if (plan.powerPath === 'n+1' && perFeed > 0) return nPlusOnePdus(rack, plan.pdu.sku, perFeed + 1);
  return sidePdus(rack, plan.pdu.sku, perFeed);
}

/** PDUs per feed for `acW` of AC load, W: the whole load on either feed alone, with the optics margin. */
export function pdusPerFeed(plan: ResolvedPlan, acW: number): number {
  if (acW <= 0) return 0;
  return Math.max(1, Math.ceil((acW * (1 + OPTICS_MARGIN)) / pduUsableW(plan.pdu, plan.deratingFraction)));
}

/** The smallest door of the plan's list that takes `airW` (else the largest). */
export function doorFor(plan: ResolvedPlan, airW: number): string | undefined {
  const fits = plan.doors.find((d) => d.airCapacityW >= airW * (1 + OPTICS_MARGIN));
  return (fits ?? plan.doors[plan.doors.length - 1])?.sku;
}

export function rackContents(plan: ResolvedPlan, rack: RackId, n: number): RackContents {
  const devices: DevicePlacement[] = [];
  let u = 1;
  const put = (id: string, s: string, h: number, feed?: FeedSide) => {
    devices.push({
      id: deviceId(id) as DeviceId,
      sku: sku(s),
      rack,
      u,
      face: 'front',
      ...(feed && { feed }),
    });
    u += Math.max(1, Math.ceil(h));
  };
  const { unit, cdu, shelf } = plan;
  if (plan.cooling === 'liquid-inrack' && cdu && n > 0) put(`${rack}-cdu1`, cdu.sku, cdu.uHeight);
  const busbarW = unit.busbarW * n;
  if (busbarW > 0 && shelf) {
    const perFeed = Math.ceil((busbarW * (1 + OPTICS_MARGIN)) / shelf.outputW);
    for (let i = 0; i < perFeed * 2; i++) put(`${rack}-shelf${i + 1}`, shelf.sku, shelf.uHeight, feedOf(i));
  }
  let k = 0;
  for (let i = 0; i < n; i++)
    for (const part of unit.items)
      for (let c = 0; c < part.count; c++)
        put(`${rack}-${unit.rackScale ? 'tray' : 'srv'}${++k}`, part.item.sku, part.item.uHeight);
  const pumpW = plan.cooling === 'liquid-inrack' && cdu && n > 0 ? cdu.powerW : 0;
  const acW = (unit.maxW - unit.busbarW) * n + pumpW;
  const sideItems = computeRackPdus(plan, rack, acW);
  const airW = (unit.maxW - unit.liquidW) * n;
  const rearDoor = plan.cooling === 'rear-door' && n > 0 ? doorFor(plan, airW) : undefined;
  const nPlusOne = plan.powerPath === 'n+1' && sideItems.length > 0;
  return {
    devices,
    sideItems,
    ...(rearDoor && { rearDoor }),
    ...(nPlusOne && { powerScheme: 'N+1' as const }),
  };
}

/** U a rack's contents take above the units (in-rack CDU, power shelves) are counted by the placement itself. */
const usedU = (c: RackContents, catalog: Catalog): number =>
  c.devices.reduce((s, d) => {
    const item = catalog.items.get(d.sku);
    return s + (item && 'uHeight' in item ? Math.max(1, Math.ceil(item.uHeight)) : 1);
  }, 0);

const BIG_LIMITS = {
  utilityFeedKw: 1e9,
  facilityWaterKw: 1e9,
  roomAirKw: 1e9,
};

/** A pod of one rack holding `n` units, with a floor CDU when the plan has one, to validate the rack alone. */
export function oneRackPod(plan: ResolvedPlan, n: number, floorRatingKgPerM2: number): Layout {
  const base = emptyLayout('rack test');
  const id = rackId('T1');
  const rack: RackPlacement = { id, sku: plan.rack.sku, name: 'T1', position: { row: 0, slot: 0 } };
  const c = rackContents(plan, id, n);
  const cdu = plan.cooling === 'liquid-floor' && plan.cdu;
  return {
    ...base,
    limits: { ...base.limits, ...BIG_LIMITS, floorRatingKgPerM2, deratingFraction: plan.deratingFraction },
    floor: { ...base.floor, rows: 1, positionsPerRow: 20 },
    racks: [
      {
        ...rack,
        ...(c.rearDoor && { rearDoor: sku(c.rearDoor) }),
        ...(c.powerScheme && { powerScheme: c.powerScheme }),
      },
    ],
    devices: c.devices,
    sideItems: c.sideItems,
    floorUnits: cdu
      ? [{ id: floorUnitId('TCDU'), sku: cdu.sku, position: { row: 0, slot: 2 }, serves: [id] }]
      : [],
  };
}

/** Codes that do not belong to one rack on its own (networks are planned later). */
const rackErrors = (l: Layout, catalog: Catalog) =>
  validate(l, catalog, { cache: false }).diagnostics.filter(
    (d) => d.severity === 'error' && !d.code.startsWith('network.'),
  );

/**
 * Units in a full compute rack: the most for which one rack validates with no error and stays under the power per
 * rack the user accepts; `limit` says what stops one more, in words.
 */
export function unitsPerRack(
  plan: ResolvedPlan,
  catalog: Catalog,
  floorRatingKgPerM2: number,
): { units: number; limit: string } {
  if (plan.unit.rackScale) return { units: 1, limit: `one ${plan.unit.name} per rack` };
  const spaceMax = Math.floor(plan.rack.heightU / Math.max(1, plan.unit.uHeight));
  const byKw = Number.isFinite(plan.maxRackW) ? Math.floor(plan.maxRackW / plan.unit.maxW) : spaceMax;
  let n = Math.min(spaceMax, byKw);
  const kwLimit = byKw < spaceMax;
  let limit = kwLimit
    ? `the ${(plan.maxRackW / 1000).toLocaleString('en-US')} kW per rack accepted (${n} × ${(plan.unit.maxW / 1000).toFixed(1)} kW)`
    : `rack space (${plan.rack.heightU} U)`;
  for (; n > 0; n--) {
    const pod = oneRackPod(plan, n, floorRatingKgPerM2);
    const contents = pod.devices;
    const errors =
      usedU({ devices: [...contents], sideItems: [] }, catalog) > plan.rack.heightU ? ['space'] : [];
    const found = errors.length > 0 ? null : rackErrors(pod, catalog)[0];
    if (errors.length === 0 && !found) return { units: n, limit };
    limit = found
      ? found.message.replace(/^Rack T1: /, `${n} per rack: `)
      : `rack space (${plan.rack.heightU} U)`;
  }
  return { units: 0, limit };
}
