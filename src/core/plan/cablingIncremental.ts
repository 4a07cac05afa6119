/**
 * `IncrementalCabling`: `planCabling` kept up to date from one layout to the next, for the app, which asks for the
 * cabling after every edit of a wired pod (BOM, cable schedule, cable layer, a device's links).
 *
 * A link between two whole ports is cabled on its own: its run depends only on its record, its two devices (or side
 * items) and their racks. Each such link keeps what it was cabled with while those records are the same objects
 * (edits through `core/ops` share untouched records), so an edit cables again only the links of the devices and racks
 * it changed and the links it added; the cables, optics and optic power of the links it dropped are taken out of the
 * running counts. Links that name a breakout lane share a cable choice with the other lanes of their port, so they are
 * all cabled again on every update, as rare as they are. A new catalog, floor grid or option starts from nothing.
 *
 * The runs are made when first read. The diagnostics and the list of links that could not be cabled come from the
 * whole-layout plan, made when one of them is first read (the app's validation has its own, `derive/linkState.ts`).
 * Everything equals `planCabling` of the same layout (property-tested), except the order of the power map's entries.
 * Counts are exact; optic power is summed in and out, exact for the built-in media, whose figures are multiples of
 * 0.5 W.
 */
import type { Catalog } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type { Layout, LinkPlacement, RackPlacement } from '../model/layout';
import type { AssemblyContext, Cabled, CablingOptions, CablingPlan, CableRun, PowerAcc } from './cabling';
import {
  Tally,
  bomLinesOf,
  cableAll,
  cableAssembly,
  cableRun,
  cabledColumns,
  mediaLookup,
  planCabling,
  powerOf,
  priceOf,
} from './cabling';
import type { CableGeometry } from './cableLength';
import { DEFAULT_GEOMETRY } from './cableLength';
import type { MediumSpec } from './cableMedia';
import { MEDIA } from './cableMedia';
import type { ResolvedLink } from './cableResolve';
import { deviceSite, resolveLinks, resolveWholeLink } from './cableResolve';
import { resolvePortOnce } from './portNames';

type Placed = { readonly rack: string; readonly sku: Layout['devices'][number]['sku']; readonly u: number };

/** A whole-port link and what it was cabled with, valid while its records are the same objects. */
interface Entry {
  readonly aRec: object | undefined;
  readonly bRec: object | undefined;
  readonly aRack: RackPlacement | undefined;
  readonly bRack: RackPlacement | undefined;
  readonly resolved: ResolvedLink | null;
  /** One-link columns (slot 0), `row[0]` undefined when the link was not cabled. */
  readonly cabled: Cabled;
  run: CableRun | undefined;
  seen: number;
}

const hasLane = (port: string): boolean => port.indexOf(':', port.lastIndexOf('/')) >= 0;
const isLaneLink = (l: LinkPlacement): boolean => hasLane(l.a.port) || hasLane(l.b.port);

interface Context {
  readonly catalog: Catalog;
  readonly floor: Layout['floor'];
  readonly geometry: Partial<CableGeometry> | undefined;
  readonly media: readonly MediumSpec[] | undefined;
  readonly allowed: CablingOptions['allowedMedia'];
  readonly overrides: CablingOptions['mediumOverrides'];
  readonly currency: string | undefined;
}

const sameContext = (a: Context, b: Context): boolean =>
  a.catalog === b.catalog &&
  a.floor === b.floor &&
  a.geometry === b.geometry &&
  a.media === b.media &&
  a.allowed === b.allowed &&
  a.overrides === b.overrides &&
  a.currency === b.currency;

export class IncrementalCabling {
  private ctx: Context | undefined;
  private entries = new Map<LinkPlacement, Entry>();
  /** Cables, optics and optic power of the whole-port links. */
  private tally = new Tally();
  private epoch = 0;
  /** Entries of a link record listed more than once in the last layout: taken out and made again each update. */
  private repeats: Entry[] = [];
  /** The last layout's links and each one's entry (null for a lane link), to walk instead of looking each up. */
  private prevLinks: readonly LinkPlacement[] | undefined;
  private prevOrder: readonly (Entry | null)[] = [];
  /** Links cabled again by the last update (for tests and benchmarks). */
  lastCabled = 0;

  update(layout: Layout, catalog: Catalog, options: CablingOptions = {}): CablingPlan {
    const ctx: Context = {
      catalog,
      floor: layout.floor,
      geometry: options.geometry,
      media: options.media,
      allowed: options.allowedMedia,
      overrides: options.mediumOverrides,
      currency: options.currency,
    };
    if (!this.ctx || !sameContext(this.ctx, ctx)) {
      this.ctx = ctx;
      this.entries = new Map();
      this.tally = new Tally();
      this.prevLinks = undefined;
      this.repeats = [];
    }
    const geometry: CableGeometry = { ...DEFAULT_GEOMETRY, ...options.geometry };
    const assembly: AssemblyContext = {
      mediaAt: mediaLookup(options.media ?? MEDIA),
      soldLengthsM: geometry.soldLengthsM,
      overrides: options.mediumOverrides,
      allowed: options.allowedMedia ? new Set(options.allowedMedia) : undefined,
      tally: this.tally,
      // Diagnostics and skipped links come from the whole-layout plan when read.
      beyond: [],
      skipped: [],
    };

    // Records by id as `resolveLinks` reads them: the later of two devices with one id, a side item over a device.
    const records = new Map<string, object>();
    for (const d of layout.devices) records.set(d.id, d);
    for (const s of layout.sideItems) records.set(s.id, s);
    const racks = new Map<string, RackPlacement>();
    for (const r of layout.racks) racks.set(r.id, r);
    const placedOf = (rec: object | undefined): Placed | undefined =>
      rec === undefined ? undefined : 'u' in rec ? (rec as Placed) : { ...(rec as Placed), u: 0 };

    for (const e of this.repeats) {
      this.takeOut(e);
      e.seen = -1;
    }
    this.repeats = [];
    // The same list of links: each link's entry is where it was (a repeat's, taken out above, is looked up again).
    const sameLinks = layout.links === this.prevLinks;
    const prevOrder = this.prevOrder;
    const epoch = ++this.epoch;
    let cabledNow = 0;
    const laneLinks: LinkPlacement[] = [];
    const order = new Array<Entry | null>(layout.links.length);
    for (let i = 0; i < layout.links.length; i++) {
      const link = layout.links[i] as LinkPlacement;
      if (isLaneLink(link)) {
        laneLinks.push(link);
        order[i] = null;
        continue;
      }
      const aRec = records.get(link.a.device);
      const bRec = records.get(link.b.device);
      const aRack = aRec ? racks.get((aRec as Placed).rack) : undefined;
      const bRack = bRec ? racks.get((bRec as Placed).rack) : undefined;
      const kept = sameLinks ? prevOrder[i] : undefined;
      let e = kept && kept.seen !== -1 ? kept : this.entries.get(link);
      if (e && (e.aRec !== aRec || e.bRec !== bRec || e.aRack !== aRack || e.bRack !== bRack)) {
        this.takeOut(e);
        e = undefined;
      }
      if (!e || e.seen === epoch) {
        // New, changed, or the same record listed twice (each listing is a cable of its own).
        const aSite = deviceSite(placedOf(aRec), aRack, catalog);
        const bSite = deviceSite(placedOf(bRec), bRack, catalog);
        const aPort = aSite ? (resolvePortOnce(aSite.item, link.a.port) ?? null) : null;
        const bPort = bSite ? (resolvePortOnce(bSite.item, link.b.port) ?? null) : null;
        const resolved = resolveWholeLink(link, aSite, bSite, aPort, bPort, layout.floor, geometry);
        const cabled = cabledColumns(1);
        if (resolved) cableAssembly([0], [resolved], assembly, cabled);
        const fresh: Entry = { aRec, bRec, aRack, bRack, resolved, cabled, run: undefined, seen: epoch };
        if (!e) this.entries.set(link, fresh);
        else this.repeats.push(fresh);
        e = fresh;
        cabledNow++;
      }
      e.seen = epoch;
      order[i] = e;
    }
    // With the same list every kept link was visited; otherwise drop the links that left.
    if (!sameLinks)
      for (const [link, e] of this.entries)
        if (e.seen !== epoch) {
          this.takeOut(e);
          this.entries.delete(link);
        }
    this.prevLinks = layout.links;
    this.prevOrder = order;

    // Lanes: every lane link cabled again, together, with counts of their own.
    const lanes = new Tally();
    const laneResolved =
      laneLinks.length > 0 ? resolveLinks({ ...layout, links: laneLinks }, catalog, geometry).links : [];
    const laneCabled = cabledColumns(laneResolved.length);
    cableAll(laneResolved, { ...assembly, tally: lanes }, laneCabled);
    cabledNow += laneLinks.length;
    this.lastCabled = cabledNow;

    const lines = new Map(this.tally.lines);
    for (const [sku, l] of lanes.lines) {
      const mine = lines.get(sku);
      lines.set(sku, mine ? { ...mine, qty: mine.qty + l.qty } : l);
    }
    const power = new Map<DeviceId, PowerAcc>();
    for (const [d, p] of this.tally.power) power.set(d, { ...p });
    for (const [d, p] of lanes.power) {
      const mine = power.get(d);
      if (mine) {
        mine.typicalW += p.typicalW;
        mine.maxW += p.maxW;
      } else power.set(d, { ...p });
    }
    const bomLines = bomLinesOf(lines.values(), options.currency ?? 'USD');
    const watts = powerOf(power);

    let runs: CableRun[] | undefined;
    let whole: CablingPlan | undefined;
    const full = () => (whole ??= planCabling(layout, catalog, options));
    return {
      get runs(): readonly CableRun[] {
        runs ??= mergeRuns(layout.links, order, laneResolved, laneCabled);
        return runs;
      },
      bomLines,
      power: watts.power,
      get diagnostics() {
        return full().diagnostics;
      },
      get skipped() {
        return full().skipped;
      },
      totals: {
        cables: this.tally.cables + lanes.cables,
        transceivers: this.tally.transceivers + lanes.transceivers,
        typicalW: watts.typicalW,
        maxW: watts.maxW,
        price: priceOf(bomLines),
      },
    };
  }

  /** Takes a link's cable, optics and their power out of the running counts. */
  private takeOut(e: Entry): void {
    const row = e.cabled.row[0];
    const r = e.resolved;
    if (!row || !r) return;
    const t = this.tally;
    const down = (sku: string | null | undefined) => {
      const line = sku ? t.lines.get(sku) : undefined;
      if (line) line.qty--;
    };
    down(e.cabled.cableSku[0]);
    t.cables--;
    for (const sku of [e.cabled.aSku[0], e.cabled.bSku[0]])
      if (sku) {
        down(sku);
        t.transceivers--;
      }
    // A link without a breakout: both ends carry the medium's end power (`assemblyPower`).
    for (const device of [r.a.device, r.b.device]) {
      if (row.endTypicalW === 0 && row.endMaxW === 0) continue;
      const p = t.power.get(device);
      if (!p) continue;
      p.typicalW -= row.endTypicalW;
      p.maxW -= row.endMaxW;
    }
  }
}

/**
 * The runs in `planCabling`'s order: links in layout order, except those naming a lane at both ends, which it
 * resolves last. `order` holds each link's entry (null for a lane link, whose run is in the lane columns).
 */
function mergeRuns(
  links: readonly LinkPlacement[],
  order: readonly (Entry | null)[],
  laneLinks: readonly ResolvedLink[],
  laneCabled: Cabled,
): CableRun[] {
  const out: CableRun[] = [];
  const bothLanes = (r: ResolvedLink) => r.aPort.lane !== undefined && r.bPort.lane !== undefined;
  let k = 0;
  for (let i = 0; i < links.length; i++) {
    const e = order[i];
    if (e) {
      if (e.resolved) e.run ??= cableRun([e.resolved], e.cabled, 0);
      if (e.run) out.push(e.run);
      continue;
    }
    const r = laneLinks[k];
    const l = links[i];
    if (r && l && r.id === l.id && r.a === l.a && r.b === l.b && !bothLanes(r)) {
      const run = cableRun(laneLinks, laneCabled, k++);
      if (run) out.push(run);
    }
  }
  for (; k < laneLinks.length; k++) {
    const run = cableRun(laneLinks, laneCabled, k);
    if (run) out.push(run);
  }
  return out;
}
