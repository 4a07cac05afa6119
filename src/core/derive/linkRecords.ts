/**
 * The mutable records the link state (`linkState.ts`) keeps per link and per device named by a link, and the cable
 * choice they share. One record per link, made once and evaluated again in place: no per-link maps, no object
 * spread, no record made per port end.
 */
import type { CatalogItem, FormFactor } from '../model/catalog';
import { portsOf } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type { LinkPlacement } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { DEFAULT_GEOMETRY, soldLengthIndex, soldLengthM } from '../plan/cableLength';
import type { MediumSpec } from '../plan/cableMedia';
import { MEDIA } from '../plan/cableMedia';
import type { DeviceSite, ResolvedLink } from '../plan/cableResolve';
import type { AssemblyChoice } from '../plan/cabling';
import { assemblyPower, chooseAssembly, chooseMedium, mediaLookup } from '../plan/cabling';
import type { EdgeKind } from '../plan/cablingChecks';
import { beyondReach } from '../plan/cablingChecks';
import type { ResolvedPort } from '../plan/portNames';
import { resolvePortOnce } from '../plan/portNames';

export type PowerShare = readonly (readonly [DeviceId, MediumSpec])[];
export const NO_POWER: PowerShare = [];
export const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/** A device named by a link (kept while the state lives, even when the device is gone). */
export class DeviceRec {
  /** Its own list of link slots, once it has one (see `links`). */
  private own: number[] | undefined = [];
  /** After a build from nothing: its links are `shared[from..to)`, a list all devices share. */
  private shared: Int32Array | undefined = undefined;
  private from = 0;
  private to = 0;
  /** Catalog item (null: unknown device or SKU), undefined until worked out again. */
  item: CatalogItem | null | undefined = undefined;
  /** Port numbers of its item by name (the table's `portsOf`), set with `item`. */
  ports: Map<string, number> | undefined = undefined;
  site: DeviceSite | null | undefined = undefined;
  /** Rack while it has links (to find the links a rack edit moves). */
  rack: string | undefined = undefined;
  /** Its own evaluation: ports used twice, too many links for a switch, the reach of breakout cables. */
  evaluated = false;
  diagnostics: readonly Diagnostic[] = NO_DIAGNOSTICS;
  shares: PowerShare = NO_POWER;
  /** Optic power summed: typical W, max W, and how many shares make it up. */
  typicalW = 0;
  maxW = 0;
  shareCount = 0;
  /** Slots of its links naming a lane at both ends (rare: their lane count depends on the other links). */
  laneToLane: Set<number> | undefined = undefined;

  constructor(
    readonly id: string,
    /** Its place in the link state's device list. */
    readonly index: number,
  ) {}

  /** Slots of its links, in layout order (its own list, made from the shared one on first use). */
  get links(): number[] {
    let own = this.own;
    if (!own) {
      own = [];
      for (let i = this.from; i < this.to; i++) own.push((this.shared as Int32Array)[i] as number);
      this.own = own;
      this.shared = undefined;
    }
    return own;
  }

  get linkCount(): number {
    return this.own ? this.own.length : this.to - this.from;
  }

  /** Its links are `list[from..to)` (a build from nothing lists every device's links in one array). */
  share(list: Int32Array, from: number, to: number): void {
    this.own = undefined;
    this.shared = list;
    this.from = from;
    this.to = to;
  }
}

/** How a link enters the switch graph (`EdgeKind`), as a number. */
export const EDGE_KINDS: readonly EdgeKind[] = ['none', 'peer', 'endA', 'endB'];

/** What a link's slot holds: not evaluated, or evaluated with this graph edge (`EDGE_KINDS` index + 1). */
export const NOT_EVALUATED = 0;

/**
 * Every listed link by slot, one column per fact, and maps for what few links have (diagnostics, the general path's
 * resolved link, lanes and optics). Numbers sit in typed arrays (zeroed memory, the cheapest to make); references are
 * numbers too, into small lists (the ports named, the media rows), since a plain array of 50,000 references costs
 * more to make and to collect than all the typed columns together. The records themselves are read from the layout's
 * list the table was built from, with the slots changed since then kept aside. A removed link's slot is reused. A
 * record listed twice is two links, as two cables would be.
 */
export class LinkTable {
  /** Slots handed out so far (free ones included). */
  size = 0;
  private readonly free: number[] = [];
  /** The layout's list the table was built from (never written): the record of each slot below its length. */
  private readonly base: readonly LinkPlacement[];
  /** Records of the slots below `base.length` changed since (undefined: removed). */
  private readonly changed = new Map<number, LinkPlacement | undefined>();
  /** Records of the slots from `base.length` on. */
  private readonly beyond: (LinkPlacement | undefined)[] = [];
  /** Position in layout order (new links get positions between their neighbours'). */
  seq: Float64Array;
  /** Device index of each end. */
  a: Int32Array;
  b: Int32Array;
  /** `NOT_EVALUATED`, or 1 + the `EDGE_KINDS` index of its graph edge. */
  state: Uint8Array;
  /**
   * The port each end names, when its device's item has it (the edge's items are theirs): 0 for none, else its
   * number in `ports` (`portId`).
   */
  portA: Int32Array;
  portB: Int32Array;
  /** Optics of a plain link's cable, one at each end: 0 for none (or not a plain link), else `rowId` of its row. */
  rowOf: Int32Array;
  /** The ports named so far, by number (0 holds nothing). */
  private readonly ports: (ResolvedPort | null)[] = [null];
  /** Port numbers per item and port name (0: the item has no such port). */
  private readonly portIds = new Map<CatalogItem, Map<string, number>>();
  /** The resolved link of the general path, kept for its speed and to gather a broken-out port's lanes. */
  readonly resolved = new Map<number, ResolvedLink>();
  /** Lanes of its port each end of a general-path link counts as (a lane of a b-lane port is 1/b); else 1 and 1. */
  readonly lanes = new Map<number, readonly [number, number]>();
  /** Optics of a general-path link's own cable (a breakout lane's are counted by the device whose port breaks out). */
  readonly shares = new Map<number, PowerShare>();
  /** Links with diagnostics. */
  readonly diagnostics = new Map<number, readonly Diagnostic[]>();

  /**
   * Room for `capacity` links; `records` (the layout's list, when building from nothing) hold the first slots, in
   * order, their columns for the caller to fill.
   */
  constructor(capacity: number, records: readonly LinkPlacement[] = []) {
    const n = Math.max(16, capacity, records.length);
    this.base = records;
    this.size = records.length;
    this.seq = new Float64Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.portA = new Int32Array(n);
    this.portB = new Int32Array(n);
    this.rowOf = new Int32Array(n);
  }

  /** The link in slot `s` (undefined: a free slot, or a link removed). */
  rec(s: number): LinkPlacement | undefined {
    if (s >= this.base.length) return this.beyond[s - this.base.length];
    return this.changed.size > 0 && this.changed.has(s) ? this.changed.get(s) : this.base[s];
  }

  /** Sets or clears the link of slot `s`. */
  setRec(s: number, rec: LinkPlacement | undefined): void {
    const k = s - this.base.length;
    if (k < 0) this.changed.set(s, rec);
    else if (k < this.beyond.length) this.beyond[k] = rec;
    else this.beyond.push(rec);
  }

  /** A slot for a new link, its evaluation blank. */
  add(rec: LinkPlacement, seq: number, a: number, b: number): number {
    const s = this.free.pop() ?? this.size++;
    if (s >= this.seq.length) this.grow(2 * this.seq.length);
    this.setRec(s, rec);
    this.seq[s] = seq;
    this.a[s] = a;
    this.b[s] = b;
    this.state[s] = NOT_EVALUATED;
    return s;
  }

  /** Gives a removed link's slot back (once its evaluation has been retracted). */
  release(s: number): void {
    this.setRec(s, undefined);
    this.portA[s] = 0;
    this.portB[s] = 0;
    this.rowOf[s] = 0;
    this.free.push(s);
  }

  private grow(n: number): void {
    this.seq = grown(this.seq, new Float64Array(n));
    this.a = grown(this.a, new Int32Array(n));
    this.b = grown(this.b, new Int32Array(n));
    this.state = grown(this.state, new Uint8Array(n));
    this.portA = grown(this.portA, new Int32Array(n));
    this.portB = grown(this.portB, new Int32Array(n));
    this.rowOf = grown(this.rowOf, new Int32Array(n));
  }

  /** The port numbers of an item, by port name (shared by every device of the item). */
  portsOf(item: CatalogItem): Map<string, number> {
    let ids = this.portIds.get(item);
    if (!ids) this.portIds.set(item, (ids = new Map()));
    return ids;
  }

  /** The number of port `name` of an item whose port numbers are `ids` (`portsOf`): 0 when it has no such port. */
  portId(item: CatalogItem, ids: Map<string, number>, name: string): number {
    let id = ids.get(name);
    if (id === undefined) {
      const hit = resolvePortOnce(item, name);
      id = hit ? this.ports.push(hit) - 1 : 0;
      ids.set(name, id);
    }
    return id;
  }

  /** The port numbered `id` (null for 0). */
  port(id: number | undefined): ResolvedPort | null {
    return this.ports[id ?? 0] ?? null;
  }

  hitA(s: number): ResolvedPort | null {
    return this.ports[this.portA[s] ?? 0] ?? null;
  }

  hitB(s: number): ResolvedPort | null {
    return this.ports[this.portB[s] ?? 0] ?? null;
  }

  /** The optics row of a plain link's cable (null: none). */
  row(s: number): MediumSpec | null {
    return mediumRow(this.rowOf[s] ?? 0);
  }

  /** Gb/s of an evaluated link's graph edge: the slower whole port, or the general path's link speed. */
  speedOf(s: number): number {
    const r = this.resolved.size > 0 ? this.resolved.get(s) : undefined;
    if (r) return r.speedGbps;
    return Math.min(this.hitA(s)?.group.speedGbps ?? 0, this.hitB(s)?.group.speedGbps ?? 0);
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Media rows by number, for the table's `rowOf` column (0 holds nothing); the media are a fixed list. */
const rows: (MediumSpec | null)[] = [null];
const rowIds = new Map<MediumSpec, number>();

/** The number of a media row (from 1). */
export function rowId(row: MediumSpec): number {
  let id = rowIds.get(row);
  if (id === undefined) rowIds.set(row, (id = rows.push(row) - 1));
  return id;
}

export const mediumRow = (id: number): MediumSpec | null => rows[id] ?? null;

/**
 * After evaluating every link of a table from nothing: which devices (by index, 1) need their own evaluation in
 * full, because one of their links names a lane or took the general path, or two name the same port; every other
 * device's port use is simply its number of link ends, and nothing of it is reported but too many ends.
 */
export function devicesToReview(t: LinkTable, devices: number): Uint8Array {
  const review = new Uint8Array(devices);
  for (const map of [t.resolved, t.lanes])
    for (const s of map.keys()) {
      review[t.a[s] as number] = 1;
      review[t.b[s] as number] = 1;
    }
  // Each device's ports, numbered from its base among all the ports claimed.
  const base = new Int32Array(devices).fill(-1);
  let taken = new Uint8Array(4 * t.size + 64);
  let next = 0;
  const claim = (d: number, id: number): void => {
    const hit = t.port(id);
    if (!hit) return;
    if (hit.lane !== undefined) {
      review[d] = 1;
      return;
    }
    let at = base[d] as number;
    if (at < 0) {
      base[d] = at = next;
      next += portCount(hit.item);
      if (next > taken.length) {
        const more = new Uint8Array(2 * next);
        more.set(taken);
        taken = more;
      }
    }
    const k = at + hit.slot;
    if (taken[k]) review[d] = 1;
    else taken[k] = 1;
  };
  for (let s = 0; s < t.size; s++) {
    claim(t.a[s] as number, t.portA[s] as number);
    claim(t.b[s] as number, t.portB[s] as number);
  }
  return review;
}

const portCounts = new WeakMap<CatalogItem, number>();
function portCount(item: CatalogItem): number {
  let n = portCounts.get(item);
  if (n === undefined) {
    n = 0;
    for (const g of portsOf(item)) n += g.count;
    portCounts.set(item, n);
  }
  return n;
}

/** Puts link slot `s` into a device's list in layout order (new links usually go last). */
export function insertInOrder(list: number[], s: number, seq: Float64Array): void {
  const at = seq[s] ?? 0;
  let i = list.length;
  while (i > 0 && (seq[list[i - 1] ?? 0] ?? 0) > at) i--;
  if (i === list.length) list.push(s);
  else list.splice(i, 0, s);
}

export const mediaAt = mediaLookup(MEDIA);

/** A plain link's cable: the medium chosen, and the number of its far ends' optics row (`rowId`). */
export interface PlainPick {
  readonly choice: AssemblyChoice;
  readonly rowId: number;
}

/**
 * The medium of a plain link's cable, shared by every link of the same form factor, speed and sold length: by form
 * factor and speed, then by the sold length's place in `DEFAULT_GEOMETRY.soldLengthsM` (beyond the longest, by
 * length).
 */
const plainChoices = new Map<FormFactor, Map<number, PlainPicks>>();
interface PlainPicks {
  readonly byIndex: (PlainPick | null | undefined)[];
  readonly beyond: Map<number, PlainPick | null>;
}

/** The picks of the last form factor and speed asked for: a pod's links are mostly of one or two kinds. */
let lastPicks: { ff: FormFactor; speedGbps: number; picks: PlainPicks } | undefined;

function picksFor(ff: FormFactor, speedGbps: number): PlainPicks {
  if (lastPicks && lastPicks.ff === ff && lastPicks.speedGbps === speedGbps) return lastPicks.picks;
  let bySpeed = plainChoices.get(ff);
  if (!bySpeed) plainChoices.set(ff, (bySpeed = new Map()));
  let picks = bySpeed.get(speedGbps);
  if (!picks) bySpeed.set(speedGbps, (picks = { byIndex: [], beyond: new Map() }));
  lastPicks = { ff, speedGbps, picks };
  return picks;
}

export function plainChoice(ff: FormFactor, speedGbps: number, routeMm: number): PlainPick | null {
  const picks = picksFor(ff, speedGbps);
  const sold = DEFAULT_GEOMETRY.soldLengthsM;
  const i = soldLengthIndex(routeMm, sold);
  let pick = i >= 0 ? picks.byIndex[i] : picks.beyond.get(soldLengthM(routeMm, sold));
  if (pick === undefined) {
    const lengthM = soldLengthM(routeMm, sold);
    const choice = chooseMedium(ff, speedGbps, speedGbps, lengthM, mediaAt);
    pick = choice ? { choice, rowId: rowId(choice.farRow) } : null;
    if (i >= 0) {
      while (picks.byIndex.length < i) picks.byIndex.push(undefined);
      picks.byIndex[i] = pick;
    } else picks.beyond.set(lengthM, pick);
  }
  return pick;
}

/** One cable assembly (a link, or the lanes of a broken-out port in layout order): its optics and its reach. */
export function cableAssembly(
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
