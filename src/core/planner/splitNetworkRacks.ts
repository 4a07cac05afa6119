/**
 * The network planner fills network racks by U; a rack of 1U switches with their optics can draw more than two
 * PDUs per feed carry. This spreads each network rack's switches over as many racks as their power needs (each
 * rack's switches keep their U), so every network rack stays within what its side channels can feed.
 */
import type { Catalog } from '../model/catalog';
import type { DeviceId, RackId } from '../model/ids';
import { rackId } from '../model/ids';
import type { Layout, RackPlacement } from '../model/layout';
import { validate } from '../derive/validate';
import { firstFreeFloor, floorSpanOf } from '../place/freeSpace';
import { pduUsableW } from '../rules/power';
import { SIDE_CHANNEL_CAPACITY } from '../rules/space';
import type { ResolvedPlan } from './platform';

/** Share of the two-PDUs-per-feed capacity a network rack is filled to (room for optics that cable lengths change). */
const FILL = 0.9;

export function splitNetworkRacks(
  layout: Layout,
  catalog: Catalog,
  plan: ResolvedPlan,
  networkRacks: readonly RackPlacement[],
): Layout {
  if (networkRacks.length === 0) return layout;
  const capW = SIDE_CHANNEL_CAPACITY * pduUsableW(plan.pdu, plan.deratingFraction) * FILL;
  const kwOf = new Map(validate(layout, catalog).devices.map((d) => [d.id, d.kwMax * 1000]));
  const moves = new Map<string, RackId>();
  let next = layout;
  let n = layout.racks.length;
  for (const rack of networkRacks) {
    const mine = layout.devices.filter((d) => d.rack === rack.id).sort((a, b) => a.u - b.u);
    let used = 0;
    let target: RackId = rack.id;
    for (const d of mine) {
      const w = kwOf.get(d.id) ?? 0;
      if (used + w > capW && used > 0) {
        const span = floorSpanOf(catalog.items.get(plan.networkRack.sku), next.floor.pitchMm);
        const position = firstFreeFloor(next, catalog, span);
        if (!position) return next;
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
        used = 0;
      }
      used += w;
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
