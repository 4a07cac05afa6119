/**
 * The explicit links of a layout as `validate` needs them (link rules, cable reach, switch ports, oversubscription,
 * optic power per device), kept up to date from one layout to the next. Each link is evaluated against the records
 * it reads (its own record, its two devices and their racks); each device with links against its links. An edit
 * therefore re-evaluates the links of the devices and racks it changed, plus the links it added or removed: a moved
 * server re-checks its 8 links, not the pod's 50,000. Sums (optic power per device, the switch graph) are updated by
 * taking a changed unit's old share out and putting its new share in; optic powers are multiples of 0.5 W, so the
 * sums are exact whatever the order.
 *
 * Made for 50,000+ links: each link and each device named by a link has one mutable record
 * (`linkRecords.ts`), evaluated again in place; devices hold their links in layout order, so no map is keyed per
 * link. A plain link (two whole ports, both devices in racks) makes no object when evaluated: its port records are
 * the catalog item's (resolved once per item and port name), its medium choice is shared by every link of the same
 * form factor, speed and sold length, and its graph edge is a kind, a bandwidth and two items. Lanes of broken-out ports take the general path (`resolveLink`), as rare as they are.
 *
 * The previous layout's lists are compared with the next one's (`linkChanges.ts`); a long change, a new catalog,
 * floor grid or oversubscription targets start again from nothing, which is also what `validate(…, { cache: false })`
 * does. Results equal `rules/network.checkLinks` plus the cabling checks of `plan/cabling.planCabling` (tested, and
 * property-tested over random edit sequences).
 */
import type { Catalog, CatalogItem, FormFactor, NetworkRole } from '../model/catalog';
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
import { DEFAULT_GEOMETRY, cableRouteMm } from '../plan/cableLength';
import type { MediumSpec } from '../plan/cableMedia';
import type { DeviceSite, LinkEnds, ResolvedLink } from '../plan/cableResolve';
import { deviceSite, isLaneToLane, lanesNamed, resolveLink } from '../plan/cableResolve';
import { SwitchGraph, beyondReach, deviceText, edgeKind, switchOverPorts } from '../plan/cablingChecks';
import type { Oversubscription } from '../plan/fabricTypes';
import type { ResolvedPort } from '../plan/portNames';
import { physicalPort, resolvePortOnce } from '../plan/portNames';
import { linkEnd, linkPairFine, linkPairProblems, portReused } from '../rules/network';
import type { Change } from './linkChanges';
import { changeOf, hasLane, net, swap } from './linkChanges';
import {
  DeviceRec,
  EDGE_KINDS,
  LinkTable,
  NO_DIAGNOSTICS,
  NOT_EVALUATED,
  NO_POWER,
  cableAssembly,
  devicesToReview,
  insertInOrder,
  plainChoice,
} from './linkRecords';
import type { ExtraPower } from './rackScope';

/** Optic power of a rack's devices, as `[id, typical W, max W]` sorted by id (empty without any). */
export type RackExtra = readonly (readonly [string, number, number])[];
export const NO_EXTRA: RackExtra = [];

interface Context {
  readonly catalog: Catalog;
  readonly floor: Layout['floor'];
  readonly targets: Layout['oversubscriptionTargets'];
}

export class LinkState {
  private ctx: Context | undefined;
  private links: readonly LinkPlacement[] = [];
  private devices: readonly DevicePlacement[] = [];
  private sideItems: readonly SideItemPlacement[] = [];
  private racks: readonly RackPlacement[] = [];
  private readonly devById = new Map<string, DevicePlacement>();
  private readonly sideById = new Map<string, SideItemPlacement>();
  private readonly rackById = new Map<string, RackPlacement>();
  /** Devices named by links (a device keeps its record while the state lives), by id and by index. */
  private readonly named = new Map<string, DeviceRec>();
  private devs: DeviceRec[] = [];
  private table = new LinkTable(0);
  /** Devices with links, by rack, to find the links a rack edit moves. */
  private readonly linkedByRack = new Map<string, Set<DeviceRec>>();
  private readonly flaggedDevices = new Set<DeviceRec>();
  private readonly powerTouched = new Set<DeviceRec>();
  private readonly extra = new Map<string, { readonly typicalW: number; readonly maxW: number }>();
  private readonly rackVersion = new Map<string, number>();
  private readonly extraCache = new Map<
    string,
    { devices: readonly unknown[]; sides: readonly unknown[]; version: number; extra: RackExtra }
  >();
  private repeats = false;
  private graph = new SwitchGraph();
  private targets: Partial<Record<NetworkRole, Oversubscription>> = {};
  /** Scratch for a device's port claims: the link holding each physical port whole, valid where `stamp` is. */
  private wholeBy = new Int32Array(64);
  private stamp = new Int32Array(64);
  private generation = 0;
  private readonly last: [DeviceRec | undefined, DeviceRec | undefined] = [undefined, undefined];
  /** Evaluating everything from nothing: power sums are read for every device at the end, not tracked. */
  private bulk = false;
  /** How many links name a lane at both ends. */
  private laneToLaneLinks = 0;

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
    for (const list of this.table.diagnostics.values()) for (const d of list) out.push(d);
    for (const r of this.flaggedDevices) for (const d of r.diagnostics) out.push(d);
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
      this.named,
      this.linkedByRack,
      this.extra,
      this.extraCache,
    ])
      m.clear();
    for (const s of [this.flaggedDevices, this.powerTouched]) s.clear();
    this.devs = [];
    this.table = new LinkTable(0);
    this.last[0] = this.last[1] = undefined;
    this.laneToLaneLinks = 0;
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
    // From nothing every link is new: no change to work out.
    const links = full ? undefined : changeOf(this.links, layout.links);
    if (!racks || !devices || !sides || (!full && !links)) return false;
    const dirtyIds = new Set<string>();
    const changedRacks = new Set<string>();
    // From nothing, every device is new: nothing to hear.
    const rackChanged = full ? noop : (r: RackPlacement) => changedRacks.add(r.id);
    const deviceChanged = full ? noop : (d: { readonly id: string }) => dirtyIds.add(d.id);
    const fine =
      swap(this.rackById, racks, rackChanged) &&
      swap(this.devById, devices, deviceChanged) &&
      swap(this.sideById, sides, deviceChanged);
    if (!fine && !full) return false;
    // With repeated ids the last record wins, as in a fresh evaluation; such a layout is always evaluated afresh.
    this.repeats = !fine;
    if (links) {
      const dirtyDevices = new Set<DeviceRec>();
      for (const id of dirtyIds) {
        const d = this.named.get(id);
        if (d) dirtyDevices.add(d);
      }
      for (const rack of changedRacks) for (const d of this.linkedByRack.get(rack) ?? []) dirtyDevices.add(d);
      if (!this.applyChange(links, layout.links, dirtyDevices)) return false;
    } else this.build(layout.links);
    this.racks = layout.racks;
    this.devices = layout.devices;
    this.sideItems = layout.sideItems;
    this.links = layout.links;
    for (const d of this.powerTouched) this.updateExtra(d);
    this.powerTouched.clear();
    return true;
  }

  /**
   * From nothing (after a reset), every link of the list is new, every device's links are among them and nothing
   * was worked out: each link takes the slot of its place in the list, then every link is evaluated in order, then
   * every device, then every device's optic power (straight into the power map: every device is touched).
   */
  private build(list: readonly LinkPlacement[]): void {
    const t = (this.table = new LinkTable(list.length, list));
    this.bulk = true;
    // Each link is evaluated as it is placed (one pass over the records, which at 600,000 links no longer sit in
    // the cache when a second pass comes), except a link naming a lane at both ends: its lane count reads the
    // device lists, made after this pass.
    let laneToLane: number[] | undefined;
    for (let s = 0; s < list.length; s++) {
      const l = list[s] as LinkPlacement;
      const a = this.endDevice(l.a.device, 0);
      const b = this.endDevice(l.b.device, 1);
      t.seq[s] = s + 1;
      t.a[s] = a.index;
      t.b[s] = b.index;
      if (hasLane(l.a.port) && hasLane(l.b.port)) {
        this.laneToLaneLinks++;
        (a.laneToLane ??= new Set()).add(s);
        (b.laneToLane ??= new Set()).add(s);
        (laneToLane ??= []).push(s);
      } else this.evaluateLink(s, l);
    }
    const ends = this.listLinks(list.length);
    for (const s of laneToLane ?? []) this.evaluateLink(s, list[s] as LinkPlacement);
    this.loadGraph(list.length);
    const review = devicesToReview(t, this.devs.length);
    for (const d of this.devs) this.reviewDevice(d, review[d.index] ? -1 : (ends[d.index] as number));
    this.bulk = false;
    for (const d of this.devs) this.updateExtra(d);
  }

  /** Every evaluated link's graph edge (as `addEdge` would add them one by one), into the empty graph at once. */
  private loadGraph(n: number): void {
    const t = this.table;
    let ends = 0;
    let peers = 0;
    for (let s = 0; s < n; s++) {
      const kind = EDGE_KINDS[(t.state[s] ?? NOT_EVALUATED) - 1];
      if (kind === 'peer') peers++;
      else if (kind === 'endA' || kind === 'endB') ends++;
    }
    const endAt = new Int32Array(ends);
    const endBw = new Float64Array(ends);
    const peerA = new Int32Array(peers);
    const peerB = new Int32Array(peers);
    const peerBw = new Float64Array(peers);
    const nodeOf = new Int32Array(this.devs.length).fill(-1);
    const node = (d: number, item: CatalogItem): number => {
      let i = nodeOf[d] as number;
      if (i < 0) nodeOf[d] = i = this.graph.nodeIndex(this.devAt(d).id as DeviceId, item);
      return i;
    };
    ends = peers = 0;
    for (let s = 0; s < n; s++) {
      const kind = EDGE_KINDS[(t.state[s] ?? NOT_EVALUATED) - 1];
      const aItem = t.hitA(s)?.item;
      const bItem = t.hitB(s)?.item;
      if (kind === 'none' || kind === undefined || !aItem || !bItem) continue;
      const bw = t.speedOf(s);
      if (kind === 'peer') {
        peerA[peers] = node(t.a[s] as number, aItem);
        peerB[peers] = node(t.b[s] as number, bItem);
        peerBw[peers++] = bw;
      } else {
        endAt[ends] = kind === 'endA' ? node(t.a[s] as number, aItem) : node(t.b[s] as number, bItem);
        endBw[ends++] = bw;
      }
    }
    this.graph.load(endAt, endBw, peerA, peerB, peerBw);
  }

  /**
   * Each device's links, in layout order, in one shared list (a device makes its own when an edit changes it), and
   * how many link ends each device has (`demand`, the port use of a device none of whose links names a lane).
   */
  private listLinks(n: number): Int32Array {
    const t = this.table;
    const devs = this.devs;
    const at = new Int32Array(devs.length + 1);
    const ends = new Int32Array(devs.length);
    for (let s = 0; s < n; s++) {
      const a = t.a[s] as number;
      const b = t.b[s] as number;
      at[a + 1] = (at[a + 1] as number) + 1;
      if (b !== a) at[b + 1] = (at[b + 1] as number) + 1;
      ends[a] = (ends[a] as number) + 1;
      ends[b] = (ends[b] as number) + 1;
    }
    for (let i = 0; i < devs.length; i++) at[i + 1] = (at[i + 1] as number) + (at[i] as number);
    const list = new Int32Array(at[devs.length] as number);
    for (let i = 0; i < devs.length; i++)
      (devs[i] as DeviceRec).share(list, at[i] as number, at[i + 1] as number);
    for (let s = 0; s < n; s++) {
      const a = t.a[s] as number;
      const b = t.b[s] as number;
      list[at[a] as number] = s;
      at[a] = (at[a] as number) + 1;
      if (b !== a) {
        list[at[b] as number] = s;
        at[b] = (at[b] as number) + 1;
      }
    }
    return ends;
  }

  /** Follows a change of the links and of the devices listed dirty; false when it cannot (start again). */
  private applyChange(
    links: Change<LinkPlacement>,
    list: readonly LinkPlacement[],
    dirtyDevices: ReadonlySet<DeviceRec>,
  ): boolean {
    const removed = this.unplaceLinks(links.removed);
    const added = removed && this.placeLinks(links, list);
    if (!removed || !added) return false;
    const t = this.table;
    const dirty = new Set<number>(removed);
    for (const l of added) dirty.add(l);
    for (const d of dirtyDevices) {
      d.item = undefined;
      d.site = undefined;
      this.graph.touch(d.id as DeviceId);
      for (const l of d.links) dirty.add(l);
    }
    // A lane-to-lane link's speed depends on the other links naming lanes of its ports.
    if (this.laneToLaneLinks > 0)
      for (const l of [...dirty]) {
        const rec = t.rec(l);
        if (!rec) continue;
        if (hasLane(rec.a.port)) for (const o of this.devAt(t.a[l]).laneToLane ?? []) dirty.add(o);
        if (hasLane(rec.b.port)) for (const o of this.devAt(t.b[l]).laneToLane ?? []) dirty.add(o);
      }
    const touched = new Set<DeviceRec>(dirtyDevices);
    for (const l of dirty) {
      touched.add(this.devAt(t.a[l]));
      touched.add(this.devAt(t.b[l]));
      this.relinkLink(l);
    }
    for (const l of removed) t.release(l);
    for (const d of touched) this.reviewDevice(d);
    for (const d of dirtyDevices) this.powerTouched.add(d);
    return true;
  }

  private devAt(i: number | undefined): DeviceRec {
    return this.devs[i ?? 0] as DeviceRec;
  }

  /** The slot of a listed link (found among its first device's links). */
  private slotOf(l: LinkPlacement): number | undefined {
    const t = this.table;
    for (const s of this.named.get(l.a.device)?.links ?? []) if (t.rec(s) === l) return s;
    return undefined;
  }

  /**
   * Takes removed links out of their devices' lists; returns their slots (still holding their evaluation), or
   * undefined when one is not listed (start again).
   */
  private unplaceLinks(removed: readonly LinkPlacement[]): number[] | undefined {
    const t = this.table;
    const out: number[] = [];
    for (const l of removed) {
      const s = this.slotOf(l);
      if (s === undefined) return undefined;
      t.setRec(s, undefined);
      if (hasLane(l.a.port) && hasLane(l.b.port)) this.laneToLaneLinks--;
      const a = this.devAt(t.a[s]);
      const b = this.devAt(t.b[s]);
      this.unlist(a, s);
      if (b !== a) this.unlist(b, s);
      out.push(s);
    }
    return out;
  }

  private unlist(d: DeviceRec, s: number): void {
    const i = d.links.indexOf(s);
    if (i >= 0) d.links.splice(i, 1);
    if (d.laneToLane?.delete(s) && d.laneToLane.size === 0) d.laneToLane = undefined;
  }

  /** Slots, positions and per-device lists for added links; undefined when positions run out (start again). */
  private placeLinks(links: Change<LinkPlacement>, list: readonly LinkPlacement[]): number[] | undefined {
    const t = this.table;
    const n = links.added.length;
    const out: number[] = [];
    if (n === 0) return out;
    const prev = list[links.start - 1];
    const following = list[links.start + n];
    const prevSlot = prev ? this.slotOf(prev) : undefined;
    const nextSlot = following ? this.slotOf(following) : undefined;
    const before = prevSlot === undefined ? undefined : t.seq[prevSlot];
    const next = nextSlot === undefined ? undefined : t.seq[nextSlot];
    const lo = before ?? (next === undefined ? 0 : next - n - 1);
    const hi = next ?? lo + n + 1;
    const step = (hi - lo) / (n + 1);
    if (!(step > 1e-6)) return undefined;
    for (let i = 0; i < n; i++) {
      const l = links.added[i] as LinkPlacement;
      const a = this.endDevice(l.a.device, 0);
      const b = this.endDevice(l.b.device, 1);
      const s = this.table.add(l, lo + step * (i + 1), a.index, b.index);
      out.push(s);
      const both = hasLane(l.a.port) && hasLane(l.b.port);
      if (both) this.laneToLaneLinks++;
      insertInOrder(a.links, s, this.table.seq);
      if (both) (a.laneToLane ??= new Set()).add(s);
      if (b !== a) {
        insertInOrder(b.links, s, this.table.seq);
        if (both) (b.laneToLane ??= new Set()).add(s);
      }
    }
    return out;
  }

  /**
   * The device at one end (0: a, 1: b) of a link being placed. Links come in runs from one device (a server's 8
   * links, a leaf's uplinks): the last look-up for that end often answers.
   */
  private endDevice(id: string, end: 0 | 1): DeviceRec {
    const last = this.last[end];
    if (last && last.id === id) return last;
    const d = this.device(id);
    this.last[end] = d;
    return d;
  }

  private device(id: string): DeviceRec {
    let d = this.named.get(id);
    if (!d) {
      d = new DeviceRec(id, this.devs.length);
      this.named.set(id, d);
      this.devs.push(d);
    }
    return d;
  }

  /** Evaluates a link again (or retracts it, when it is gone), updating the sums. */
  private relinkLink(l: number): void {
    const t = this.table;
    const oldState = t.state[l] ?? NOT_EVALUATED;
    const had = oldState !== NOT_EVALUATED;
    const oldKind = oldState - 1;
    const oldBw = had && oldKind > 0 ? t.speedOf(l) : 0;
    const oldA = t.hitA(l)?.item ?? null;
    const oldB = t.hitB(l)?.item ?? null;
    if (had) this.retractLink(l);
    const rec = t.rec(l);
    if (rec) this.evaluateLink(l, rec);
    else t.state[l] = NOT_EVALUATED;
    const kind = (t.state[l] ?? NOT_EVALUATED) - 1;
    const bw = rec && kind > 0 ? t.speedOf(l) : 0;
    const aItem = t.hitA(l)?.item ?? null;
    const bItem = t.hitB(l)?.item ?? null;
    if (had && rec && oldKind === kind && oldBw === bw && oldA === aItem && oldB === bItem) return;
    if (had) this.addEdge(l, oldKind, oldBw, oldA, oldB, -1);
    if (rec) this.addEdge(l, kind, bw, aItem, bItem, 1);
  }

  private addEdge(
    l: number,
    kind: number,
    bw: number,
    aItem: CatalogItem | null,
    bItem: CatalogItem | null,
    sign: 1 | -1,
  ): void {
    if (kind === 0 || !aItem || !bItem) return;
    const a = this.devAt(this.table.a[l]).id as DeviceId;
    const b = this.devAt(this.table.b[l]).id as DeviceId;
    const k = EDGE_KINDS[kind];
    if (k === 'peer') this.graph.addPeer(a, aItem, b, bItem, bw, sign);
    else if (k === 'endA') this.graph.addEnd(a, aItem, bw, sign);
    else this.graph.addEnd(b, bItem, bw, sign);
  }

  private retractLink(l: number): void {
    const t = this.table;
    t.diagnostics.delete(l);
    const row = t.row(l);
    if (row) {
      this.addPower(this.devAt(t.a[l]), row, -1);
      this.addPower(this.devAt(t.b[l]), row, -1);
    }
    const shares = t.shares.get(l);
    if (shares) {
      for (const [device, r] of shares) this.addPower(this.device(device), r, -1);
      t.shares.delete(l);
    }
    t.resolved.delete(l);
    t.lanes.delete(l);
  }

  private itemAt(d: DeviceRec): CatalogItem | null {
    let item = d.item;
    if (item === undefined) {
      const rec = this.sideById.get(d.id) ?? this.devById.get(d.id);
      item = (rec && (this.ctx as Context).catalog.items.get(rec.sku)) ?? null;
      d.item = item;
      d.ports = item ? this.table.portsOf(item) : undefined;
    }
    return item;
  }

  private siteAt(d: DeviceRec): DeviceSite | null {
    let s = d.site;
    if (s === undefined) {
      const side = this.sideById.get(d.id);
      const rec = side ? { sku: side.sku, rack: side.rack, u: 0 } : this.devById.get(d.id);
      s = deviceSite(rec, rec ? this.rackById.get(rec.rack) : undefined, (this.ctx as Context).catalog);
      d.site = s;
    }
    return s;
  }

  private evaluateLink(l: number, link: LinkPlacement): void {
    const t = this.table;
    const da = this.devAt(t.a[l]);
    const db = this.devAt(t.b[l]);
    const aItem = this.itemAt(da);
    const bItem = this.itemAt(db);
    const pa = aItem && da.ports ? t.portId(aItem, da.ports, link.a.port) : 0;
    const pb = bItem && db.ports ? t.portId(bItem, db.ports, link.b.port) : 0;
    const aHit = t.port(pa);
    const bHit = t.port(pb);
    let out: Diagnostic[] | undefined;
    if (!aHit) linkEnd(link, link.a, aItem ?? undefined, (out ??= []));
    if (!bHit) linkEnd(link, link.b, bItem ?? undefined, (out ??= []));
    if (aItem && aHit && bItem && bHit && !linkPairFine(link, aItem, aHit, bItem, bHit))
      linkPairProblems(
        link,
        { item: aItem, port: link.a.port, hit: aHit },
        { item: bItem, port: link.b.port, hit: bHit },
        (out ??= []),
      );
    t.state[l] = 1;
    t.portA[l] = pa;
    t.portB[l] = pb;
    t.rowOf[l] = 0;
    const aSite = aHit ? this.siteAt(da) : null;
    const bSite = bHit ? this.siteAt(db) : null;
    if (aSite && bSite && aHit && bHit && aHit.lane === undefined && bHit.lane === undefined)
      out = this.plainLink(l, link, da, aSite, aHit, db, bSite, bHit, out);
    else out = this.generalLink(l, link, da, db, out);
    if (out && out.length > 0) t.diagnostics.set(l, out);
  }

  /** Two whole ports of devices in racks: no lanes, so nothing made for it. */
  private plainLink(
    l: number,
    link: LinkPlacement,
    da: DeviceRec,
    aSite: DeviceSite,
    aHit: ResolvedPort,
    db: DeviceRec,
    bSite: DeviceSite,
    bHit: ResolvedPort,
    out: Diagnostic[] | undefined,
  ): Diagnostic[] | undefined {
    const ctx = this.ctx as Context;
    const t = this.table;
    const speed = Math.min(aHit.group.speedGbps, bHit.group.speedGbps);
    const routeMm = cableRouteMm(aSite.site, bSite.site, ctx.floor, DEFAULT_GEOMETRY);
    const ff: FormFactor =
      aHit.group.formFactor === 'RJ45' || bHit.group.formFactor === 'RJ45' ? 'RJ45' : aHit.group.formFactor;
    const pick = plainChoice(ff, speed, Math.max(0, routeMm));
    if (pick) {
      const choice = pick.choice;
      t.rowOf[l] = pick.rowId;
      this.addPower(da, choice.farRow, 1);
      this.addPower(db, choice.farRow, 1);
      if (!choice.withinReach)
        beyondReach(
          {
            link: link.id,
            lengthM: choice.lengthM,
            routeMm,
            row: choice.row,
            forced: null,
            speedGbps: choice.physSpeed,
          },
          (out ??= []),
        );
    }
    this.setEdge(l, aSite.item, aHit, bSite.item, bHit);
    return out;
  }

  /** Lanes, or an end that cannot be cabled: resolved as `resolveLink` does for the whole layout. */
  private generalLink(
    l: number,
    link: LinkPlacement,
    da: DeviceRec,
    db: DeviceRec,
    out: Diagnostic[] | undefined,
  ): Diagnostic[] | undefined {
    const ctx = this.ctx as Context;
    const t = this.table;
    const aSite = this.siteAt(da);
    const bSite = this.siteAt(db);
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
    if (resolution.lanesA !== 1 || resolution.lanesB !== 1)
      t.lanes.set(l, [resolution.lanesA, resolution.lanesB]);
    const r = resolution.resolved;
    if (!r) return out;
    t.resolved.set(l, r);
    if (!r.laneEnd) {
      const shares: [DeviceId, MediumSpec][] = [];
      cableAssembly([r], shares, () => (out ??= []));
      for (const [device, row] of shares) this.addPower(this.device(device), row, 1);
      if (shares.length > 0) t.shares.set(l, shares);
    }
    this.setEdge(l, r.aSite.item, r.aPort, r.bSite.item, r.bPort);
    return out;
  }

  /** Records how the link enters the switch graph (its speed and items are read from the table). */
  private setEdge(
    l: number,
    aItem: CatalogItem,
    aPort: ResolvedPort,
    bItem: CatalogItem,
    bPort: ResolvedPort,
  ): void {
    this.table.state[l] = 1 + EDGE_KINDS.indexOf(edgeKind(aItem, aPort.group, bItem, bPort.group));
  }

  private readonly lanesOf = (ref: PortRef, physical: string): number => {
    const refs: PortRef[] = [];
    for (const l of this.named.get(ref.device)?.links ?? []) {
      const rec = this.table.rec(l);
      if (rec) refs.push(rec.a, rec.b);
    }
    return lanesNamed(refs, ref.device, physical);
  };

  private readonly label = (device: DeviceId): string =>
    deviceText(device, this.devById.get(device), (this.ctx as Context).catalog);

  /** Re-evaluates a device's own checks, and keeps the rack → linked devices index. */
  private reviewDevice(d: DeviceRec, demand = -1): void {
    if (d.rack !== undefined) this.linkedByRack.get(d.rack)?.delete(d);
    const rec = this.sideById.get(d.id) ?? this.devById.get(d.id);
    if (rec && d.linkCount > 0) {
      d.rack = rec.rack;
      let set = this.linkedByRack.get(rec.rack);
      if (!set) this.linkedByRack.set(rec.rack, (set = new Set()));
      set.add(d);
    } else d.rack = undefined;
    if (d.linkCount === 0) {
      d.site = undefined;
      d.item = undefined;
    }
    if (d.evaluated) {
      this.flaggedDevices.delete(d);
      for (const [device, row] of d.shares) this.addPower(this.device(device), row, -1);
      d.evaluated = false;
      d.shares = NO_POWER;
    }
    if (d.linkCount === 0) return;
    if (demand >= 0) this.evaluatePlainDevice(d, demand);
    else this.evaluateDevice(d);
  }

  /**
   * `evaluateDevice` for a device none of whose links names a lane, takes the general path or shares a port with
   * another (`devicesToReview`): its port use is its `demand` link ends, and it has no optics of its own.
   */
  private evaluatePlainDevice(d: DeviceRec, demand: number): void {
    const rec = this.devById.get(d.id);
    const item = rec ? (this.ctx as Context).catalog.items.get(rec.sku) : undefined;
    d.evaluated = true;
    d.shares = NO_POWER;
    d.diagnostics = NO_DIAGNOSTICS;
    if (item?.kind !== 'switch') return;
    const out: Diagnostic[] = [];
    switchOverPorts(d.id as DeviceId, rec, item, demand, this.label, out);
    if (out.length === 0) return;
    d.diagnostics = out;
    this.flaggedDevices.add(d);
  }

  private evaluateDevice(d: DeviceRec): void {
    const ctx = this.ctx as Context;
    const out: Diagnostic[] = [];
    const gen = ++this.generation;
    let laneUsers: Map<number, Map<number, string>> | undefined;
    let demand = 0;
    let lanes: Map<string, ResolvedLink[]> | undefined;
    const t = this.table;
    const claim = (l: number, link: LinkPlacement, end: PortRef, hit: ResolvedPort): void => {
      const p = hit.slot;
      if (p >= this.stamp.length) this.growScratch(p + 1);
      const whole = this.stamp[p] === gen ? this.wholeBy[p] : undefined;
      const users = laneUsers?.get(p);
      const first =
        whole !== undefined
          ? t.rec(whole)?.id
          : hit.lane === undefined
            ? users?.values().next().value
            : users?.get(hit.lane);
      if (first !== undefined) out.push(portReused(link, end, first));
      else if (hit.lane === undefined) {
        this.stamp[p] = gen;
        this.wholeBy[p] = l;
      } else {
        laneUsers ??= new Map();
        let m = laneUsers.get(p);
        if (!m) laneUsers.set(p, (m = new Map()));
        m.set(hit.lane, link.id);
      }
    };
    for (const l of d.links) {
      const link = t.rec(l);
      if (!link || t.state[l] === NOT_EVALUATED) continue;
      const counts = t.lanes.get(l);
      if (t.a[l] === d.index) {
        demand += 1 / (counts ? counts[0] : 1);
        const hit = t.hitA(l);
        if (hit) claim(l, link, link.a, hit);
      }
      if (t.b[l] === d.index) {
        demand += 1 / (counts ? counts[1] : 1);
        const hit = t.hitB(l);
        if (hit) claim(l, link, link.b, hit);
      }
      const r = t.resolved.get(l);
      const laneRef = r?.laneEnd === 'a' ? r.a : r?.laneEnd === 'b' ? r.b : undefined;
      if (r && laneRef?.device === d.id) {
        lanes ??= new Map();
        const key = physicalPort(laneRef.port);
        const members = lanes.get(key);
        if (members) members.push(r);
        else lanes.set(key, [r]);
      }
    }
    const rec = this.devById.get(d.id);
    const item = rec ? ctx.catalog.items.get(rec.sku) : undefined;
    switchOverPorts(d.id as DeviceId, rec, item, demand, this.label, out);
    const shares: [DeviceId, MediumSpec][] = [];
    for (const members of lanes?.values() ?? []) cableAssembly(members, shares, () => out);
    for (const [device, row] of shares) this.addPower(this.device(device), row, 1);
    d.evaluated = true;
    d.shares = shares.length > 0 ? shares : NO_POWER;
    d.diagnostics = out.length > 0 ? out : NO_DIAGNOSTICS;
    if (out.length > 0) this.flaggedDevices.add(d);
  }

  private growScratch(size: number): void {
    const n = Math.max(size, this.stamp.length * 2);
    const stamp = new Int32Array(n);
    stamp.set(this.stamp);
    this.stamp = stamp;
    const whole = new Int32Array(n);
    whole.set(this.wholeBy);
    this.wholeBy = whole;
  }

  private addPower(d: DeviceRec, row: MediumSpec, sign: 1 | -1): void {
    if (row.endTypicalW === 0 && row.endMaxW === 0) return;
    const n = d.shareCount + sign;
    d.shareCount = n;
    d.typicalW = n === 0 ? 0 : d.typicalW + sign * row.endTypicalW;
    d.maxW = n === 0 ? 0 : d.maxW + sign * row.endMaxW;
    if (!this.bulk) this.powerTouched.add(d);
  }

  private updateExtra(d: DeviceRec): void {
    const side = this.sideById.get(d.id);
    const rec = side ?? this.devById.get(d.id);
    const item = rec ? (this.ctx as Context).catalog.items.get(rec.sku) : undefined;
    const includes = item && 'power' in item && item.power.includesOptics === true;
    const before = this.extra.get(d.id);
    const next =
      d.shareCount !== 0 && !includes ? { typicalW: round2(d.typicalW), maxW: round2(d.maxW) } : undefined;
    if (before?.typicalW === next?.typicalW && before?.maxW === next?.maxW) return;
    if (next) this.extra.set(d.id, next);
    else this.extra.delete(d.id);
    if (rec) this.rackVersion.set(rec.rack, (this.rackVersion.get(rec.rack) ?? 0) + 1);
  }
}

const noop = (): void => undefined;

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const round2 = (x: number): number => Math.round(x * 100) / 100;
