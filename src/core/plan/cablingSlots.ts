/**
 * What `IncrementalCabling` keeps per whole-port link, in columns indexed by a slot number rather than an object per
 * link: the link record, its two ends' sites (the same objects while the devices and their racks are, so they say
 * when the link must be cabled again), its ports and route, what it was cabled with (`Cabled`, the columns
 * `planCabling` fills) and its run once read. A 600,000-link pod is then a few dozen arrays, not millions of small
 * records; freed slots are reused.
 */
import type { FloorGrid, LinkPlacement } from '../model/layout';
import type { CableGeometry } from './cableLength';
import { cableRouteMm } from './cableLength';
import type { Cabled, CableRun } from './cabling';
import { runOf } from './cabling';
import type { MediumSpec } from './cableMedia';
import type { DeviceSite } from './cableResolve';
import { wholeLinkOf } from './cableResolve';
import type { ResolvedPort } from './portNames';
import { resolvePortOnce } from './portNames';

export class LinkSlots implements Cabled {
  link: (LinkPlacement | undefined)[] = [];
  aSite: (DeviceSite | null)[] = [];
  bSite: (DeviceSite | null)[] = [];
  /** Null when unknown (and then the link is not cabled). */
  aPort: (ResolvedPort | null)[] = [];
  bPort: (ResolvedPort | null)[] = [];
  /** Route, slack included, mm. */
  routeMm = new Float64Array(0);
  private runs: (CableRun | undefined)[] = [];
  // `Cabled`: a link is its own assembly (`first` is the slot itself); `row` undefined when not cabled.
  row: (MediumSpec | undefined)[] = [];
  lengthM = new Float64Array(0);
  cableSku: string[] = [];
  aSku: (string | null)[] = [];
  bSku: (string | null)[] = [];
  first = new Int32Array(0);
  /** The update that last visited the slot; -1 once taken out (a listing that may not be kept). */
  seen = new Int32Array(0);
  /** Counts the slots released so far: a plan whose slots were since released (or reused) reads them no more. */
  released = 0;
  private used = 0;
  private free: number[] = [];

  /** A slot for a whole-port link and its ends' sites: its ports and route worked out, nothing cabled yet. */
  take(
    link: LinkPlacement,
    aSite: DeviceSite | null,
    bSite: DeviceSite | null,
    floor: FloorGrid,
    geometry: CableGeometry,
  ): number {
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this.used++;
    if (slot >= this.first.length) this.grow(Math.max(1024, slot * 2));
    const aPort = aSite ? (resolvePortOnce(aSite.item, link.a.port) ?? null) : null;
    const bPort = bSite ? (resolvePortOnce(bSite.item, link.b.port) ?? null) : null;
    this.link[slot] = link;
    this.aSite[slot] = aSite;
    this.bSite[slot] = bSite;
    this.aPort[slot] = aPort;
    this.bPort[slot] = bPort;
    this.routeMm[slot] = aSite && bSite ? cableRouteMm(aSite.site, bSite.site, floor, geometry) : 0;
    if (slot < this.runs.length) this.runs[slot] = undefined;
    this.row[slot] = undefined;
    this.first[slot] = slot;
    return slot;
  }

  /**
   * Makes room for `n` slots before a first build: every column made once at its size (filling arrays that grow
   * one slot at a time costs several times more on a 600,000-link pod, most of it in fresh memory).
   */
  reserve(n: number): void {
    if (this.used > 0 || n <= this.first.length) return;
    this.link = new Array<LinkPlacement | undefined>(n);
    this.aSite = new Array<DeviceSite | null>(n);
    this.bSite = new Array<DeviceSite | null>(n);
    this.aPort = new Array<ResolvedPort | null>(n);
    this.bPort = new Array<ResolvedPort | null>(n);
    this.row = new Array<MediumSpec | undefined>(n);
    this.cableSku = new Array<string>(n);
    this.aSku = new Array<string | null>(n);
    this.bSku = new Array<string | null>(n);
    this.grow(n);
  }

  /** Frees a slot (its counts already taken out), dropping its references. */
  release(slot: number): void {
    this.link[slot] = undefined;
    this.aSite[slot] = null;
    this.bSite[slot] = null;
    this.aPort[slot] = null;
    this.bPort[slot] = null;
    this.runs[slot] = undefined;
    this.row[slot] = undefined;
    this.seen[slot] = -1;
    this.free.push(slot);
    this.released++;
  }

  /** The slot's run, made on first read and kept while the slot is; undefined when it was not cabled. */
  run(slot: number): CableRun | undefined {
    let r = this.runs[slot];
    if (r !== undefined) return r;
    const link = this.link[slot];
    const aSite = this.aSite[slot];
    const bSite = this.bSite[slot];
    const aPort = this.aPort[slot];
    const bPort = this.bPort[slot];
    if (link && aSite && bSite && aPort && bPort) {
      const resolved = wholeLinkOf(link, aSite, bSite, aPort, bPort, this.routeMm[slot] ?? 0);
      r = runOf(resolved, resolved, this, slot);
      this.runs[slot] = r;
    }
    return r;
  }

  private grow(capacity: number): void {
    this.routeMm = grown(this.routeMm, new Float64Array(capacity));
    this.lengthM = grown(this.lengthM, new Float64Array(capacity));
    this.first = grown(this.first, new Int32Array(capacity));
    this.seen = grown(this.seen, new Int32Array(capacity));
  }
}

function grown<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
