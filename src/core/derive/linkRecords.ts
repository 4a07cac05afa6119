/**
 * The mutable records the link state (`linkState.ts`) keeps per link and per device named by a link, and the cable
 * choice they share. One record per link, made once and evaluated again in place: no per-link maps, no object
 * spread, no record made per port end.
 */
import type { CatalogItem, FormFactor } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type { LinkPlacement } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { DEFAULT_GEOMETRY } from '../plan/cableLength';
import type { MediumSpec } from '../plan/cableMedia';
import { MEDIA } from '../plan/cableMedia';
import type { DeviceSite, ResolvedLink } from '../plan/cableResolve';
import type { AssemblyChoice } from '../plan/cabling';
import { assemblyPower, chooseAssembly, chooseMedium, mediaLookup } from '../plan/cabling';
import type { EdgeKind } from '../plan/cablingChecks';
import { beyondReach } from '../plan/cablingChecks';
import type { ResolvedPort } from '../plan/portNames';

export type PowerShare = readonly (readonly [DeviceId, MediumSpec])[];
export const NO_POWER: PowerShare = [];
export const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/** A device named by a link (kept while the state lives, even when the device is gone). */
export class DeviceRec {
  /** Slots of its links, in layout order. */
  readonly links: number[] = [];
  /** Catalog item (null: unknown device or SKU), undefined until worked out again. */
  item: CatalogItem | null | undefined = undefined;
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
}

/** How a link enters the switch graph (`EdgeKind`), as a number. */
export const EDGE_KINDS: readonly EdgeKind[] = ['none', 'peer', 'endA', 'endB'];

/** What a link's slot holds: not evaluated, or evaluated with this graph edge (`EDGE_KINDS` index + 1). */
export const NOT_EVALUATED = 0;

/**
 * Every listed link by slot, one column per fact, and maps for what few links have (diagnostics, the general path's
 * resolved link, lanes and optics). Numbers sit in typed arrays (zeroed memory, the cheapest to make); references in
 * plain arrays filled up front (no holes). A removed link's slot is reused. A record listed twice is two links, as
 * two cables would be.
 */
export class LinkTable {
  /** Slots handed out so far (free ones included). */
  size = 0;
  private readonly free: number[] = [];
  readonly rec: (LinkPlacement | undefined)[];
  /** Position in layout order (new links get positions between their neighbours'). */
  seq: Float64Array;
  /** Device index of each end. */
  a: Int32Array;
  b: Int32Array;
  /** `NOT_EVALUATED`, or 1 + the `EDGE_KINDS` index of its graph edge. */
  state: Uint8Array;
  /** The port each end names, when its device's item has it (the edge's items are theirs). */
  readonly hitA: (ResolvedPort | null)[];
  readonly hitB: (ResolvedPort | null)[];
  /** Optics of a plain link's cable, one at each end (null: none, or not a plain link). */
  readonly row: (MediumSpec | null)[];
  /** The resolved link of the general path, kept for its speed and to gather a broken-out port's lanes. */
  readonly resolved = new Map<number, ResolvedLink>();
  /** Lanes of its port each end of a general-path link counts as (a lane of a b-lane port is 1/b); else 1 and 1. */
  readonly lanes = new Map<number, readonly [number, number]>();
  /** Optics of a general-path link's own cable (a breakout lane's are counted by the device whose port breaks out). */
  readonly shares = new Map<number, PowerShare>();
  /** Links with diagnostics. */
  readonly diagnostics = new Map<number, readonly Diagnostic[]>();

  /** Room for `capacity` links; `records` (the layout's list, when building from nothing) fills the first slots. */
  constructor(capacity: number, records?: readonly LinkPlacement[]) {
    const n = Math.max(16, capacity);
    this.rec = records ? records.slice() : [];
    this.seq = new Float64Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.hitA = new Array<ResolvedPort | null>(capacity).fill(null);
    this.hitB = new Array<ResolvedPort | null>(capacity).fill(null);
    this.row = new Array<MediumSpec | null>(capacity).fill(null);
  }

  /** A slot for a new link, its evaluation blank. */
  add(rec: LinkPlacement, seq: number, a: number, b: number): number {
    const s = this.free.pop() ?? this.size++;
    if (s >= this.seq.length) this.grow(2 * this.seq.length);
    if (s >= this.hitA.length) {
      this.hitA.push(null);
      this.hitB.push(null);
      this.row.push(null);
    }
    if (s >= this.rec.length) this.rec.push(rec);
    else this.rec[s] = rec;
    this.seq[s] = seq;
    this.a[s] = a;
    this.b[s] = b;
    this.state[s] = NOT_EVALUATED;
    return s;
  }

  /** Gives a removed link's slot back (once its evaluation has been retracted). */
  release(s: number): void {
    this.rec[s] = undefined;
    this.hitA[s] = null;
    this.hitB[s] = null;
    this.row[s] = null;
    this.free.push(s);
  }

  private grow(n: number): void {
    const seq = new Float64Array(n);
    seq.set(this.seq);
    this.seq = seq;
    const a = new Int32Array(n);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(n);
    b.set(this.b);
    this.b = b;
    const state = new Uint8Array(n);
    state.set(this.state);
    this.state = state;
  }

  /** Gb/s of an evaluated link's graph edge: the slower whole port, or the general path's link speed. */
  speedOf(s: number): number {
    const r = this.resolved.get(s);
    if (r) return r.speedGbps;
    return Math.min(this.hitA[s]?.group.speedGbps ?? 0, this.hitB[s]?.group.speedGbps ?? 0);
  }
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

/** The medium of a plain link's cable, shared by every link of the same form factor, speed and sold length. */
const plainChoices = new Map<FormFactor, Map<number, Map<number, AssemblyChoice | null>>>();
export function plainChoice(ff: FormFactor, speedGbps: number, lengthM: number): AssemblyChoice | undefined {
  let bySpeed = plainChoices.get(ff);
  if (!bySpeed) plainChoices.set(ff, (bySpeed = new Map()));
  let byLength = bySpeed.get(speedGbps);
  if (!byLength) bySpeed.set(speedGbps, (byLength = new Map()));
  let choice = byLength.get(lengthM);
  if (choice === undefined) {
    choice = chooseMedium(ff, speedGbps, speedGbps, lengthM, mediaAt) ?? null;
    byLength.set(lengthM, choice);
  }
  return choice ?? undefined;
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
