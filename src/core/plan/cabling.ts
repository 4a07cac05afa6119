/**
 * `planCabling(layout, catalog)`: every link of the layout as a cable run (endpoints, medium, length, SKU), the
 * cables and transceivers as BOM lines, the power they add to each device, and the `network.*` diagnostics about the
 * cabling. Pure and deterministic.
 *
 * A broken-out port (`down/3:1`, `down/3:2`) is one cable assembly: its medium is chosen for the longest lane, one
 * transceiver sits in the switch port (at the port's full speed) and one at each far end (at the lane speed).
 */
import type { BomLine } from '../derive/bomSchema';
import type { Catalog, CatalogItem, FormFactor, NetworkRole, PortGroup } from '../model/catalog';
import type { DeviceId, LinkId, RackId } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import type { CableGeometry, PortSite } from './cableLength';
import { DEFAULT_GEOMETRY, cableRouteMm, soldLengthM } from './cableLength';
import type { MediumKind, MediumSpec } from './cableMedia';
import { MEDIA, MEDIUM_LABELS, mediaFor, tableSpeed } from './cableMedia';
import type { BeyondReach, Mismatch, PortUse } from './cablingChecks';
import { checkCabling } from './cablingChecks';
import type { Oversubscription } from './fabricTypes';
import { physicalPort, resolvePort } from './portNames';

export interface CablingOptions {
  readonly geometry?: Partial<CableGeometry>;
  /** The media table (default `MEDIA`). */
  readonly media?: readonly MediumSpec[];
  /** Media the planner may choose, e.g. without AOC to follow a design that uses optics everywhere. Default all. */
  readonly allowedMedia?: readonly MediumKind[];
  /** A medium chosen by the user for a link; flagged when it cannot reach or does not exist at the link's speed. */
  readonly mediumOverrides?: ReadonlyMap<string, MediumKind>;
  /** Target down:up per network for the oversubscription check. Default 1:1. */
  readonly targetOversubscription?: Partial<Record<NetworkRole, Oversubscription>>;
  /** Currency of the example prices. Default USD. */
  readonly currency?: string;
}

export interface CableEnd {
  readonly device: DeviceId;
  readonly port: string;
  readonly rack: RackId;
  /** Speed at this end, Gb/s (a broken-out port's full speed). */
  readonly speedGbps: number;
  /** The transceiver plugged in at this end, if the medium uses pluggable optics (shared by a port's lanes). */
  readonly transceiverSku: string | null;
}

export interface CableRun {
  readonly link: LinkId;
  readonly fabric: NetworkRole | null;
  readonly a: CableEnd;
  readonly b: CableEnd;
  /** Link speed, Gb/s (the lane speed of a breakout). */
  readonly speedGbps: number;
  /** Lanes of the switch port this link is one of (1 = no breakout). */
  readonly breakout: number;
  readonly medium: MediumKind;
  readonly mediumLabel: string;
  /** Estimated route, slack included, mm. */
  readonly routeMm: number;
  /** Sold length of the cable, m. */
  readonly lengthM: number;
  /** Reach of the medium at this speed, m. */
  readonly reachM: number;
  readonly cableSku: string;
}

export interface DevicePower {
  /** W typical. */
  readonly typicalW: number;
  /** W max. */
  readonly maxW: number;
}

export interface CablingPlan {
  readonly runs: readonly CableRun[];
  /** Cables and transceivers, one line per SKU (prices are examples). */
  readonly bomLines: readonly BomLine[];
  /** Power the transceivers and active cable ends add to the device they plug into. */
  readonly power: ReadonlyMap<DeviceId, DevicePower>;
  readonly diagnostics: readonly Diagnostic[];
  /** Links that could not be cabled (unknown device, rack or port; the reference rules report why). */
  readonly skipped: readonly LinkId[];
  readonly totals: {
    readonly cables: number;
    readonly transceivers: number;
    /** W typical. */
    readonly typicalW: number;
    /** W max. */
    readonly maxW: number;
    readonly price: number;
  };
}

interface End {
  readonly device: DeviceId;
  readonly port: string;
  readonly item: CatalogItem;
  readonly group: PortGroup;
  readonly lane: number | undefined;
  readonly site: PortSite;
  readonly rack: RackId;
}

interface Resolved {
  readonly id: LinkId;
  readonly a: End;
  readonly b: End;
  readonly speedGbps: number;
  /** Which end is a lane of a broken-out port, and its lane count. */
  readonly laneEnd: 'a' | 'b' | null;
  readonly breakout: number;
  readonly routeMm: number;
  readonly fabric: NetworkRole | null;
}

const isSwitchPort = (g: PortGroup) => g.role === 'downlink' || g.role === 'uplink';

export function planCabling(layout: Layout, catalog: Catalog, options: CablingOptions = {}): CablingPlan {
  const geometry = { ...DEFAULT_GEOMETRY, ...options.geometry };
  const media = options.media ?? MEDIA;
  const allowed = options.allowedMedia ? new Set(options.allowedMedia) : undefined;
  const currency = options.currency ?? 'USD';

  const racks = new Map(layout.racks.map((r) => [r.id as string, r]));
  const devices = new Map(layout.devices.map((d) => [d.id as string, d]));
  const siteOf = (device: DeviceId): { site: PortSite; rack: RackId; item: CatalogItem } | undefined => {
    const d = devices.get(device);
    if (!d) return undefined;
    const rack = racks.get(d.rack);
    const item = catalog.items.get(d.sku);
    const rackItem = rack ? catalog.items.get(rack.sku) : undefined;
    if (!rack || !item) return undefined;
    const heightU = rackItem?.kind === 'rack' ? rackItem.heightU : 42;
    return {
      site: { rack: rack.id, position: rack.position, rackHeightU: heightU, u: d.u },
      rack: rack.id,
      item,
    };
  };

  const resolved: Resolved[] = [];
  const skipped: LinkId[] = [];
  const uses = new Map<DeviceId, PortUse[]>();
  const mismatches: Mismatch[] = [];
  for (const link of layout.links) {
    const ends = [link.a, link.b].map((ref): End | undefined => {
      const where = siteOf(ref.device);
      const port = where ? resolvePort(where.item, ref.port) : undefined;
      if (!where || !port) return undefined;
      return {
        device: ref.device,
        port: ref.port,
        item: where.item,
        group: port.group,
        lane: port.lane,
        site: where.site,
        rack: where.rack,
      };
    });
    const [a, b] = ends;
    let laneEnd: 'a' | 'b' | null = null;
    let breakout = 1;
    if (a && b) {
      const laned = a.lane !== undefined ? a : b.lane !== undefined ? b : undefined;
      const other = laned === a ? b : a;
      if (laned && other.lane === undefined) {
        const factor = laned.group.speedGbps / other.group.speedGbps;
        if (Number.isInteger(factor) && factor >= 2 && (laned.lane ?? 0) <= factor) {
          laneEnd = laned === a ? 'a' : 'b';
          breakout = factor;
        } else mismatches.push({ link: link.id, a, b, reason: 'lane' });
      } else if (a.group.speedGbps !== b.group.speedGbps)
        mismatches.push({ link: link.id, a, b, reason: 'speed' });
    }
    [link.a, link.b].forEach((ref, i) => {
      const list = uses.get(ref.device) ?? [];
      uses.set(ref.device, list);
      const lanes = laneEnd === (i === 0 ? 'a' : 'b') ? breakout : 1;
      list.push({ link: link.id, port: ref.port, resolved: ends[i] !== undefined, laneOf: lanes });
    });
    if (!a || !b) {
      skipped.push(link.id);
      continue;
    }
    const speed = laneEnd
      ? (laneEnd === 'a' ? b : a).group.speedGbps
      : Math.min(a.group.speedGbps, b.group.speedGbps);
    const fabric =
      a.item.kind === 'switch' && isSwitchPort(a.group)
        ? a.item.fabric
        : b.item.kind === 'switch' && isSwitchPort(b.group)
          ? b.item.fabric
          : null;
    resolved.push({
      id: link.id,
      a,
      b,
      speedGbps: speed,
      laneEnd,
      breakout,
      routeMm: cableRouteMm(a.site, b.site, layout.floor, geometry),
      fabric,
    });
  }

  // Assemblies: a broken-out switch port's lanes share one cable choice.
  const assemblies = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const lane = r.laneEnd ? r[r.laneEnd] : undefined;
    const key = lane ? `${lane.device}\u0000${physicalPort(lane.port)}` : `\u0001${r.id}`;
    const list = assemblies.get(key);
    if (list) list.push(r);
    else assemblies.set(key, [r]);
  }

  const choices = new Map<string, MediumSpec[]>();
  const mediaAt = (speed: number, ff: FormFactor): MediumSpec[] => {
    const key = `${speed}|${ff === 'RJ45' ? 'RJ45' : 'x'}`;
    let list = choices.get(key);
    if (!list) {
      list = mediaFor(speed, ff, media);
      choices.set(key, list);
    }
    return list;
  };
  const rowFor = (kind: MediumKind, speed: number, ff: FormFactor): MediumSpec | undefined =>
    mediaAt(speed, ff).find((m) => m.kind === kind);

  const runs: CableRun[] = [];
  const beyond: BeyondReach[] = [];
  const lines = new Map<string, { line: Omit<BomLine, 'qty' | 'extendedPrice'>; qty: number }>();
  const addLine = (sku: string, name: string, kind: 'cable' | 'transceiver', unitPrice: number, qty = 1) => {
    const prev = lines.get(sku);
    if (prev) prev.qty += qty;
    else
      lines.set(sku, {
        line: {
          sku,
          name,
          vendor: 'Generic',
          kind,
          unitPrice: round2(unitPrice),
          currency,
          priceIsExample: true,
        },
        qty,
      });
  };
  const power = new Map<DeviceId, { typicalW: number; maxW: number }>();
  const addPower = (device: DeviceId, row: MediumSpec | undefined, share = 1) => {
    if (!row || (row.endTypicalW === 0 && row.endMaxW === 0)) return;
    const p = power.get(device) ?? { typicalW: 0, maxW: 0 };
    p.typicalW += row.endTypicalW * share;
    p.maxW += row.endMaxW * share;
    power.set(device, p);
  };
  let cables = 0;
  let transceivers = 0;
  const optic = (row: MediumSpec, ff: FormFactor, speed: number): string | null => {
    if (!row.transceiver) return null;
    const sku = `${ff.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${speed}g-${row.transceiver.code}`;
    addLine(sku, `${row.transceiver.name}, ${ff}`, 'transceiver', row.transceiver.price);
    transceivers++;
    return sku;
  };

  for (const group of assemblies.values()) {
    const first = group[0];
    if (!first) continue;
    const laneSide = first.laneEnd;
    const laneEnd = laneSide ? first[laneSide] : undefined;
    const ff: FormFactor =
      first.a.group.formFactor === 'RJ45' || first.b.group.formFactor === 'RJ45'
        ? 'RJ45'
        : (laneEnd ?? first.a).group.formFactor;
    const physSpeed = laneEnd ? laneEnd.group.speedGbps : first.speedGbps;
    const route = Math.max(...group.map((r) => r.routeMm));
    const length = soldLengthM(route, geometry.soldLengthsM);
    const candidates = mediaAt(physSpeed, ff).filter((m) => !allowed || allowed.has(m.kind));
    const forced = options.mediumOverrides?.get(first.id);
    let row: MediumSpec | undefined;
    if (forced !== undefined) row = mediaAt(physSpeed, ff).find((m) => m.kind === forced);
    row ??= candidates.find((m) => m.reachM >= length - 1e-9);
    if (!row) {
      row = [...(candidates.length > 0 ? candidates : mediaAt(physSpeed, ff))].sort(
        (x, y) => y.reachM - x.reachM,
      )[0];
    }
    if (!row) {
      for (const r of group) skipped.push(r.id);
      continue;
    }
    if (row.reachM < length - 1e-9 || (forced !== undefined && row.kind !== forced))
      for (const r of group)
        beyond.push({
          link: r.id,
          lengthM: length,
          routeMm: r.routeMm,
          row,
          forced: forced ?? null,
          speedGbps: physSpeed,
        });

    const breakout = first.breakout;
    const laneSpeed = first.speedGbps;
    // Cables: pluggable optics take one fibre per lane; copper and AOC a single (splitter) cable.
    const splitter = breakout > 1 && !row.transceiver;
    const cableSku = `${row.cable.code}${splitter ? `-${breakout}x${laneSpeed}g` : ''}-${length}m`;
    const cableName = `${row.cable.name}${splitter ? ` (1 × ${physSpeed}G to ${breakout} × ${laneSpeed}G breakout)` : ''}, ${length} m`;
    const price = (row.cable.basePrice + row.cable.perMetre * length) * (splitter ? 1.25 : 1);
    const cableQty = row.transceiver ? group.length : 1;
    addLine(cableSku, cableName, 'cable', price, cableQty);
    cables += cableQty;

    let sharedOptic: string | null = null;
    if (laneEnd) {
      sharedOptic = optic(row, laneEnd.group.formFactor, physSpeed);
      addPower(laneEnd.device, row);
    }
    for (const r of group) {
      const endOut = (e: End, isLane: boolean): CableEnd => {
        let sku: string | null;
        if (isLane) sku = sharedOptic;
        else {
          const speedHere = Math.min(e.group.speedGbps, laneSpeed);
          const endRow = speedHere === physSpeed ? row : (rowFor(row.kind, tableSpeed(speedHere), ff) ?? row);
          sku = optic(endRow, e.group.formFactor, speedHere);
          addPower(e.device, endRow);
        }
        return {
          device: e.device,
          port: e.port,
          rack: e.rack,
          speedGbps: e.group.speedGbps,
          transceiverSku: sku,
        };
      };
      runs.push({
        link: r.id,
        fabric: r.fabric,
        a: endOut(r.a, r.laneEnd === 'a'),
        b: endOut(r.b, r.laneEnd === 'b'),
        speedGbps: laneSpeed,
        breakout,
        medium: row.kind,
        mediumLabel: MEDIUM_LABELS[row.kind],
        routeMm: r.routeMm,
        lengthM: length,
        reachM: row.reachM,
        cableSku,
      });
    }
  }

  const bomLines: BomLine[] = [...lines.values()]
    .map(({ line, qty }) => ({ ...line, qty, extendedPrice: round2(line.unitPrice * qty) }))
    .sort((x, y) =>
      x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.sku < y.sku ? -1 : x.sku > y.sku ? 1 : 0,
    );
  let typicalW = 0;
  let maxW = 0;
  for (const p of power.values()) {
    typicalW += p.typicalW;
    maxW += p.maxW;
  }
  const diagnostics = checkCabling(layout, catalog, {
    uses,
    mismatches,
    links: resolved,
    beyondReach: beyond,
    skipped,
    targets: options.targetOversubscription ?? {},
  });
  runs.sort((x, y) => (x.link < y.link ? -1 : x.link > y.link ? 1 : 0));
  return {
    runs,
    bomLines,
    power,
    diagnostics,
    skipped,
    totals: {
      cables,
      transceivers,
      typicalW: round2(typicalW),
      maxW: round2(maxW),
      price: round2(bomLines.reduce((s, l) => s + l.extendedPrice, 0)),
    },
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
