/**
 * `planCabling(layout, catalog)`: every link of the layout as a cable run (endpoints, medium, length, SKU), the
 * cables and transceivers as BOM lines, the power they add to each device, and the `network.*` diagnostics about the
 * cabling. Pure and deterministic.
 *
 * Medium: the cheapest one in `MEDIUM_ORDER` whose reach at the link's speed covers the sold length. A broken-out
 * port (`down/3:1`, `down/3:2`) is one cable assembly: its medium is chosen for the longest lane at the port's full
 * speed; with optics, one transceiver sits in the switch port and one at each far end (at the lane speed) with a fibre
 * per lane; copper and AOC breakouts are one splitter cable.
 */
import type { Catalog, FormFactor, NetworkRole, PortGroup } from '../model/catalog';
import type { DeviceId, LinkId, RackId } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import type { CableGeometry } from './cableLength';
import { DEFAULT_GEOMETRY, soldLengthM } from './cableLength';
import type { MediumKind, MediumSpec } from './cableMedia';
import { MEDIA, MEDIUM_LABELS, mediaFor, pickMedium, tableSpeed } from './cableMedia';
import type { DeviceSite, ResolvedLink } from './cableResolve';
import { resolveLinks } from './cableResolve';
import type { BeyondReach } from './cablingChecks';
import { checkCabling } from './cablingChecks';
import type { Oversubscription } from './fabricTypes';
import { physicalPort } from './portNames';

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
  /** Speed of the port at this end, Gb/s (a broken-out port's full speed). */
  readonly speedGbps: number;
  /** The transceiver plugged in at this end when the medium uses pluggable optics (shared by a port's lanes). */
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

/** A BOM line for a cable or transceiver; the same fields as the BOM's `BomLine` (`derive/bomSchema.ts`). */
export interface CableBomLine {
  readonly sku: string;
  readonly name: string;
  readonly vendor: string;
  readonly kind: 'cable' | 'transceiver';
  readonly qty: number;
  readonly unitPrice: number;
  readonly extendedPrice: number;
  readonly currency: string;
  readonly priceIsExample: boolean;
}

export interface DevicePower {
  /** W typical. */
  readonly typicalW: number;
  /** W max. */
  readonly maxW: number;
}

export interface CablingPlan {
  /** One run per cabled link, in layout link order. */
  readonly runs: readonly CableRun[];
  /** Cables and transceivers, one line per SKU, kinds `cable` and `transceiver` (prices are examples). */
  readonly bomLines: readonly CableBomLine[];
  /**
   * Power the transceivers and active cable ends add to the device they plug into. Check the device's own max figure
   * first: some (QM9700 "1.72 kW max with active cables") already include their optics.
   */
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
    /** Sum of the example prices, in `currency`. */
    readonly price: number;
  };
}

interface LineAcc {
  readonly sku: string;
  readonly name: string;
  readonly kind: 'cable' | 'transceiver';
  readonly unitPrice: number;
  qty: number;
}

interface PowerAcc {
  typicalW: number;
  maxW: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const ffCode = (ff: FormFactor): string => ff.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Mutable tallies of one planning run. */
class Tally {
  readonly lines = new Map<string, LineAcc>();
  readonly power = new Map<DeviceId, PowerAcc>();
  readonly optics = new Map<MediumSpec, Map<number, LineAcc>>();
  cables = 0;
  transceivers = 0;

  line(sku: string, name: string, kind: 'cable' | 'transceiver', unitPrice: number, qty: number): void {
    const prev = this.lines.get(sku);
    if (prev) prev.qty += qty;
    else this.lines.set(sku, { sku, name, kind, unitPrice: round2(unitPrice), qty });
  }

  readonly addPower = (device: DeviceId, row: MediumSpec): void => {
    if (row.endTypicalW === 0 && row.endMaxW === 0) return;
    const p = this.power.get(device);
    if (p) {
      p.typicalW += row.endTypicalW;
      p.maxW += row.endMaxW;
    } else this.power.set(device, { typicalW: row.endTypicalW, maxW: row.endMaxW });
  };

  /** One transceiver of `row`'s kind in a port of form factor `ff` at `speed`; null for media without optics. */
  optic(row: MediumSpec, ff: FormFactor, speed: number): string | null {
    const t = row.transceiver;
    if (!t) return null;
    let byFf = this.optics.get(row);
    if (!byFf) {
      byFf = new Map();
      this.optics.set(row, byFf);
    }
    const key = speed * 16 + FF_INDEX[ff];
    let acc = byFf.get(key);
    if (!acc) {
      const sku = `${ffCode(ff)}-${speed}g-${t.code}`;
      acc = this.lines.get(sku);
      if (!acc) {
        acc = { sku, name: `${t.name}, ${ff}`, kind: 'transceiver', unitPrice: round2(t.price), qty: 0 };
        this.lines.set(sku, acc);
      }
      byFf.set(key, acc);
    }
    acc.qty++;
    this.transceivers++;
    return acc.sku;
  }
}

const FF_INDEX: Readonly<Record<FormFactor, number>> = {
  OSFP: 0,
  QSFP112: 1,
  'QSFP-DD': 2,
  QSFP56: 3,
  QSFP28: 4,
  SFP28: 5,
  'SFP+': 6,
  RJ45: 7,
};

/** Media for a speed and form factor, looked up once per (speed, RJ45 or not) for a media table. */
export type MediaAt = (speedGbps: number, ff: FormFactor) => readonly MediumSpec[];

const lookups = new WeakMap<readonly MediumSpec[], MediaAt>();

export function mediaLookup(media: readonly MediumSpec[]): MediaAt {
  let at = lookups.get(media);
  if (!at) {
    const cache = new Map<string, MediumSpec[]>();
    at = (speed, ff) => {
      const key = ff === 'RJ45' ? 'RJ45' : String(speed);
      let hit = cache.get(key);
      if (!hit) {
        hit = mediaFor(speed, ff, media);
        cache.set(key, hit);
      }
      return hit;
    };
    lookups.set(media, at);
  }
  return at;
}

/** The medium of one cable assembly (a link, or the lanes of one broken-out port, which share a cable choice). */
export interface AssemblyChoice {
  /** Chosen at the port's full speed. */
  readonly row: MediumSpec;
  /** The same kind at the lane speed, for the far ends of a breakout (= `row` without one). */
  readonly farRow: MediumSpec;
  readonly withinReach: boolean;
  /** Sold length, m. */
  readonly lengthM: number;
  /** Speed of the physical port, Gb/s. */
  readonly physSpeed: number;
  readonly ff: FormFactor;
}

/** Picks the medium for an assembly whose first link is `first` and whose longest route is `routeMm`. */
export function chooseAssembly(
  first: ResolvedLink,
  routeMm: number,
  mediaAt: MediaAt,
  soldLengthsM: readonly number[],
  forced?: MediumKind,
  allowed?: ReadonlySet<MediumKind>,
): AssemblyChoice | undefined {
  const lanePort = first.laneEnd === 'a' ? first.aPort : first.laneEnd === 'b' ? first.bPort : undefined;
  const ff: FormFactor =
    first.aPort.group.formFactor === 'RJ45' || first.bPort.group.formFactor === 'RJ45'
      ? 'RJ45'
      : (lanePort ?? first.aPort).group.formFactor;
  const physSpeed = lanePort ? lanePort.group.speedGbps : first.speedGbps;
  const lengthM = soldLengthM(routeMm, soldLengthsM);
  return chooseMedium(ff, physSpeed, first.speedGbps, lengthM, mediaAt, forced, allowed);
}

/**
 * The medium for a cable of `lengthM` (sold length) on a port of form factor `ff` running at `physSpeed`, whose far
 * ends run at `laneSpeed` (= `physSpeed` without a breakout).
 */
export function chooseMedium(
  ff: FormFactor,
  physSpeed: number,
  laneSpeed: number,
  lengthM: number,
  mediaAt: MediaAt,
  forced?: MediumKind,
  allowed?: ReadonlySet<MediumKind>,
): AssemblyChoice | undefined {
  const choices = mediaAt(physSpeed, ff);
  const forcedRow = forced === undefined ? undefined : choices.find((m) => m.kind === forced);
  const picked = forcedRow
    ? { row: forcedRow, withinReach: forcedRow.reachM >= lengthM - 1e-9 }
    : pickMedium(choices, lengthM, allowed);
  if (!picked) return undefined;
  const row = picked.row;
  const farRow =
    laneSpeed === physSpeed
      ? row
      : (mediaAt(tableSpeed(laneSpeed), ff).find((m) => m.kind === row.kind) ?? row);
  return { row, farRow, withinReach: picked.withinReach, lengthM, physSpeed, ff };
}

/**
 * Power one member `r` of an assembly adds: its far ends' optics (`farRow`), and for the first member of a breakout
 * the switch port's own optic (`row`). Rows without power add nothing.
 */
export function assemblyPower(
  first: ResolvedLink,
  r: ResolvedLink,
  choice: AssemblyChoice,
  add: (device: DeviceId, row: MediumSpec) => void,
): void {
  if (r === first && first.laneEnd) add(first.laneEnd === 'a' ? first.a.device : first.b.device, choice.row);
  if (r.laneEnd !== 'a') add(r.a.device, choice.farRow);
  if (r.laneEnd !== 'b') add(r.b.device, choice.farRow);
}

export function planCabling(layout: Layout, catalog: Catalog, options: CablingOptions = {}): CablingPlan {
  const geometry: CableGeometry = { ...DEFAULT_GEOMETRY, ...options.geometry };
  const media = options.media ?? MEDIA;
  const allowed = options.allowedMedia ? new Set(options.allowedMedia) : undefined;
  const currency = options.currency ?? 'USD';
  const resolved = resolveLinks(layout, catalog, geometry);

  // Assemblies (indices into the resolved links): a broken-out switch port's lanes share one cable choice.
  const links = resolved.links;
  // A lone link is its index; a broken-out port's lanes an array of indices.
  const assemblies: (number | number[])[] = [];
  const byPort = new Map<string, number[]>();
  for (let i = 0; i < links.length; i++) {
    const r = links[i] as ResolvedLink;
    if (!r.laneEnd) {
      assemblies.push(i);
      continue;
    }
    const lane = r.laneEnd === 'a' ? r.a : r.b;
    const key = `${lane.device}\u0000${physicalPort(lane.port)}`;
    const list = byPort.get(key);
    if (list) list.push(i);
    else {
      const fresh = [i];
      byPort.set(key, fresh);
      assemblies.push(fresh);
    }
  }

  const mediaAt = mediaLookup(media);

  const runs = new Array<CableRun | undefined>(links.length);
  const beyond: BeyondReach[] = [];
  const skipped = [...resolved.skipped];
  const tally = new Tally();

  const single: number[] = [0];
  for (const entry of assemblies) {
    let members: readonly number[];
    if (typeof entry === 'number') {
      single[0] = entry;
      members = single;
    } else members = entry;
    const first = links[members[0] ?? 0];
    if (!first) continue;
    let route = 0;
    for (const i of members) route = Math.max(route, links[i]?.routeMm ?? 0);
    const forced = options.mediumOverrides?.get(first.id);
    const choice = chooseAssembly(first, route, mediaAt, geometry.soldLengthsM, forced, allowed);
    if (!choice) {
      for (const i of members) skipped.push(links[i]?.id ?? first.id);
      continue;
    }
    const { row, farRow, lengthM: length, physSpeed, ff } = choice;
    if (!choice.withinReach || (forced !== undefined && row.kind !== forced))
      for (const i of members)
        beyond.push({
          link: links[i]?.id ?? first.id,
          lengthM: length,
          routeMm: links[i]?.routeMm ?? route,
          row,
          forced: forced ?? null,
          speedGbps: physSpeed,
        });
    const lanePort = first.laneEnd === 'a' ? first.aPort : first.laneEnd === 'b' ? first.bPort : undefined;

    const breakout = first.breakout;
    const laneSpeed = first.speedGbps;
    // Pluggable optics take one fibre per lane; copper and AOC breakouts are one splitter cable.
    const splitter = breakout > 1 && !row.transceiver;
    const cableSku = `${row.cable.code}${splitter ? `-${breakout}x${laneSpeed}g` : ''}-${length}m`;
    const cableQty = row.transceiver ? members.length : 1;
    const price = (row.cable.basePrice + row.cable.perMetre * length) * (splitter ? 1.25 : 1);
    if (!tally.lines.has(cableSku)) {
      const name = `${row.cable.name}${splitter ? ` (1 × ${physSpeed}G to ${breakout} × ${laneSpeed}G breakout)` : ''}, ${length} m`;
      tally.line(cableSku, name, 'cable', price, cableQty);
    } else tally.line(cableSku, '', 'cable', price, cableQty);
    tally.cables += cableQty;

    const sharedOptic = lanePort ? tally.optic(row, lanePort.group.formFactor, physSpeed) : null;
    for (const i of members) {
      const r = links[i];
      if (!r) continue;
      assemblyPower(first, r, choice, tally.addPower);
      const a =
        r.laneEnd === 'a'
          ? laneSide(r.a.device, r.a.port, r.aSite, r.aPort.group.speedGbps, sharedOptic)
          : farSide(r.a.device, r.a.port, r.aSite, r.aPort.group, farRow, ff, laneSpeed, tally);
      const b =
        r.laneEnd === 'b'
          ? laneSide(r.b.device, r.b.port, r.bSite, r.bPort.group.speedGbps, sharedOptic)
          : farSide(r.b.device, r.b.port, r.bSite, r.bPort.group, farRow, ff, laneSpeed, tally);
      runs[i] = {
        link: r.id,
        fabric: r.fabric,
        a,
        b,
        speedGbps: laneSpeed,
        breakout,
        medium: row.kind,
        mediumLabel: MEDIUM_LABELS[row.kind],
        routeMm: r.routeMm,
        lengthM: length,
        reachM: row.reachM,
        cableSku,
      };
    }
  }

  const bomLines: CableBomLine[] = [...tally.lines.values()]
    .map((l) => ({
      sku: l.sku,
      name: l.name,
      vendor: 'Generic',
      kind: l.kind,
      qty: l.qty,
      unitPrice: l.unitPrice,
      extendedPrice: round2(l.unitPrice * l.qty),
      currency,
      priceIsExample: true,
    }))
    .sort((x, y) =>
      x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.sku < y.sku ? -1 : x.sku > y.sku ? 1 : 0,
    );
  let typicalW = 0;
  let maxW = 0;
  const power = new Map<DeviceId, DevicePower>();
  for (const [d, p] of tally.power) {
    power.set(d, { typicalW: round2(p.typicalW), maxW: round2(p.maxW) });
    typicalW += p.typicalW;
    maxW += p.maxW;
  }
  const diagnostics = checkCabling(layout, catalog, {
    resolved,
    beyondReach: beyond,
    skipped,
    targets: options.targetOversubscription ?? {},
  });
  return {
    runs: runs.filter((r): r is CableRun => r !== undefined),
    bomLines,
    power,
    diagnostics,
    skipped,
    totals: {
      cables: tally.cables,
      transceivers: tally.transceivers,
      typicalW: round2(typicalW),
      maxW: round2(maxW),
      price: round2(bomLines.reduce((s, l) => s + l.extendedPrice, 0)),
    },
  };
}

function laneSide(
  device: DeviceId,
  port: string,
  site: DeviceSite,
  speedGbps: number,
  optic: string | null,
): CableEnd {
  return { device, port, rack: site.rack, speedGbps, transceiverSku: optic };
}

function farSide(
  device: DeviceId,
  port: string,
  site: DeviceSite,
  group: PortGroup,
  row: MediumSpec,
  ff: FormFactor,
  laneSpeed: number,
  tally: Tally,
): CableEnd {
  const speed = Math.min(group.speedGbps, laneSpeed);
  const sku = tally.optic(row, ff === 'RJ45' ? 'RJ45' : group.formFactor, speed);
  return { device, port, rack: site.rack, speedGbps: group.speedGbps, transceiverSku: sku };
}
