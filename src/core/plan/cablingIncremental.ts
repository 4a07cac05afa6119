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
 * Each link's state is kept in columns (`LinkSlots`), not an object per link, and a device's site object is kept while
 * its record and rack are, so comparing a link's two sites says whether it must be cabled again; a first build of a
 * 600,000-link pod makes no record per link. The runs are made when first read; a plan read after a later update
 * released any of its links' slots gets its runs from the whole-layout plan. The diagnostics and the list of links
 * that could not be cabled come from the whole-layout plan, made when one of them is first read (the app's
 * validation has its own, `derive/linkState.ts`).
 * Everything equals `planCabling` of the same layout (property-tested), except the order of the power map's entries.
 * Counts are exact; optic power is summed in and out, exact for the built-in media, whose figures are multiples of
 * 0.5 W.
 */
import type { Catalog } from '../model/catalog';
import type { DeviceId } from '../model/ids';
import type { Layout, LinkPlacement, RackPlacement } from '../model/layout';
import type {
  AssemblyContext,
  Cabled,
  CablingOptions,
  CablingPlan,
  CableRun,
  LineAcc,
  PowerAcc,
} from './cabling';
import {
  Tally,
  bomLinesOf,
  cableAll,
  cableRun,
  cableWholeLink,
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
import type { DeviceSite, ResolvedLink } from './cableResolve';
import { deviceSite, resolveLinks } from './cableResolve';
import { LinkSlots } from './cablingSlots';

type Placed = { readonly rack: string; readonly sku: Layout['devices'][number]['sku']; readonly u: number };
/** A record's site and the rack record it was made with. */
interface SiteMemo {
  readonly rack: RackPlacement | undefined;
  readonly site: DeviceSite | null;
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
  private slots = new LinkSlots();
  /** Each whole-port link record's slot; made when an update first brings a different list of links. */
  private slotOf: Map<LinkPlacement, number> | undefined;
  /** Cables, optics and optic power of the whole-port links. */
  private tally = new Tally();
  private epoch = 0;
  /** Slots of a link record listed more than once in the last layout: taken out and made again each update. */
  private repeats: number[] = [];
  /** The last layout's links and each one's slot (-1 for a lane link), to walk instead of looking each up. */
  private prevLinks: readonly LinkPlacement[] | undefined;
  private prevOrder = new Int32Array(0);
  /** The last update's sites by device id, and by record with the rack they were made with. */
  private lastSites:
    | {
        readonly devices: Layout['devices'];
        readonly sideItems: Layout['sideItems'];
        readonly racks: Layout['racks'];
        readonly byId: ReadonlyMap<string, DeviceSite | null>;
        readonly memo: ReadonlyMap<object, SiteMemo>;
      }
    | undefined;
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
      this.slots = new LinkSlots();
      this.slotOf = undefined;
      this.tally = new Tally();
      this.prevLinks = undefined;
      this.prevOrder = new Int32Array(0);
      this.repeats = [];
      this.lastSites = undefined;
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

    const sites = this.sitesOf(layout, catalog);
    const slots = this.slots;
    // The same list of links: each link's slot is where it was (a repeat's, taken out below, is looked up again).
    const sameLinks = layout.links === this.prevLinks;
    const slotOf = this.prevLinks === undefined || sameLinks ? this.slotOf : this.slotMap();
    const freed: number[] = [];
    for (const slot of this.repeats) {
      this.takeOut(slot);
      slots.seen[slot] = -1;
      freed.push(slot);
    }
    this.repeats = [];
    const prevOrder = this.prevOrder;
    const epoch = ++this.epoch;
    const n = layout.links.length;
    if (this.prevLinks === undefined) slots.reserve(n);
    let cabledNow = 0;
    const laneLinks: LinkPlacement[] = [];
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const link = layout.links[i] as LinkPlacement;
      if (isLaneLink(link)) {
        laneLinks.push(link);
        order[i] = -1;
        continue;
      }
      const aSite = sites.get(link.a.device) ?? null;
      const bSite = sites.get(link.b.device) ?? null;
      const kept = sameLinks ? (prevOrder[i] as number) : -1;
      let slot = kept >= 0 && slots.seen[kept] !== -1 ? kept : (slotOf?.get(link) ?? -1);
      if (slot >= 0 && (slots.aSite[slot] !== aSite || slots.bSite[slot] !== bSite)) {
        this.takeOut(slot);
        slotOf?.delete(link);
        slots.seen[slot] = -1;
        freed.push(slot);
        slot = -1;
      }
      if (slot < 0 || slots.seen[slot] === epoch) {
        // New, changed, or the same record listed twice (each listing is a cable of its own).
        const fresh = slots.take(link, aSite, bSite, layout.floor, geometry);
        const aPort = slots.aPort[fresh];
        const bPort = slots.bPort[fresh];
        if (aSite && bSite && aPort && bPort)
          cableWholeLink(fresh, link, aPort, bPort, slots.routeMm[fresh] ?? 0, assembly, slots);
        if (slot < 0) slotOf?.set(link, fresh);
        else this.repeats.push(fresh);
        slot = fresh;
        cabledNow++;
      }
      slots.seen[slot] = epoch;
      order[i] = slot;
    }
    // With the same list every kept link was visited; otherwise drop the links that left.
    if (!sameLinks && slotOf)
      for (const [link, slot] of slotOf)
        if (slots.seen[slot] !== epoch) {
          this.takeOut(slot);
          slotOf.delete(link);
          slots.release(slot);
        }
    for (const slot of freed) slots.release(slot);
    this.slotOf = slotOf;
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

    const bomLines = bomLinesOf(
      laneLinks.length > 0 ? mergedLines(this.tally, lanes) : this.tally.lines.values(),
      options.currency ?? 'USD',
    );
    const watts = powerOf(laneLinks.length > 0 ? mergedPower(this.tally, lanes) : this.tally.power);

    let runs: readonly CableRun[] | undefined;
    let whole: CablingPlan | undefined;
    const full = () => (whole ??= planCabling(layout, catalog, options));
    const released = slots.released;
    return {
      get runs(): readonly CableRun[] {
        // Read after a later update released some of its slots: from the whole-layout plan instead.
        runs ??=
          slots.released === released
            ? mergeRuns(layout.links, order, slots, laneResolved, laneCabled)
            : full().runs;
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

  /**
   * Each device's and side item's site by id, as `resolveLinks` finds them (the later of two records with one id, a
   * side item over a device; null without rack or catalog item). A record whose own record and rack are the objects
   * of the last update keeps its site object, so a link whose two sites are the same needs no cabling again.
   */
  private sitesOf(layout: Layout, catalog: Catalog): ReadonlyMap<string, DeviceSite | null> {
    const last = this.lastSites;
    if (
      last &&
      last.devices === layout.devices &&
      last.sideItems === layout.sideItems &&
      last.racks === layout.racks
    )
      return last.byId;
    const racks = new Map<string, RackPlacement>();
    for (const r of layout.racks) racks.set(r.id, r);
    const byId = new Map<string, DeviceSite | null>();
    const memo = new Map<object, SiteMemo>();
    const prev = last?.memo;
    const add = (rec: object, id: string, rackId: string, placed: () => Placed) => {
      const rack = racks.get(rackId);
      let m = prev?.get(rec);
      if (!m || m.rack !== rack) m = { rack, site: deviceSite(placed(), rack, catalog) };
      memo.set(rec, m);
      byId.set(id, m.site);
    };
    for (const d of layout.devices) add(d, d.id, d.rack, () => d);
    // A side item sits at the rack top, by the tray (`u` 0).
    for (const s of layout.sideItems) add(s, s.id, s.rack, () => ({ ...s, u: 0 }));
    this.lastSites = {
      devices: layout.devices,
      sideItems: layout.sideItems,
      racks: layout.racks,
      byId,
      memo,
    };
    return byId;
  }

  /**
   * Each link record's slot in the last layout, made when an update first brings a different list of links (a first
   * build and the edits that keep the list do not need it). Until then every listing of a record has a slot of its
   * own; here the first is the record's and the later ones become repeats.
   */
  private slotMap(): Map<LinkPlacement, number> {
    if (this.slotOf) return this.slotOf;
    const map = new Map<LinkPlacement, number>();
    const links = this.prevLinks ?? [];
    for (let i = 0; i < links.length; i++) {
      const slot = this.prevOrder[i] as number;
      if (slot < 0) continue;
      const link = links[i] as LinkPlacement;
      if (map.has(link)) this.repeats.push(slot);
      else map.set(link, slot);
    }
    return map;
  }

  /** Takes a link's cable, optics and their power out of the running counts. */
  private takeOut(slot: number): void {
    const s = this.slots;
    const row = s.row[slot];
    const link = s.link[slot];
    if (!row || !link) return;
    const t = this.tally;
    const down = (sku: string | null | undefined) => {
      const line = sku ? t.lines.get(sku) : undefined;
      if (line) line.qty--;
    };
    down(s.cableSku[slot]);
    t.cables--;
    for (const sku of [s.aSku[slot], s.bSku[slot]])
      if (sku) {
        down(sku);
        t.transceivers--;
      }
    // A link without a breakout: both ends carry the medium's end power (`cableWholeLink`).
    for (const device of [link.a.device, link.b.device]) {
      if (row.endTypicalW === 0 && row.endMaxW === 0) continue;
      const p = t.power.get(device);
      if (!p) continue;
      p.typicalW -= row.endTypicalW;
      p.maxW -= row.endMaxW;
    }
  }
}

/** The whole-port links' lines and the lanes' together (copies: the running counts stay as they are). */
function mergedLines(whole: Tally, lanes: Tally): Iterable<LineAcc> {
  const lines = new Map(whole.lines);
  for (const [sku, l] of lanes.lines) {
    const mine = lines.get(sku);
    lines.set(sku, mine ? { ...mine, qty: mine.qty + l.qty } : l);
  }
  return lines.values();
}

/** The whole-port links' optic power per device and the lanes' together (copies). */
function mergedPower(whole: Tally, lanes: Tally): Map<DeviceId, PowerAcc> {
  const power = new Map<DeviceId, PowerAcc>();
  for (const [d, p] of whole.power) power.set(d, { ...p });
  for (const [d, p] of lanes.power) {
    const mine = power.get(d);
    if (mine) {
      mine.typicalW += p.typicalW;
      mine.maxW += p.maxW;
    } else power.set(d, { ...p });
  }
  return power;
}

/**
 * The runs in `planCabling`'s order: links in layout order, except those naming a lane at both ends, which it
 * resolves last. `order` holds each link's entry (null for a lane link, whose run is in the lane columns).
 */
function mergeRuns(
  links: readonly LinkPlacement[],
  order: Int32Array,
  slots: LinkSlots,
  laneLinks: readonly ResolvedLink[],
  laneCabled: Cabled,
): CableRun[] {
  const out: CableRun[] = [];
  const bothLanes = (r: ResolvedLink) => r.aPort.lane !== undefined && r.bPort.lane !== undefined;
  let k = 0;
  for (let i = 0; i < links.length; i++) {
    const slot = order[i] as number;
    if (slot >= 0) {
      const run = slots.run(slot);
      if (run) out.push(run);
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
