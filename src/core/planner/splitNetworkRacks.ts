/**
 * The network planner fills network racks by U; a rack of 1U switches with their optics can draw more than two
 * PDUs per feed carry. This spreads each network rack's switches over as many racks as their power needs (each
 * rack's switches keep their U), so every network rack stays within what its side channels can feed.
 *
 * A rack is full when its switches' apparent power (W / PF) reaches `FILL` of two PDUs per feed, or sooner when one
 * more would put a phase of those PDUs over its limit: a few kilowatt-sized switch cords cannot be spread evenly over
 * three phases, so a total within the PDUs' √3·V·I can still overload one phase (the `power.phaseOverload` rule).
 * The phase check is the rule's own model (`phaseLoads`), with the plan's PDU twice on each feed.
 */
import type { Catalog } from '../model/catalog';
import type { DeviceId, RackId } from '../model/ids';
import { rackId } from '../model/ids';
import type { Layout, RackPlacement } from '../model/layout';
import { validate } from '../derive/validate';
import { firstFreeFloor, floorSpanOf } from '../place/freeSpace';
import type { CordLoad, PhasePdu } from '../rules/phaseLoads';
import { phaseLoads } from '../rules/phaseLoads';
import { itemPowerFactor, podPowerFactor, pduUsableVa } from '../rules/power';
import { SIDE_CHANNEL_CAPACITY } from '../rules/space';
import type { ResolvedPlan } from './platform';

/** Share of the two-PDUs-per-feed capacity a network rack is filled to (room for optics that cable lengths change). */
const FILL = 0.9;

export function splitNetworkRacks(
  layout: Layout,
  catalog: Catalog,
  plan: ResolvedPlan,
  networkRacks: readonly RackPlacement[],
  /** The floor's rows are not a stated limit: add a row when a new network rack finds no free position. */
  growFloor = false,
): Layout {
  if (networkRacks.length === 0) return layout;
  // Apparent power, VA: a PDU's usable √3·V·I × derating carries the switches' W / PF (not their W).
  const capVa = SIDE_CHANNEL_CAPACITY * pduUsableVa(plan.pdu, plan.deratingFraction) * FILL;
  const kwOf = new Map(validate(layout, catalog).devices.map((d) => [d.id, d.kwMax * 1000]));
  const fullRackPdus = sidePdusOf(plan);
  const pf = podPowerFactor(layout.limits);
  const cordLoad = (d: Layout['devices'][number]): CordLoad => {
    const item = catalog.items.get(d.sku);
    const gear = item?.kind === 'server' || item?.kind === 'switch' || item?.kind === 'rackmount';
    return {
      maxW: kwOf.get(d.id) ?? 0,
      powerFactor: item ? itemPowerFactor(item, pf, d) : pf,
      cords: gear ? item.power.psuCount : 1,
    };
  };
  const moves = new Map<string, RackId>();
  let next = layout;
  let n = layout.racks.length;
  const span = floorSpanOf(catalog.items.get(plan.networkRack.sku), layout.floor.pitchMm);
  const freePosition = () => {
    const at = firstFreeFloor(next, catalog, span);
    if (at || !growFloor) return at;
    next = { ...next, floor: { ...next.floor, rows: next.floor.rows + 1 } };
    return firstFreeFloor(next, catalog, span);
  };
  split: for (const rack of networkRacks) {
    const mine = layout.devices.filter((d) => d.rack === rack.id).sort((a, b) => a.u - b.u);
    let usedVa = 0;
    let cords: CordLoad[] = [];
    let target: RackId = rack.id;
    for (const d of mine) {
      const load = cordLoad(d);
      const va = load.maxW / load.powerFactor;
      const over =
        usedVa + va > capVa || !phasesHold(fullRackPdus, [...cords, load], rack.powerScheme ?? '2N');
      if (over && usedVa > 0) {
        const position = freePosition();
        // A stated floor that is full: the switches stay where they are and the rules name the overload.
        if (!position) break split;
        const names = new Set(next.racks.map((r) => r.name));
        let k = 1;
        while (names.has(`NET${k}`)) k++;
        const added: RackPlacement = {
          id: rackId(`net-${++n}`),
          sku: plan.networkRack.sku,
          name: `NET${k}`,
          position,
        };
        next = { ...next, racks: [...next.racks, added] };
        target = added.id;
        usedVa = 0;
        cords = [];
      }
      usedVa += va;
      cords.push(load);
      if (target !== rack.id) moves.set(d.id, target);
    }
  }
  if (moves.size === 0) return next;
  return {
    ...next,
    devices: next.devices.map((d) => {
      const to = moves.get(d.id as DeviceId);
      return to ? { ...d, rack: to } : d;
    }),
  };
}

/** Two of the plan's PDUs on each feed, as the phase model sees them (a full network rack's side channels). */
function sidePdusOf(plan: ResolvedPlan): PhasePdu[] {
  const derating = plan.pdu.deratingFraction ?? plan.deratingFraction;
  return (['A', 'B'] as const).flatMap((feed) =>
    Array.from({ length: SIDE_CHANNEL_CAPACITY }, (_, i) => ({
      id: `${feed}${i + 1}`,
      label: `${feed}${i + 1}`,
      feed,
      pdu: plan.pdu,
      derating,
    })),
  );
}

/** Whether every phase of `pdus` stays within its limit with `loads` on them, the worst failure of each taken. */
function phasesHold(pdus: readonly PhasePdu[], loads: readonly CordLoad[], scheme: '2N' | 'N+1'): boolean {
  return phaseLoads(pdus, loads, scheme, scheme === '2N' ? 2 : 1).every((p) =>
    p.amps.every((a) => a <= p.limitA),
  );
}
