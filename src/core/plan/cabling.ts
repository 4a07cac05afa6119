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
import type { Layout, LinkPlacement as LayoutLink } from '../model/layout';
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
import type { ResolvedPort } from './portNames';
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

export interface LineAcc {
  readonly sku: string;
  readonly name: string;
  readonly kind: 'cable' | 'transceiver';
  readonly unitPrice: number;
  qty: number;
}

export interface PowerAcc {
  typicalW: number;
  maxW: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const ffCode = (ff: FormFactor): string => ff.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Mutable tallies of one planning run. */
export class Tally {
  readonly lines = new Map<string, LineAcc>();
  readonly power = new Map<DeviceId, PowerAcc>();
  readonly optics = new Map<MediumSpec, Map<number, LineAcc>>();
  private readonly cableSkus = new Map<MediumSpec, Map<number, string>>();
  cables = 0;
  transceivers = 0;

  /** `<cable code>-<length>m`, made once per medium and length rather than once per link. */
  cableSku(row: MediumSpec, lengthM: number): string {
    let byLength = this.cableSkus.get(row);
    if (!byLength) {
      byLength = new Map();
      this.cableSkus.set(row, byLength);
    }
    let sku = byLength.get(lengthM);
    if (sku === undefined) {
      sku = `${row.cable.code}-${lengthM}m`;
      byLength.set(lengthM, sku);
    }
    return sku;
  }

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

  const links = resolved.links;
  const mediaAt = mediaLookup(media);
  const beyond: BeyondReach[] = [];
  const skipped = [...resolved.skipped];
  const tally = new Tally();
  // What each link was cabled with; the runs are made from these when first read.
  const n = links.length;
  const cabled = cabledColumns(n);
  const ctx: AssemblyContext = {
    mediaAt,
    soldLengthsM: geometry.soldLengthsM,
    overrides: options.mediumOverrides,
    allowed,
    tally,
    beyond,
    skipped,
  };
  cableAll(links, ctx, cabled);
  let runs: readonly CableRun[] | undefined;

  const bomLines = bomLinesOf(tally.lines.values(), currency);
  const { power, typicalW, maxW } = powerOf(tally.power);
  const diagnostics = checkCabling(layout, catalog, {
    resolved,
    beyondReach: beyond,
    skipped,
    targets: options.targetOversubscription ?? {},
  });
  return {
    /** Made on first read: a 50,000-link plan is mostly read for its totals, BOM lines and power. */
    get runs(): readonly CableRun[] {
      runs ??= cableRuns(links, cabled);
      return runs;
    },
    bomLines,
    power,
    diagnostics,
    skipped,
    totals: {
      cables: tally.cables,
      transceivers: tally.transceivers,
      typicalW,
      maxW,
      price: priceOf(bomLines),
    },
  };
}

/** Per resolved link (by index): the medium, sold length and SKUs it was cabled with; `row` undefined when not. */
export interface Cabled {
  readonly row: (MediumSpec | undefined)[];
  readonly lengthM: Float64Array;
  readonly cableSku: string[];
  readonly aSku: (string | null)[];
  readonly bSku: (string | null)[];
  /** Index of the first link of the link's assembly (its own without a breakout). */
  readonly first: Int32Array;
}

export interface AssemblyContext {
  readonly mediaAt: MediaAt;
  readonly soldLengthsM: readonly number[];
  readonly overrides: ReadonlyMap<string, MediumKind> | undefined;
  readonly allowed: ReadonlySet<MediumKind> | undefined;
  readonly tally: Tally;
  readonly beyond: BeyondReach[];
  readonly skipped: LinkId[];
}

/** Cables every link, in order, into `cabled`. */
export function cableAll(links: readonly ResolvedLink[], ctx: AssemblyContext, cabled: Cabled): void {
  // A broken-out switch port's lanes are one assembly and share one cable choice; any other link is its own.
  const lanesByPort = new Map<string, number[]>();
  for (let i = 0; i < links.length; i++) {
    const r = links[i] as ResolvedLink;
    if (!r.laneEnd) continue;
    const lane = r.laneEnd === 'a' ? r.a : r.b;
    const key = `${lane.device}\u0000${physicalPort(lane.port)}`;
    const list = lanesByPort.get(key);
    if (list) list.push(i);
    else lanesByPort.set(key, [i]);
  }
  /** Each assembly's members by its first link's index (an assembly is cabled where its first link stands). */
  const assemblyAt = new Map<number, number[]>();
  for (const members of lanesByPort.values()) assemblyAt.set(members[0] ?? 0, members);

  const single: number[] = [0];
  for (let i = 0; i < links.length; i++) {
    if (!links[i]?.laneEnd) {
      single[0] = i;
      cableAssembly(single, links, ctx, cabled);
    } else {
      const members = assemblyAt.get(i);
      if (members) cableAssembly(members, links, ctx, cabled);
    }
  }
}

/**
 * Cables one assembly (a link, or the lanes of one broken-out port, `members` as indices into `links`): chooses its
 * medium for the longest member, counts its cables, optics and their power, and records what each member got.
 */
export function cableAssembly(
  members: readonly number[],
  links: readonly ResolvedLink[],
  ctx: AssemblyContext,
  cabled: Cabled,
): void {
  const { tally } = ctx;
  const firstIndex = members[0] ?? 0;
  const first = links[firstIndex];
  if (!first) return;
  let route = 0;
  for (const i of members) route = Math.max(route, links[i]?.routeMm ?? 0);
  const forced = ctx.overrides?.get(first.id);
  const choice = chooseAssembly(first, route, ctx.mediaAt, ctx.soldLengthsM, forced, ctx.allowed);
  if (!choice) {
    for (const i of members) ctx.skipped.push(links[i]?.id ?? first.id);
    return;
  }
  const { row, farRow, lengthM: length, physSpeed, ff } = choice;
  if (!choice.withinReach || (forced !== undefined && row.kind !== forced))
    for (const i of members)
      ctx.beyond.push({
        link: links[i]?.id ?? first.id,
        lengthM: length,
        routeMm: links[i]?.routeMm ?? route,
        row,
        forced: forced ?? null,
        speedGbps: physSpeed,
      });
  const lanePort = first.laneEnd === 'a' ? first.aPort : first.laneEnd === 'b' ? first.bPort : undefined;

  const laneSpeed = first.speedGbps;
  const cableSku = countCable(tally, row, length, first.breakout, laneSpeed, physSpeed, members.length);
  const sharedOptic = lanePort ? tally.optic(row, lanePort.group.formFactor, physSpeed) : null;
  for (const i of members) {
    const r = links[i];
    if (!r) continue;
    assemblyPower(first, r, choice, tally.addPower);
    cabled.row[i] = row;
    cabled.lengthM[i] = length;
    cabled.cableSku[i] = cableSku;
    cabled.first[i] = firstIndex;
    cabled.aSku[i] = r.laneEnd === 'a' ? sharedOptic : farOptic(r.aPort.group, farRow, ff, laneSpeed, tally);
    cabled.bSku[i] = r.laneEnd === 'b' ? sharedOptic : farOptic(r.bPort.group, farRow, ff, laneSpeed, tally);
  }
}

/**
 * Counts the cable(s) of one assembly of `lanes` links on a port of `breakout` lanes (1 = none) and returns the
 * cable's SKU. Pluggable optics take one fibre per lane; copper and AOC breakouts are one splitter cable.
 */
function countCable(
  tally: Tally,
  row: MediumSpec,
  lengthM: number,
  breakout: number,
  laneSpeed: number,
  physSpeed: number,
  lanes: number,
): string {
  const splitter = breakout > 1 && !row.transceiver;
  const cableSku = splitter
    ? `${row.cable.code}-${breakout}x${laneSpeed}g-${lengthM}m`
    : tally.cableSku(row, lengthM);
  const cableQty = row.transceiver ? lanes : 1;
  const price = (row.cable.basePrice + row.cable.perMetre * lengthM) * (splitter ? 1.25 : 1);
  if (!tally.lines.has(cableSku)) {
    const name = `${row.cable.name}${splitter ? ` (1 × ${physSpeed}G to ${breakout} × ${laneSpeed}G breakout)` : ''}, ${lengthM} m`;
    tally.line(cableSku, name, 'cable', price, cableQty);
  } else tally.line(cableSku, '', 'cable', price, cableQty);
  tally.cables += cableQty;
  return cableSku;
}

/**
 * Cables link `i`, one between two whole ports of known devices (`resolveWholeLink`'s case), into `cabled` as
 * `cableAssembly` would, from its ports and route alone (no resolved record): the same medium, counts and power.
 */
export function cableWholeLink(
  i: number,
  link: LayoutLink,
  aPort: ResolvedPort,
  bPort: ResolvedPort,
  routeMm: number,
  ctx: AssemblyContext,
  cabled: Cabled,
): void {
  const { tally } = ctx;
  const a = aPort.group;
  const b = bPort.group;
  const ff: FormFactor = a.formFactor === 'RJ45' || b.formFactor === 'RJ45' ? 'RJ45' : a.formFactor;
  const speed = Math.min(a.speedGbps, b.speedGbps);
  const forced = ctx.overrides?.get(link.id);
  const lengthM = soldLengthM(routeMm, ctx.soldLengthsM);
  const choice = chooseMedium(ff, speed, speed, lengthM, ctx.mediaAt, forced, ctx.allowed);
  if (!choice) {
    ctx.skipped.push(link.id);
    return;
  }
  const row = choice.row;
  if (!choice.withinReach || (forced !== undefined && row.kind !== forced))
    ctx.beyond.push({ link: link.id, lengthM, routeMm, row, forced: forced ?? null, speedGbps: speed });
  const cableSku = countCable(tally, row, lengthM, 1, speed, speed, 1);
  tally.addPower(link.a.device, row);
  tally.addPower(link.b.device, row);
  cabled.row[i] = row;
  cabled.lengthM[i] = lengthM;
  cabled.cableSku[i] = cableSku;
  cabled.first[i] = i;
  cabled.aSku[i] = farOptic(a, row, ff, speed, tally);
  cabled.bSku[i] = farOptic(b, row, ff, speed, tally);
}

/** The transceiver at a far end (not the broken-out port's), counted; null for media without optics. */
function farOptic(
  group: PortGroup,
  row: MediumSpec,
  ff: FormFactor,
  laneSpeed: number,
  tally: Tally,
): string | null {
  const speed = Math.min(group.speedGbps, laneSpeed);
  return tally.optic(row, ff === 'RJ45' ? 'RJ45' : group.formFactor, speed);
}

/** The runs, in resolved-link order, of the links that were cabled. */
function cableRuns(links: readonly ResolvedLink[], cabled: Cabled): CableRun[] {
  const out: CableRun[] = [];
  for (let i = 0; i < links.length; i++) {
    const run = cableRun(links, cabled, i);
    if (run) out.push(run);
  }
  return out;
}

/** The run of link `i`; undefined when it was not cabled. */
export function cableRun(links: readonly ResolvedLink[], cabled: Cabled, i: number): CableRun | undefined {
  const r = links[i];
  if (!r) return undefined;
  return runOf(r, links[cabled.first[i] ?? i] ?? r, cabled, i);
}

/** The run of `r`, cabled at index `i` of `cabled` in the assembly whose first link is `first`; undefined when not. */
export function runOf(r: ResolvedLink, first: ResolvedLink, cabled: Cabled, i: number): CableRun | undefined {
  const row = cabled.row[i];
  if (!row) return undefined;
  return {
    link: r.id,
    fabric: r.fabric,
    a: cableEnd(r.a.device, r.a.port, r.aSite, r.aPort.group.speedGbps, cabled.aSku[i] ?? null),
    b: cableEnd(r.b.device, r.b.port, r.bSite, r.bPort.group.speedGbps, cabled.bSku[i] ?? null),
    speedGbps: first.speedGbps,
    breakout: first.breakout,
    medium: row.kind,
    mediumLabel: MEDIUM_LABELS[row.kind],
    routeMm: r.routeMm,
    lengthM: cabled.lengthM[i] ?? 0,
    reachM: row.reachM,
    cableSku: cabled.cableSku[i] ?? '',
  };
}

/** Columns for `n` links, none cabled yet. */
export function cabledColumns(n: number): Cabled {
  return {
    row: new Array<MediumSpec | undefined>(n),
    lengthM: new Float64Array(n),
    cableSku: new Array<string>(n),
    aSku: new Array<string | null>(n),
    bSku: new Array<string | null>(n),
    first: new Int32Array(n),
  };
}

/** The BOM lines of counted cables and optics (lines counted down to 0 left out), by kind then SKU. */
export function bomLinesOf(lines: Iterable<LineAcc>, currency: string): CableBomLine[] {
  const out: CableBomLine[] = [];
  for (const l of lines)
    if (l.qty > 0)
      out.push({
        sku: l.sku,
        name: l.name,
        vendor: 'Generic',
        kind: l.kind,
        qty: l.qty,
        unitPrice: l.unitPrice,
        extendedPrice: round2(l.unitPrice * l.qty),
        currency,
        priceIsExample: true,
      });
  return out.sort((x, y) =>
    x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.sku < y.sku ? -1 : x.sku > y.sku ? 1 : 0,
  );
}

export const priceOf = (lines: readonly CableBomLine[]): number =>
  round2(lines.reduce((s, l) => s + l.extendedPrice, 0));

/** Optic power per device (devices counted down to nothing left out), rounded to 0.01 W, and its sums. */
export function powerOf(acc: Iterable<readonly [DeviceId, PowerAcc]>): {
  power: Map<DeviceId, DevicePower>;
  typicalW: number;
  maxW: number;
} {
  let typicalW = 0;
  let maxW = 0;
  const power = new Map<DeviceId, DevicePower>();
  for (const [d, p] of acc) {
    if (p.typicalW === 0 && p.maxW === 0) continue;
    power.set(d, { typicalW: round2(p.typicalW), maxW: round2(p.maxW) });
    typicalW += p.typicalW;
    maxW += p.maxW;
  }
  return { power, typicalW: round2(typicalW), maxW: round2(maxW) };
}

function cableEnd(
  device: DeviceId,
  port: string,
  site: DeviceSite,
  speedGbps: number,
  optic: string | null,
): CableEnd {
  return { device, port, rack: site.rack, speedGbps, transceiverSku: optic };
}
