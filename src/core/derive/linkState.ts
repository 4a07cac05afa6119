/**
 * The explicit links of a layout as `validate` needs them (link rules, cable reach, switch ports, oversubscription,
 * optic power per device), kept up to date from one layout to the next. Each link is evaluated against the records
 * it reads (its own record, its two devices and their racks); each device with links against its links. An edit
 * therefore re-evaluates the links of the devices and racks it changed, plus the links it added or removed: a moved
 * server re-checks its 8 links, not the pod's 50,000. Sums (optic power per device, the switch graph) are updated by
 * taking a changed unit's old share out and putting its new share in; optic powers are multiples of 0.5 W, so the
 * sums are exact whatever the order.
 *
 * The previous layout's lists are compared with the next one's from both ends (the ops change a short run); a long
 * change, a new catalog, floor grid or oversubscription targets start again from nothing, which is also what
 * `validate(…, { cache: false })` does. Results equal `rules/network.checkLinks` plus the cabling checks of
 * `plan/cabling.planCabling` (tested, and property-tested over random edit sequences).
 */
import type { Catalog, CatalogItem, NetworkRole } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type {
  DevicePlacement,
  Layout,
  LinkPlacement,
  PortRef,
  RackPlacement,
  SideItemPlacement,
} from '../model/layout';
import type { Diagnostic } from '../model/report';
import { DEFAULT_GEOMETRY } from '../plan/cableLength';
import type { MediumSpec } from '../plan/cableMedia';
import { MEDIA } from '../plan/cableMedia';
import type { DeviceSite, LinkEnds, LinkResolution, ResolvedLink } from '../plan/cableResolve';
import { deviceSite, isLaneToLane, lanesNamed, resolveLink } from '../plan/cableResolve';
import { assemblyPower, chooseAssembly, mediaLookup } from '../plan/cabling';
import type { GraphEdge } from '../plan/cablingChecks';
import { SwitchGraph, beyondReach, deviceText, graphEdge, switchOverPorts } from '../plan/cablingChecks';
import type { Oversubscription } from '../plan/fabricTypes';
import { physicalPort, resolvePortOnce } from '../plan/portNames';
import type { LinkEndHit, PortSlots } from '../rules/network';
import { claimPort, linkEnd, linkPairProblems } from '../rules/network';
import { deltaFrom, differingRun } from '../ops/listDelta';
import type { ExtraPower } from './rackScope';

/** Optic power of a rack's devices, as `[id, typical W, max W]` sorted by id (empty without any). */
export type RackExtra = readonly (readonly [string, number, number])[];
export const NO_EXTRA: RackExtra = [];

type PowerShare = readonly (readonly [DeviceId, MediumSpec])[];
const NO_POWER: PowerShare = [];
const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

interface LinkEval {
  readonly a: LinkEndHit | undefined;
  readonly b: LinkEndHit | undefined;
  readonly resolution: LinkResolution;
  /** Unknown device or port, speed and network mismatches, and the reach of its own cable. */
  readonly diagnostics: readonly Diagnostic[];
  /** Optics of its own cable (a breakout lane's are counted by the device whose port breaks out). */
  readonly power: PowerShare;
  readonly edge: GraphEdge;
}

interface DeviceEval {
  /** Ports used twice, too many links for a switch, the reach of its breakout cables. */
  readonly diagnostics: readonly Diagnostic[];
  readonly power: PowerShare;
}

interface Context {
  readonly catalog: Catalog;
  readonly floor: Layout['floor'];
  readonly targets: Layout['oversubscriptionTargets'];
}

interface Change<T> {
  readonly removed: readonly T[];
  readonly added: readonly T[];
  /** Index in the new list of the first added record. */
  readonly start: number;
}

/** Largest changed run handled incrementally; beyond it everything is evaluated again. */
const MAX_CHANGE = 4096;

/** The run where `after` differs from `before`, found from both ends; undefined when it is long. */
const change = <T>(before: readonly T[], after: readonly T[]): Change<T> | undefined =>
  differingRun(before, after, MAX_CHANGE);

/** The change from `before` to `after`: the op's recorded delta when there is one, else found by comparing. */
function changeOf<T>(before: readonly T[], after: readonly T[]): Change<T> | undefined {
  const d = deltaFrom(before, after);
  if (!d) return change(before, after);
  if (before.length > 0 && (d.removed.length > MAX_CHANGE || d.added.length > MAX_CHANGE)) return undefined;
  return { removed: d.removed, added: d.added, start: d.at ?? after.length };
}

/** A change without the records that are in both its removed and added runs (they only moved in the list). */
function net<T>(c: Change<T> | undefined): Change<T> | undefined {
  if (!c || c.removed.length === 0 || c.added.length === 0) return c;
  const removed = new Set(c.removed);
  const kept = new Set(c.added.filter((r) => removed.has(r)));
  if (kept.size === 0) return c;
  return {
    removed: c.removed.filter((r) => !kept.has(r)),
    added: c.added.filter((r) => !kept.has(r)),
    start: c.start,
  };
}

const hasLane = (ref: PortRef): boolean => ref.port.indexOf(':', ref.port.lastIndexOf('/')) >= 0;

const sameEdge = (x: GraphEdge, y: GraphEdge): boolean => {
  if (x === null || y === null) return x === y;
  if (x.kind === 'end') return y.kind === 'end' && x.sw === y.sw && x.item === y.item && x.bw === y.bw;
  return (
    y.kind === 'peer' &&
    x.a === y.a &&
    x.b === y.b &&
    x.aItem === y.aItem &&
    x.bItem === y.bItem &&
    x.bw === y.bw
  );
};

export class LinkState {
  private ctx: Context | undefined;
  private links: readonly LinkPlacement[] = [];
  private devices: readonly DevicePlacement[] = [];
  private sideItems: readonly SideItemPlacement[] = [];
  private racks: readonly RackPlacement[] = [];
  private readonly devById = new Map<string, DevicePlacement>();
  private readonly sideById = new Map<string, SideItemPlacement>();
  private readonly rackById = new Map<string, RackPlacement>();
  /** Position of each link in layout order (new links get positions between their neighbours'). */
  private readonly seq = new Map<LinkPlacement, number>();
  private readonly byDevice = new Map<string, Set<LinkPlacement>>();
  /** Links naming a lane at both ends, by device (rare: their lane count depends on the other links). */
  private readonly laneToLane = new Map<string, Set<LinkPlacement>>();
  /** Rack of each device that has links, and the reverse, to find the links a rack edit moves. */
  private readonly rackOfLinked = new Map<string, string>();
  private readonly linkedByRack = new Map<string, Set<string>>();
  private readonly sites = new Map<string, DeviceSite | null>();
  private readonly linkEvals = new Map<LinkPlacement, LinkEval>();
  private readonly deviceEvals = new Map<string, DeviceEval>();
  private readonly flagged = new Set<LinkEval | DeviceEval>();
  private readonly power = new Map<string, { typicalW: number; maxW: number; n: number }>();
  private readonly powerTouched = new Set<string>();
  private readonly extra = new Map<string, { readonly typicalW: number; readonly maxW: number }>();
  private readonly rackVersion = new Map<string, number>();
  private readonly extraCache = new Map<
    string,
    { devices: readonly unknown[]; sides: readonly unknown[]; version: number; extra: RackExtra }
  >();
  private repeats = false;
  private graph = new SwitchGraph();
  private targets: Partial<Record<NetworkRole, Oversubscription>> = {};

  /** Optic power per device id (only devices whose max draw does not already include optics). */
  get extraW(): ExtraPower {
    return this.extra;
  }

  update(layout: Layout, catalog: Catalog): void {
    const ctx = this.ctx;
    if (
      !ctx ||
      ctx.catalog !== catalog ||
      ctx.floor !== layout.floor ||
      ctx.targets !== layout.oversubscriptionTargets ||
      this.repeats ||
      !this.apply(layout, false)
    ) {
      this.reset({ catalog, floor: layout.floor, targets: layout.oversubscriptionTargets });
      this.apply(layout, true);
    }
  }

  /** Pushes every link and cabling diagnostic. */
  diagnostics(out: Diagnostic[]): void {
    for (const e of this.flagged) for (const d of e.diagnostics) out.push(d);
    this.graph.warnings(this.targets, this.label, out);
  }

  /** The optic power of one rack's devices; the same array while none of it changed. */
  rackExtra(
    rack: string,
    devices: readonly DevicePlacement[],
    sides: readonly SideItemPlacement[],
  ): RackExtra {
    const version = this.rackVersion.get(rack) ?? 0;
    const hit = this.extraCache.get(rack);
    if (
      hit &&
      hit.version === version &&
      (hit.devices === devices || sameList(hit.devices, devices)) &&
      (hit.sides === sides || sameList(hit.sides, sides))
    )
      return hit.extra;
    const out: [string, number, number][] = [];
    for (const list of [devices, sides])
      for (const d of list) {
        const e = this.extra.get(d.id);
        if (e) out.push([d.id, e.typicalW, e.maxW]);
      }
    const extra = out.length === 0 ? NO_EXTRA : out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    this.extraCache.set(rack, { devices, sides, version, extra });
    return extra;
  }

  private reset(ctx: Context): void {
    this.ctx = ctx;
    this.links = [];
    this.devices = [];
    this.sideItems = [];
    this.racks = [];
    for (const m of [
      this.devById,
      this.sideById,
      this.rackById,
      this.seq,
      this.byDevice,
      this.laneToLane,
      this.rackOfLinked,
      this.linkedByRack,
      this.sites,
      this.linkEvals,
      this.deviceEvals,
      this.power,
      this.extra,
      this.extraCache,
    ])
      m.clear();
    this.flagged.clear();
    this.powerTouched.clear();
    for (const [rack, v] of this.rackVersion) this.rackVersion.set(rack, v + 1);
    this.graph = new SwitchGraph();
    const targets: Partial<Record<NetworkRole, Oversubscription>> = {};
    for (const t of ctx.targets ?? []) targets[t.role] = { down: t.down, up: t.up };
    this.targets = targets;
  }

  /** Brings the state to `layout`; false (state unusable, reset it) when a change is too long or ids repeat. */
  private apply(layout: Layout, full: boolean): boolean {
    const racks = net(changeOf(this.racks, layout.racks));
    const devices = net(changeOf(this.devices, layout.devices));
    const sides = net(changeOf(this.sideItems, layout.sideItems));
    const links = changeOf(this.links, layout.links);
    if (!racks || !devices || !sides || !links) return false;
    const dirtyDevices = new Set<string>();
    const changedRacks = new Set<string>();
    const fine =
      swap(this.rackById, racks, (r) => changedRacks.add(r.id)) &&
      swap(this.devById, devices, (d) => dirtyDevices.add(d.id)) &&
      swap(this.sideById, sides, (d) => dirtyDevices.add(d.id));
    if (!fine && !full) return false;
    // With repeated ids the last record wins, as in a fresh evaluation; such a layout is always evaluated afresh.
    this.repeats = !fine;
    for (const rack of changedRacks) for (const d of this.linkedByRack.get(rack) ?? []) dirtyDevices.add(d);
    if (!this.placeLinks(links, layout.links)) return false;
    this.racks = layout.racks;
    this.devices = layout.devices;
    this.sideItems = layout.sideItems;
    this.links = layout.links;

    // From nothing (after a reset) every link is new and every device's links are among them, the sites are empty
    // and the graph is new: the links themselves are the dirty set, with no 49,152-entry Set to build. (A link
    // object listed twice would make `seq` smaller than the list: that case takes the set.)
    const dirtyLinks: Set<LinkPlacement> | readonly LinkPlacement[] =
      full && links.removed.length === 0 && this.seq.size === links.added.length
        ? links.added
        : new Set<LinkPlacement>([...links.removed, ...links.added]);
    if (dirtyLinks instanceof Set) {
      for (const d of dirtyDevices) {
        this.sites.delete(d);
        this.graph.touch(d as DeviceId);
        for (const l of this.byDevice.get(d) ?? []) dirtyLinks.add(l);
      }
      // A lane-to-lane link's speed depends on the other links naming lanes of its ports.
      if (this.laneToLane.size > 0)
        for (const l of [...dirtyLinks])
          for (const ref of [l.a, l.b])
            if (hasLane(ref))
              for (const other of this.laneToLane.get(ref.device) ?? []) dirtyLinks.add(other);
    }

    const touched = new Set<string>(dirtyDevices);
    for (const l of dirtyLinks) {
      touched.add(l.a.device);
      touched.add(l.b.device);
      const old = this.linkEvals.get(l);
      const next = this.seq.has(l) ? this.evaluateLink(l) : undefined;
      if (old) this.retract(old, next?.edge);
      if (next) this.put(next, old?.edge);
      if (next) this.linkEvals.set(l, next);
      else this.linkEvals.delete(l);
    }
    for (const d of touched) {
      this.relink(d);
      if (!this.byDevice.has(d)) this.sites.delete(d);
      const old = this.deviceEvals.get(d);
      if (old) this.retract(old);
      if (this.byDevice.has(d)) {
        const next = this.evaluateDevice(d);
        this.put(next);
        this.deviceEvals.set(d, next);
      } else this.deviceEvals.delete(d);
    }
    for (const d of dirtyDevices) this.powerTouched.add(d);
    for (const d of this.powerTouched) this.updateExtra(d);
    this.powerTouched.clear();
    return true;
  }

  /** Positions and per-device index of removed and added links; false when positions run out (start again). */
  private placeLinks(links: Change<LinkPlacement>, list: readonly LinkPlacement[]): boolean {
    for (const l of links.removed) {
      this.seq.delete(l);
      for (const ref of [l.a, l.b]) {
        unindex(this.byDevice, ref.device, l);
        unindex(this.laneToLane, ref.device, l);
      }
    }
    if (links.added.length === 0) return true;
    const prev = list[links.start - 1];
    const following = list[links.start + links.added.length];
    const before = prev ? this.seq.get(prev) : undefined;
    const next = following ? this.seq.get(following) : undefined;
    const lo = before ?? (next === undefined ? 0 : next - links.added.length - 1);
    const hi = next ?? lo + links.added.length + 1;
    const step = (hi - lo) / (links.added.length + 1);
    if (!(step > 1e-6)) return false;
    links.added.forEach((l, i) => {
      this.seq.set(l, lo + step * (i + 1));
      const both = hasLane(l.a) && hasLane(l.b);
      for (const ref of [l.a, l.b]) {
        index(this.byDevice, ref.device, l);
        if (both) index(this.laneToLane, ref.device, l);
      }
    });
    return true;
  }

  private relink(device: string): void {
    const old = this.rackOfLinked.get(device);
    if (old !== undefined) this.linkedByRack.get(old)?.delete(device);
    const rec = this.sideById.get(device) ?? this.devById.get(device);
    if (!rec || !this.byDevice.has(device)) {
      this.rackOfLinked.delete(device);
      return;
    }
    this.rackOfLinked.set(device, rec.rack);
    index(this.linkedByRack, rec.rack, device);
  }

  private readonly label = (device: DeviceId): string =>
    deviceText(device, this.devById.get(device), (this.ctx as Context).catalog);

  private itemOf(device: string): CatalogItem | undefined {
    const rec = this.sideById.get(device) ?? this.devById.get(device);
    return rec ? (this.ctx as Context).catalog.items.get(rec.sku) : undefined;
  }

  private siteOf(device: string): DeviceSite | null {
    let s = this.sites.get(device);
    if (s === undefined) {
      const side = this.sideById.get(device);
      const rec = side ? { sku: side.sku, rack: side.rack, u: 0 } : this.devById.get(device);
      s = deviceSite(rec, rec ? this.rackById.get(rec.rack) : undefined, (this.ctx as Context).catalog);
      this.sites.set(device, s);
    }
    return s;
  }

  private refsAt(device: string): PortRef[] {
    const refs: PortRef[] = [];
    for (const l of this.byDevice.get(device) ?? []) refs.push(l.a, l.b);
    return refs;
  }

  private readonly lanesOf = (ref: PortRef, physical: string): number =>
    lanesNamed(this.refsAt(ref.device), ref.device, physical);

  private evaluateLink(link: LinkPlacement): LinkEval {
    const ctx = this.ctx as Context;
    let out: Diagnostic[] | undefined;
    const diagnostics = (): Diagnostic[] => (out ??= []);
    const a = this.endOf(link, link.a, diagnostics);
    const b = this.endOf(link, link.b, diagnostics);
    if (a && b) {
      const pair: Diagnostic[] = [];
      linkPairProblems(link, a, b, pair);
      if (pair.length > 0) diagnostics().push(...pair);
    }
    const aSite = this.siteOf(link.a.device);
    const bSite = this.siteOf(link.b.device);
    const ends: LinkEnds = {
      aSite,
      bSite,
      aPort: aSite ? (resolvePortOnce(aSite.item, link.a.port) ?? null) : null,
      bPort: bSite ? (resolvePortOnce(bSite.item, link.b.port) ?? null) : null,
    };
    const resolution = resolveLink(
      link,
      ends,
      ctx.floor,
      DEFAULT_GEOMETRY,
      isLaneToLane(ends) ? this.lanesOf : undefined,
    );
    const r = resolution.resolved;
    let power = NO_POWER;
    if (r && !r.laneEnd) {
      const shares: [DeviceId, MediumSpec][] = [];
      cableAssembly([r], shares, diagnostics);
      power = shares;
    }
    return {
      a,
      b,
      resolution,
      diagnostics: out ?? NO_DIAGNOSTICS,
      power,
      edge: r ? graphEdge(r) : null,
    };
  }

  private endOf(link: LinkPlacement, end: PortRef, out: () => Diagnostic[]): LinkEndHit | undefined {
    const item = this.itemOf(end.device);
    const hit = item && resolvePortOnce(item, end.port);
    if (item && hit) return { item, port: end.port, hit };
    return linkEnd(link, end, item, out());
  }

  private evaluateDevice(device: string): DeviceEval {
    const ctx = this.ctx as Context;
    const links = this.inLayoutOrder(this.byDevice.get(device));
    const out: Diagnostic[] = [];
    const used: PortSlots = new Map();
    let demand = 0;
    let lanes: Map<string, ResolvedLink[]> | undefined;
    for (const l of links) {
      const e = this.linkEvals.get(l);
      if (!e) continue;
      if (l.a.device === device) {
        demand += 1 / e.resolution.lanesA;
        if (e.a) claimPort(used, e.a.hit.physical, l, l.a, e.a.hit, out);
      }
      if (l.b.device === device) {
        demand += 1 / e.resolution.lanesB;
        if (e.b) claimPort(used, e.b.hit.physical, l, l.b, e.b.hit, out);
      }
      const r = e.resolution.resolved;
      const laneRef = r?.laneEnd === 'a' ? r.a : r?.laneEnd === 'b' ? r.b : undefined;
      if (r && laneRef?.device === device) {
        lanes ??= new Map();
        const key = physicalPort(laneRef.port);
        const members = lanes.get(key);
        if (members) members.push(r);
        else lanes.set(key, [r]);
      }
    }
    const d = this.devById.get(device);
    switchOverPorts(
      device as DeviceId,
      d,
      d ? ctx.catalog.items.get(d.sku) : undefined,
      demand,
      this.label,
      out,
    );
    const shares: [DeviceId, MediumSpec][] = [];
    for (const members of lanes?.values() ?? []) cableAssembly(members, shares, () => out);
    return {
      diagnostics: out.length > 0 ? out : NO_DIAGNOSTICS,
      power: shares.length > 0 ? shares : NO_POWER,
    };
  }

  /** A device's links in layout order (its index set is usually in that order already: checked before sorting). */
  private inLayoutOrder(links: ReadonlySet<LinkPlacement> | undefined): LinkPlacement[] {
    const list = links ? [...links] : [];
    const seq = list.map((l) => this.seq.get(l) ?? 0);
    let sorted = true;
    for (let i = 1; i < seq.length && sorted; i++) sorted = (seq[i - 1] ?? 0) <= (seq[i] ?? 0);
    if (sorted) return list;
    const order = list.map((_, i) => i).sort((x, y) => (seq[x] ?? 0) - (seq[y] ?? 0));
    return order.map((i) => list[i] as LinkPlacement);
  }

  private put(e: LinkEval | DeviceEval, oldEdge?: GraphEdge): void {
    if (e.diagnostics.length > 0) this.flagged.add(e);
    for (const [device, row] of e.power) this.addPower(device, row, 1);
    if ('edge' in e && (oldEdge === undefined || !sameEdge(oldEdge, e.edge)) && e.edge) {
      this.graph.add(e.edge, 1);
    }
  }

  private retract(e: LinkEval | DeviceEval, newEdge?: GraphEdge): void {
    this.flagged.delete(e);
    for (const [device, row] of e.power) this.addPower(device, row, -1);
    if ('edge' in e && (newEdge === undefined || !sameEdge(e.edge, newEdge)) && e.edge) {
      this.graph.add(e.edge, -1);
    }
  }

  private addPower(device: DeviceId, row: MediumSpec, sign: 1 | -1): void {
    if (row.endTypicalW === 0 && row.endMaxW === 0) return;
    let p = this.power.get(device);
    if (!p) {
      p = { typicalW: 0, maxW: 0, n: 0 };
      this.power.set(device, p);
    }
    p.typicalW += sign * row.endTypicalW;
    p.maxW += sign * row.endMaxW;
    p.n += sign;
    if (p.n === 0) this.power.delete(device);
    this.powerTouched.add(device);
  }

  private updateExtra(device: string): void {
    const p = this.power.get(device);
    const side = this.sideById.get(device);
    const rec = side ?? this.devById.get(device);
    const item = rec ? (this.ctx as Context).catalog.items.get(rec.sku) : undefined;
    const includes = item && 'power' in item && item.power.includesOptics === true;
    const before = this.extra.get(device);
    const next = p && !includes ? { typicalW: round2(p.typicalW), maxW: round2(p.maxW) } : undefined;
    if (before?.typicalW === next?.typicalW && before?.maxW === next?.maxW) return;
    if (next) this.extra.set(device, next);
    else this.extra.delete(device);
    if (rec) this.rackVersion.set(rec.rack, (this.rackVersion.get(rec.rack) ?? 0) + 1);
  }
}

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const round2 = (x: number): number => Math.round(x * 100) / 100;
const mediaAt = mediaLookup(MEDIA);

/** One cable assembly (a link, or the lanes of a broken-out port in layout order): its optics and its reach. */
function cableAssembly(
  members: readonly ResolvedLink[],
  shares: [DeviceId, MediumSpec][],
  out: () => Diagnostic[],
): void {
  const first = members[0];
  if (!first) return;
  let route = 0;
  for (const r of members) route = Math.max(route, r.routeMm);
  const choice = chooseAssembly(first, route, mediaAt, DEFAULT_GEOMETRY.soldLengthsM);
  if (!choice) return;
  for (const r of members) {
    assemblyPower(first, r, choice, (device, row) => shares.push([device, row]));
    if (!choice.withinReach)
      beyondReach(
        {
          link: r.id,
          lengthM: choice.lengthM,
          routeMm: r.routeMm,
          row: choice.row,
          forced: null,
          speedGbps: choice.physSpeed,
        },
        out(),
      );
  }
}

/**
 * Applies a list change to an id → record map: removed records leave, added ones enter, `changed` hears each id.
 * False when ids repeat (a removed record is not the one the map holds, or an added id is taken: the later wins).
 */
function swap<T extends { readonly id: string }>(
  map: Map<string, T>,
  c: Change<T>,
  changed: (r: T) => void,
): boolean {
  let fine = true;
  for (const r of c.removed) {
    if (map.get(r.id) !== r) return false;
    map.delete(r.id);
    changed(r);
  }
  for (const r of c.added) {
    if (map.has(r.id)) fine = false;
    map.set(r.id, r);
    changed(r);
  }
  return fine;
}

function index<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function unindex<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (set?.delete(value) && set.size === 0) map.delete(key);
}
