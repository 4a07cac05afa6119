/**
 * Stranded power: a pod budgeted on max draw leaves power unused when its GPUs run under a Max-Q-style cap. This
 * view works out how many more of the pod's GPU racks would fit under the same utility feed if every rack were
 * budgeted at its capped draw. It is a choice the user states, never applied: the validation keeps max draw.
 *
 * Facility draw scales with IT draw at the pod's own ratio f = facility kW / IT kW (losses and cooling plant move
 * with the load). Racks that fit: ⌊(feed − f · IT) / (f · rack draw)⌋, at max and at the cap; the rack is the pod's
 * heaviest rack that holds capped devices.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';

export interface StrandedPower {
  /** IT draw at max and at the cap, W, and what the cap frees, W. */
  readonly itMaxW: number;
  readonly itCappedW: number;
  readonly freedW: number;
  /** The rack the extra count is in: its name and its draw at max and at the cap, W. */
  readonly rackName: string;
  readonly rackMaxW: number;
  readonly rackCappedW: number;
  /** Facility / IT ratio used. */
  readonly facilityRatio: number;
  /** More such racks that fit under the feed when budgeted at max and at the cap. */
  readonly moreRacksAtMax: number;
  readonly moreRacksAtCap: number;
}

/** Null when no placed device has a capped draw in the catalog. */
export function strandedPower(
  layout: Layout,
  catalog: Catalog,
  utilityFeedW: number,
  facilityW: number,
): StrandedPower | null {
  const maxByRack = new Map<string, number>();
  const cappedByRack = new Map<string, number>();
  const hasCap = new Set<string>();
  for (const d of layout.devices) {
    const item = catalog.items.get(d.sku);
    if (!item || !('power' in item)) continue;
    const max = item.power.maxW;
    const capped = item.power.cappedW ?? max;
    if (item.power.cappedW !== undefined) hasCap.add(d.rack);
    maxByRack.set(d.rack, (maxByRack.get(d.rack) ?? 0) + max);
    cappedByRack.set(d.rack, (cappedByRack.get(d.rack) ?? 0) + capped);
  }
  if (hasCap.size === 0) return null;
  let itMaxW = 0;
  let itCappedW = 0;
  for (const w of maxByRack.values()) itMaxW += w;
  for (const w of cappedByRack.values()) itCappedW += w;
  let rackId = '';
  for (const id of hasCap)
    if (rackId === '' || (maxByRack.get(id) ?? 0) > (maxByRack.get(rackId) ?? 0)) rackId = id;
  const rackMaxW = maxByRack.get(rackId) ?? 0;
  const rackCappedW = cappedByRack.get(rackId) ?? 0;
  const f = itMaxW > 0 ? facilityW / itMaxW : 1;
  const fit = (it: number, rack: number) =>
    Math.max(0, Math.floor((utilityFeedW - f * it) / (f * rack) + 1e-9));
  return {
    itMaxW,
    itCappedW,
    freedW: itMaxW - itCappedW,
    rackName: layout.racks.find((r) => r.id === rackId)?.name ?? rackId,
    rackMaxW,
    rackCappedW,
    facilityRatio: f,
    moreRacksAtMax: fit(itMaxW, rackMaxW),
    moreRacksAtCap: fit(itCappedW, rackCappedW),
  };
}
