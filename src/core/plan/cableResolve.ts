/**
 * Resolves a layout's links for cabling: each end's device, rack position, catalog item and port group, the link's
 * speed (a breakout lane's speed when one end names a lane), its route length, and per device the ports it uses.
 * Written for 50,000+ links: per-device and per-SKU caches, no closures or arrays created per link.
 */
import type { Catalog, CatalogItem, NetworkRole, PortGroup } from '../model/catalog';
import type { DeviceId, LinkId, RackId, Sku } from '../model/ids';
import type { Layout, LinkPlacement as LayoutLink, PortRef } from '../model/layout';
import type { CableGeometry, PortSite } from './cableLength';
import { cableRouteMm } from './cableLength';
import type { ResolvedPort } from './portNames';
import { resolvePort } from './portNames';

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
  readonly lanes: Set<string>;
  /** Physical ports with lanes in use. */
  readonly lanePorts: Set<string>;
  /** Physical ports used more than once (a whole port twice, whole and lane, or a lane twice). */
  readonly clashes: Set<string>;
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
    u = { demand: 0, whole: new Set(), lanes: new Set(), lanePorts: new Set(), clashes: new Set() };
    uses.set(ref.device, u);
  }
  u.demand += 1 / lanes;
  const cut = laneCut(ref.port);
  if (cut < 0) {
    if (u.whole.has(ref.port) || u.lanePorts.has(ref.port)) u.clashes.add(ref.port);
    u.whole.add(ref.port);
  } else {
    const phys = ref.port.slice(0, cut);
    if (u.lanes.has(ref.port) || u.whole.has(phys)) u.clashes.add(phys);
    u.lanes.add(ref.port);
    u.lanePorts.add(phys);
  }
}

export function resolveLinks(layout: Layout, catalog: Catalog, geometry: CableGeometry): ResolvedLinks {
  const racks = new Map(layout.racks.map((r) => [r.id as string, r]));
  const deviceMap = new Map<string, { readonly rack: string; readonly sku: Sku; readonly u: number }>(
    layout.devices.map((d) => [d.id as string, d]),
  );
  // 0U side items (vertical PDUs) have ports too (management): u 0 here, taken at the rack's top U, by the tray.
  for (const s of layout.sideItems) deviceMap.set(s.id, { rack: s.rack, sku: s.sku, u: 0 });
  const sites = new Map<string, DeviceSite | null>();
  const ports = new Map<Sku, Map<string, ResolvedPort | null>>();

  const siteOf = (device: DeviceId): DeviceSite | null => {
    const hit = sites.get(device);
    if (hit !== undefined) return hit;
    const d = deviceMap.get(device);
    const rack = d ? racks.get(d.rack) : undefined;
    const item = d ? catalog.items.get(d.sku) : undefined;
    let s: DeviceSite | null = null;
    if (d && rack && item) {
      const rackItem = catalog.items.get(rack.sku);
      const heightU = rackItem?.kind === 'rack' ? rackItem.heightU : 42;
      s = {
        site: { rack: rack.id, position: rack.position, rackHeightU: heightU, u: d.u === 0 ? heightU : d.u },
        rack: rack.id,
        item,
      };
    }
    sites.set(device, s);
    return s;
  };
  const portOf = (s: DeviceSite | null, ref: PortRef): ResolvedPort | null => {
    if (!s) return null;
    let bySku = ports.get(s.item.sku);
    if (!bySku) {
      bySku = new Map();
      ports.set(s.item.sku, bySku);
    }
    let p = bySku.get(ref.port);
    if (p === undefined) {
      p = resolvePort(s.item, ref.port) ?? null;
      bySku.set(ref.port, p);
    }
    return p;
  };

  const links: ResolvedLink[] = [];
  const skipped: LinkId[] = [];
  const mismatches: Mismatch[] = [];
  const uses = new Map<DeviceId, DeviceUse>();
  const deferred: {
    link: LayoutLink;
    aSite: DeviceSite;
    bSite: DeviceSite;
    aPort: ResolvedPort;
    bPort: ResolvedPort;
  }[] = [];
  for (const link of layout.links) {
    const aSite = siteOf(link.a.device);
    const bSite = siteOf(link.b.device);
    const aPort = portOf(aSite, link.a);
    const bPort = portOf(bSite, link.b);
    let laneEnd: 'a' | 'b' | null = null;
    let breakout = 1;
    let mismatch: Mismatch['reason'] | null = null;
    if (aPort && bPort && aSite && bSite && aPort.lane !== undefined && bPort.lane !== undefined) {
      // Lane to lane: the lane count is only known from the other links on those ports; finish after the loop.
      deferred.push({ link, aSite, bSite, aPort, bPort });
      continue;
    }
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
        } else mismatch = 'lane';
      } else if (aPort.group.speedGbps !== bPort.group.speedGbps) mismatch = 'speed';
    }
    recordUse(uses, link.a, laneEnd === 'a' ? breakout : 1);
    recordUse(uses, link.b, laneEnd === 'b' ? breakout : 1);
    if (!aSite || !bSite || !aPort || !bPort) {
      skipped.push(link.id);
      continue;
    }
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
    const r: ResolvedLink = {
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
      routeMm: cableRouteMm(aSite.site, bSite.site, layout.floor, geometry),
      fabric,
    };
    links.push(r);
    if (mismatch) mismatches.push({ link: link.id, a: endOf(r, 'a'), b: endOf(r, 'b'), reason: mismatch });
  }
  if (deferred.length > 0) {
    // Lanes per physical port: the most lanes any link names on it (at least 2).
    const lanesOf = new Map<string, number>();
    for (const link of layout.links)
      for (const ref of [link.a, link.b]) {
        const cut = laneCut(ref.port);
        if (cut < 0) continue;
        const key = `${ref.device}\u0000${ref.port.slice(0, cut)}`;
        lanesOf.set(key, Math.max(lanesOf.get(key) ?? 2, Number(ref.port.slice(cut + 1)) || 0));
      }
    for (const d of deferred) {
      const lanes = (ref: PortRef) =>
        lanesOf.get(`${ref.device}\u0000${ref.port.slice(0, laneCut(ref.port))}`) ?? 2;
      const la = lanes(d.link.a);
      const lb = lanes(d.link.b);
      recordUse(uses, d.link.a, la);
      recordUse(uses, d.link.b, lb);
      const r: ResolvedLink = {
        id: d.link.id,
        a: d.link.a,
        b: d.link.b,
        aSite: d.aSite,
        bSite: d.bSite,
        aPort: d.aPort,
        bPort: d.bPort,
        speedGbps: Math.min(d.aPort.group.speedGbps / la, d.bPort.group.speedGbps / lb),
        laneEnd: null,
        breakout: 1,
        routeMm: cableRouteMm(d.aSite.site, d.bSite.site, layout.floor, geometry),
        fabric:
          d.aSite.item.kind === 'switch'
            ? d.aSite.item.fabric
            : d.bSite.item.kind === 'switch'
              ? d.bSite.item.fabric
              : null,
      };
      links.push(r);
      if (d.aPort.group.speedGbps / la !== d.bPort.group.speedGbps / lb)
        mismatches.push({ link: d.link.id, a: endOf(r, 'a'), b: endOf(r, 'b'), reason: 'lane' });
    }
  }
  return { links, skipped, mismatches, uses };
}
