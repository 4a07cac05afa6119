/**
 * Resolves a layout's links for cabling: each end's device, rack position, catalog item and port group, the link's
 * speed (a breakout lane's speed when one end names a lane), its route length, and per device the ports it uses.
 * Written for 50,000+ links: per-device and per-SKU caches, no closures or arrays created per link.
 */
import type { Catalog, CatalogItem, NetworkRole, PortGroup } from '../model/catalog';
import type { DeviceId, LinkId, RackId, Sku } from '../model/ids';
import type { FloorGrid, Layout, LinkPlacement as LayoutLink, PortRef, RackPlacement } from '../model/layout';
import type { CableGeometry, PortSite } from './cableLength';
import { cableRouteMm } from './cableLength';
import type { ResolvedPort } from './portNames';
import { resolvePortOnce } from './portNames';

/** A device's place and catalog item (shared by every link end on the device). */
export interface DeviceSite {
  readonly site: PortSite;
  readonly rack: RackId;
  readonly item: CatalogItem;
}

/** One end of a resolved link, made on demand (`endOf`) for messages and rare paths. */
export interface LinkEnd {
  readonly device: DeviceId;
  readonly port: string;
  readonly item: CatalogItem;
  readonly group: PortGroup;
  readonly lane: number | undefined;
  readonly site: PortSite;
  readonly rack: RackId;
}

/** A link ready for cabling. Ends are the layout's own refs plus shared per-device and per-port records. */
export interface ResolvedLink {
  readonly id: LinkId;
  readonly a: PortRef;
  readonly b: PortRef;
  readonly aSite: DeviceSite;
  readonly bSite: DeviceSite;
  readonly aPort: ResolvedPort;
  readonly bPort: ResolvedPort;
  /** Gb/s: the lane speed of a breakout, else the slower end's speed. */
  readonly speedGbps: number;
  /** Which end is one lane of a broken-out port. */
  readonly laneEnd: 'a' | 'b' | null;
  /** Lanes of that port (1 = no breakout). */
  readonly breakout: number;
  /** Estimated route, slack included, mm. */
  readonly routeMm: number;
  /** The network of the switch end, null between two end devices. */
  readonly fabric: NetworkRole | null;
}

export function endOf(link: ResolvedLink, side: 'a' | 'b'): LinkEnd {
  const ref = side === 'a' ? link.a : link.b;
  const s = side === 'a' ? link.aSite : link.bSite;
  const p = side === 'a' ? link.aPort : link.bPort;
  return {
    device: ref.device,
    port: ref.port,
    item: s.item,
    group: p.group,
    lane: p.lane,
    site: s.site,
    rack: s.rack,
  };
}

export interface Mismatch {
  readonly link: LinkId;
  readonly a: LinkEnd;
  readonly b: LinkEnd;
  /** `speed`: whole ports of different speeds; `lane`: a lane the port cannot break out into. */
  readonly reason: 'speed' | 'lane';
}

/** How a device's ports are used by the links naming it. */
export interface DeviceUse {
  /** Ports' worth of link ends (a lane of a b-lane port counts 1/b), resolved or not. */
  demand: number;
  readonly whole: Set<string>;
  /** Made with the device's first lane (most devices have none). */
  lanes?: Set<string>;
  /** Physical ports with lanes in use. */
  lanePorts?: Set<string>;
  /** Physical ports used more than once (a whole port twice, whole and lane, or a lane twice); made with the first. */
  clashes?: Set<string>;
}

export interface ResolvedLinks {
  readonly links: readonly ResolvedLink[];
  readonly skipped: readonly LinkId[];
  readonly mismatches: readonly Mismatch[];
  readonly uses: ReadonlyMap<DeviceId, DeviceUse>;
}

const isSwitchPort = (g: PortGroup): boolean => g.role === 'downlink' || g.role === 'uplink';

function laneCut(port: string): number {
  return port.indexOf(':', port.lastIndexOf('/'));
}

function recordUse(uses: Map<DeviceId, DeviceUse>, ref: PortRef, lanes: number): void {
  let u = uses.get(ref.device);
  if (!u) {
    u = { demand: 0, whole: new Set() };
    uses.set(ref.device, u);
  }
  u.demand += 1 / lanes;
  const cut = laneCut(ref.port);
  if (cut < 0) {
    if (u.whole.has(ref.port) || u.lanePorts?.has(ref.port)) (u.clashes ??= new Set()).add(ref.port);
    u.whole.add(ref.port);
  } else {
    const phys = ref.port.slice(0, cut);
    if (u.lanes?.has(ref.port) || u.whole.has(phys)) (u.clashes ??= new Set()).add(phys);
    (u.lanes ??= new Set()).add(ref.port);
    (u.lanePorts ??= new Set()).add(phys);
  }
}

/** Where a device (or a 0U side item, `u` 0: taken at the rack top, by the tray) sits; null without rack or item. */
export function deviceSite(
  d: { readonly sku: Sku; readonly u: number } | undefined,
  rack: RackPlacement | undefined,
  catalog: Catalog,
): DeviceSite | null {
  const item = d ? catalog.items.get(d.sku) : undefined;
  if (!d || !rack || !item) return null;
  const rackItem = catalog.items.get(rack.sku);
  const heightU = rackItem?.kind === 'rack' ? rackItem.heightU : 42;
  return {
    site: { rack: rack.id, position: rack.position, rackHeightU: heightU, u: d.u === 0 ? heightU : d.u },
    rack: rack.id,
    item,
  };
}

/** Both ends of a link as found in the layout: site (null: unknown device, rack or item) and port (null: unknown). */
export interface LinkEnds {
  readonly aSite: DeviceSite | null;
  readonly bSite: DeviceSite | null;
  readonly aPort: ResolvedPort | null;
  readonly bPort: ResolvedPort | null;
}

/** One link resolved, with the lanes its ends count as in their ports' use (a lane of a b-lane port is 1/b). */
export interface LinkResolution {
  /** Null when the link cannot be cabled. */
  readonly resolved: ResolvedLink | null;
  readonly mismatch: Mismatch | null;
  readonly lanesA: number;
  readonly lanesB: number;
}

/** True when both ends name a lane: the lane count then comes from the other links on those ports (`lanesOf`). */
export const isLaneToLane = (e: LinkEnds): boolean =>
  e.aSite !== null && e.bSite !== null && e.aPort?.lane !== undefined && e.bPort?.lane !== undefined;

/** Lanes of a physical port: the most lanes any reference in `refs` names on it (at least 2). */
export function lanesNamed(refs: Iterable<PortRef>, device: DeviceId, physical: string): number {
  let lanes = 2;
  for (const ref of refs) {
    if (ref.device !== device) continue;
    const cut = laneCut(ref.port);
    if (cut < 0 || ref.port.slice(0, cut) !== physical) continue;
    lanes = Math.max(lanes, Number(ref.port.slice(cut + 1)) || 0);
  }
  return lanes;
}

const physicalOf = (ref: PortRef): string => {
  const cut = laneCut(ref.port);
  return cut < 0 ? ref.port : ref.port.slice(0, cut);
};

/**
 * Resolves one link. A lane-to-lane link (`isLaneToLane`) needs `lanesOf`, the lane count of each end's physical
 * port; every other link is resolved from its own ends.
 */
export function resolveLink(
  link: LayoutLink,
  e: LinkEnds,
  floor: FloorGrid,
  geometry: CableGeometry,
  lanesOf?: (ref: PortRef, physical: string) => number,
): LinkResolution {
  const { aSite, bSite, aPort, bPort } = e;
  if (aSite && bSite && aPort && bPort && lanesOf && isLaneToLane(e)) {
    const la = lanesOf(link.a, physicalOf(link.a));
    const lb = lanesOf(link.b, physicalOf(link.b));
    const r: ResolvedLink = {
      id: link.id,
      a: link.a,
      b: link.b,
      aSite,
      bSite,
      aPort,
      bPort,
      speedGbps: Math.min(aPort.group.speedGbps / la, bPort.group.speedGbps / lb),
      laneEnd: null,
      breakout: 1,
      routeMm: cableRouteMm(aSite.site, bSite.site, floor, geometry),
      fabric:
        aSite.item.kind === 'switch'
          ? aSite.item.fabric
          : bSite.item.kind === 'switch'
            ? bSite.item.fabric
            : null,
    };
    const mismatch =
      aPort.group.speedGbps / la !== bPort.group.speedGbps / lb
        ? { link: link.id, a: endOf(r, 'a'), b: endOf(r, 'b'), reason: 'lane' as const }
        : null;
    return { resolved: r, mismatch, lanesA: la, lanesB: lb };
  }
  let laneEnd: 'a' | 'b' | null = null;
  let breakout = 1;
  let reason: Mismatch['reason'] | null = null;
  if (aPort && bPort) {
    if (aPort.lane !== undefined || bPort.lane !== undefined) {
      const aLaned = aPort.lane !== undefined;
      const laned = aLaned ? aPort : bPort;
      const other = aLaned ? bPort : aPort;
      const factor = laned.group.speedGbps / other.group.speedGbps;
      if (
        other.lane === undefined &&
        Number.isInteger(factor) &&
        factor >= 2 &&
        (laned.lane ?? 0) <= factor
      ) {
        laneEnd = aLaned ? 'a' : 'b';
        breakout = factor;
      } else reason = 'lane';
    } else if (aPort.group.speedGbps !== bPort.group.speedGbps) reason = 'speed';
  }
  const lanesA = laneEnd === 'a' ? breakout : 1;
  const lanesB = laneEnd === 'b' ? breakout : 1;
  if (!aSite || !bSite || !aPort || !bPort) return { resolved: null, mismatch: null, lanesA, lanesB };
  const routeMm = cableRouteMm(aSite.site, bSite.site, floor, geometry);
  const r = resolvedOf(link, aSite, bSite, aPort, bPort, laneEnd, breakout, routeMm);
  const mismatch = reason ? { link: link.id, a: endOf(r, 'a'), b: endOf(r, 'b'), reason } : null;
  return { resolved: r, mismatch, lanesA, lanesB };
}

/** A link whose ends are both known, not lane to lane: its speed (the lane's for a breakout), route and network. */
function resolvedOf(
  link: LayoutLink,
  aSite: DeviceSite,
  bSite: DeviceSite,
  aPort: ResolvedPort,
  bPort: ResolvedPort,
  laneEnd: 'a' | 'b' | null,
  breakout: number,
  routeMm: number,
): ResolvedLink {
  const speedGbps =
    laneEnd === 'a'
      ? bPort.group.speedGbps
      : laneEnd === 'b'
        ? aPort.group.speedGbps
        : Math.min(aPort.group.speedGbps, bPort.group.speedGbps);
  const fabric =
    aSite.item.kind === 'switch' && isSwitchPort(aPort.group)
      ? aSite.item.fabric
      : bSite.item.kind === 'switch' && isSwitchPort(bPort.group)
        ? bSite.item.fabric
        : null;
  return {
    id: link.id,
    a: link.a,
    b: link.b,
    aSite,
    bSite,
    aPort,
    bPort,
    speedGbps,
    laneEnd,
    breakout,
    routeMm,
    fabric,
  };
}

/** A link between two whole ports of known devices, its route already worked out (`cableRouteMm`), mm. */
export const wholeLinkOf = (
  link: LayoutLink,
  aSite: DeviceSite,
  bSite: DeviceSite,
  aPort: ResolvedPort,
  bPort: ResolvedPort,
  routeMm: number,
): ResolvedLink => resolvedOf(link, aSite, bSite, aPort, bPort, null, 1, routeMm);

/**
 * A link between two whole ports of known devices (the common case) resolved as `resolveLink` would, without its
 * intermediate records; null for any other link.
 */
export function resolveWholeLink(
  link: LayoutLink,
  aSite: DeviceSite | null,
  bSite: DeviceSite | null,
  aPort: ResolvedPort | null,
  bPort: ResolvedPort | null,
  floor: FloorGrid,
  geometry: CableGeometry,
): ResolvedLink | null {
  if (!aSite || !bSite || !aPort || !bPort || aPort.lane !== undefined || bPort.lane !== undefined)
    return null;
  return resolvedOf(
    link,
    aSite,
    bSite,
    aPort,
    bPort,
    null,
    1,
    cableRouteMm(aSite.site, bSite.site, floor, geometry),
  );
}

export function resolveLinks(layout: Layout, catalog: Catalog, geometry: CableGeometry): ResolvedLinks {
  const racks = new Map(layout.racks.map((r) => [r.id as string, r]));
  const deviceMap = new Map<string, { readonly rack: string; readonly sku: Sku; readonly u: number }>(
    layout.devices.map((d) => [d.id as string, d]),
  );
  for (const s of layout.sideItems) deviceMap.set(s.id, { rack: s.rack, sku: s.sku, u: 0 });
  const sites = new Map<string, DeviceSite | null>();
  const siteOf = (device: DeviceId): DeviceSite | null => {
    let s = sites.get(device);
    if (s === undefined) {
      const d = deviceMap.get(device);
      s = deviceSite(d, d ? racks.get(d.rack) : undefined, catalog);
      sites.set(device, s);
    }
    return s;
  };
  const portOf = (s: DeviceSite | null, ref: PortRef): ResolvedPort | null =>
    s ? (resolvePortOnce(s.item, ref.port) ?? null) : null;

  const links: ResolvedLink[] = [];
  const skipped: LinkId[] = [];
  const mismatches: Mismatch[] = [];
  const uses = new Map<DeviceId, DeviceUse>();
  const deferred: { link: LayoutLink; ends: LinkEnds }[] = [];
  const take = (link: LayoutLink, r: LinkResolution) => {
    recordUse(uses, link.a, r.lanesA);
    recordUse(uses, link.b, r.lanesB);
    if (!r.resolved) skipped.push(link.id);
    else links.push(r.resolved);
    if (r.mismatch) mismatches.push(r.mismatch);
  };
  for (const link of layout.links) {
    const aSite = siteOf(link.a.device);
    const bSite = siteOf(link.b.device);
    const aPort = portOf(aSite, link.a);
    const bPort = portOf(bSite, link.b);
    const whole = resolveWholeLink(link, aSite, bSite, aPort, bPort, layout.floor, geometry);
    if (whole) {
      recordUse(uses, link.a, 1);
      recordUse(uses, link.b, 1);
      links.push(whole);
      if (whole.aPort.group.speedGbps !== whole.bPort.group.speedGbps)
        mismatches.push({ link: link.id, a: endOf(whole, 'a'), b: endOf(whole, 'b'), reason: 'speed' });
      continue;
    }
    const ends: LinkEnds = { aSite, bSite, aPort, bPort };
    // Lane to lane: the lane count is only known from the other links on those ports; finish after the loop.
    if (isLaneToLane(ends)) deferred.push({ link, ends });
    else take(link, resolveLink(link, ends, layout.floor, geometry));
  }
  if (deferred.length > 0) {
    const lanesOf = new Map<string, number>();
    for (const link of layout.links)
      for (const ref of [link.a, link.b]) {
        const cut = laneCut(ref.port);
        if (cut < 0) continue;
        const key = `${ref.device}\u0000${ref.port.slice(0, cut)}`;
        lanesOf.set(key, Math.max(lanesOf.get(key) ?? 2, Number(ref.port.slice(cut + 1)) || 0));
      }
    const lanes = (ref: PortRef, physical: string) => lanesOf.get(`${ref.device}\u0000${physical}`) ?? 2;
    for (const d of deferred) take(d.link, resolveLink(d.link, d.ends, layout.floor, geometry, lanes));
  }
  return { links, skipped, mismatches, uses };
}
