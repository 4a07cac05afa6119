/**
 * Out-of-band leaves beside what they serve. The network planner spreads management ports over its 1 GbE leaves in
 * endpoint order and stacks the leaves in network racks; on a large floor a BMC at the far end of the hall is then
 * more than the 100 m a twisted pair reaches from its leaf. The DGX SuperPOD reference designs place the out-of-band
 * leaves among the racks they serve (16 SN2201 for 4 SUs, shared/reference/figures.md §2.2) and aggregate their
 * 100G uplinks on fibre. This does the same for a planned pod:
 *
 * 1. Every leaf keeps the ports it was given; the endpoints are handed to them in floor order (row, slot, then the
 *    endpoint's order in the rack), so each leaf serves a run of neighbouring racks.
 * 2. Each leaf moves to the rack of its middle endpoint, or the nearest rack of its other endpoints, that has PDUs
 *    and U free at the top; a leaf with nowhere to go stays in its network rack.
 * 3. Network racks the leaves leave empty go, with their PDUs and those PDUs' links.
 *
 * Link ids, the ports each leaf uses and every other network stay as they were.
 */
import type { Catalog } from '../model/catalog';
import type { DevicePlacement, Layout, LinkPlacement, PortRef, RackPlacement } from '../model/layout';
import { removeItems } from '../ops/layoutOps';
import type { PlacedSwitch, RackSpace } from '../place/networkPlacement';
import { spaceOf, takeTopU } from '../place/networkPlacement';

export interface LocalisedOutOfBand {
  readonly layout: Layout;
  /** The network racks still in the layout. */
  readonly networkRacks: readonly RackPlacement[];
  /** Out-of-band leaves moved into the racks they serve. */
  readonly moved: number;
}

interface Site {
  readonly row: number;
  readonly slot: number;
  readonly order: number;
}

export function localiseOutOfBand(
  layout: Layout,
  catalog: Catalog,
  switches: readonly PlacedSwitch[],
  networkRacks: readonly RackPlacement[],
): LocalisedOutOfBand {
  const leaves = switches.filter((s) => s.role === 'oob' && s.tier === 'leaf');
  if (leaves.length === 0) return { layout, networkRacks, moved: 0 };
  const leafOrder = new Map(leaves.map((l, i) => [l.device as string, i]));
  const rackAt = new Map(layout.racks.map((r) => [r.id as string, r]));
  const siteOf = new Map<string, Site>();
  let order = 0;
  const note = (id: string, rack: string) => {
    const r = rackAt.get(rack);
    if (r) siteOf.set(id, { row: r.position.row, slot: r.position.slot, order: order++ });
  };
  for (const d of layout.devices) note(d.id, d.rack);
  for (const s of layout.sideItems) note(s.id, s.rack);

  // 1. Endpoints in floor order onto the leaves' ports in leaf order.
  const access: number[] = [];
  layout.links.forEach((l, i) => {
    if (leafOrder.has(l.b.device)) access.push(i);
  });
  const links = [...layout.links];
  const served = new Map<string, PortRef[]>();
  const assign = () => {
    const far = (s: Site | undefined) => s ?? { row: Infinity, slot: Infinity, order: Infinity };
    const ends = access.map((i) => (layout.links[i] as LinkPlacement).a);
    ends.sort((x, y) => {
      const a = far(siteOf.get(x.device));
      const b = far(siteOf.get(y.device));
      return a.row - b.row || a.slot - b.slot || a.order - b.order || x.port.localeCompare(y.port);
    });
    const ports = access.map((i) => (layout.links[i] as LinkPlacement).b);
    ports.sort((x, y) => (leafOrder.get(x.device) ?? 0) - (leafOrder.get(y.device) ?? 0));
    noSelfLinks(ends, ports);
    served.clear();
    access.forEach((li, k) => {
      const a = ends[k] as PortRef;
      const b = ports[k] as PortRef;
      links[li] = { ...(links[li] as LinkPlacement), a, b };
      const list = served.get(b.device) ?? [];
      list.push(a);
      served.set(b.device, list);
    });
  };
  assign();

  // 2. Each leaf to the rack of its middle endpoint, or the nearest of its endpoints' racks with room at the top.
  const deviceAt = new Map(layout.devices.map((d, i) => [d.id as string, i]));
  const rackOf = new Map<string, string>();
  for (const d of layout.devices) rackOf.set(d.id, d.rack);
  for (const s of layout.sideItems) rackOf.set(s.id, s.rack);
  const networkIds = new Set(networkRacks.map((r) => r.id as string));
  // Only racks with PDUs can power a switch's own supplies (a rack on power shelves has no outlet for it).
  const fedByPdu = new Set(
    layout.sideItems.filter((s) => catalog.items.get(s.sku)?.kind === 'pdu').map((s) => s.rack as string),
  );
  const spaces = new Map<string, RackSpace>();
  const space = (rack: RackPlacement) => {
    let sp = spaces.get(rack.id);
    if (!sp) spaces.set(rack.id, (sp = spaceOf(layout, catalog, rack)));
    return sp;
  };
  const devices = [...layout.devices];
  let moved = 0;
  for (const leaf of leaves) {
    const mine = served.get(leaf.device) ?? [];
    const racks = mine.map((e) => rackOf.get(e.device)).filter((r): r is string => r !== undefined);
    const middle = racks[Math.floor(racks.length / 2)];
    if (middle === undefined || networkIds.has(middle)) continue;
    const at = rackAt.get(middle) as RackPlacement;
    const candidates = [...new Set(racks)].filter((r) => !networkIds.has(r) && fedByPdu.has(r));
    const dist = (r: string) => {
      const p = (rackAt.get(r) as RackPlacement).position;
      return Math.abs(p.row - at.position.row) * 1000 + Math.abs(p.slot - at.position.slot);
    };
    candidates.sort((x, y) => dist(x) - dist(y));
    const i = deviceAt.get(leaf.device);
    const record = i === undefined ? undefined : devices[i];
    const item = catalog.items.get(leaf.sku);
    if (!record || !item) continue;
    for (const rack of candidates) {
      const u = takeTopU(space(rackAt.get(rack) as RackPlacement), item);
      if (u === null) continue;
      devices[i as number] = { ...record, rack: rack as DevicePlacement['rack'], u, face: 'front' };
      const p = (rackAt.get(rack) as RackPlacement).position;
      siteOf.set(leaf.device, { row: p.row, slot: p.slot, order: siteOf.get(leaf.device)?.order ?? 0 });
      moved++;
      break;
    }
  }
  if (moved === 0) return { layout, networkRacks, moved };
  // The moved leaves' own management ports are now where the leaves went: hand the endpoints out again.
  assign();
  let next: Layout = { ...layout, devices, links };

  // 3. Network racks left empty go, PDUs and links with them.
  const holding = new Set(devices.map((d) => d.rack as string));
  const empty = networkRacks.filter((r) => !holding.has(r.id));
  if (empty.length > 0)
    next = removeItems(
      next,
      empty.map((r) => r.id),
    );
  const gone = new Set(empty.map((r) => r.id as string));
  return { layout: next, networkRacks: networkRacks.filter((r) => !gone.has(r.id)), moved };
}

/** A leaf is never its own endpoint: where its management port lands on one of its own ports, swap with the nearest other. */
function noSelfLinks(ends: PortRef[], ports: PortRef[]): void {
  for (let k = 0; k < ends.length; k++) {
    const self = (ends[k] as PortRef).device;
    if (self !== (ports[k] as PortRef).device) continue;
    for (let step = 1; step < ends.length; step++) {
      const j = [k + step, k - step].find((x) => {
        const p = ports[x];
        const e = ends[x];
        return p !== undefined && e !== undefined && p.device !== self && e.device !== self;
      });
      if (j === undefined) continue;
      const p = ports[j] as PortRef;
      ports[j] = ports[k] as PortRef;
      ports[k] = p;
      break;
    }
  }
}
