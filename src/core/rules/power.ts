/**
 * Power: each rack's max draw against the usable capacity of its power sources, feed by feed. With A and B feeds
 * the load must fit on either side alone (one feed lost). AC loads are fed by PDUs; busbar loads by power shelves.
 * The pod's IT load plus the cooling equipment's own draw must fit the utility feed.
 */
import type { CatalogItem, Pdu, PowerShelf } from '../model/catalog';
import { circuitVa, fmtKw, fmtPct } from '../model/units';
import type { FeedSide } from '../model/layout';
import type { Diagnostic, Target } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { deviceLoad } from '../derive/rackScope';
import { diagnostic, rackLabel, target } from './diagnostic';

export interface RackPowerFigures {
  /** W. */
  readonly maxW: number;
  /** W. */
  readonly typicalW: number;
  /** Usable W per feed, AC and busbar sources together. */
  readonly usableByFeed: Readonly<Record<FeedSide, number>>;
  /** Usable W with one feed lost (or the single feed's W when only one is present). */
  readonly usablePerFeedW: number;
}

/** Usable continuous power of a PDU, W: nameplate VA (PF 1) × derating. */
export function pduUsableW(pdu: Pdu, podDerating: number): number {
  return circuitVa(pdu.voltageV, pdu.inputAmps, pdu.phases) * (pdu.deratingFraction ?? podDerating);
}

interface Source {
  readonly feed: FeedSide;
  readonly usableW: number;
  readonly describe: string;
}

interface Pool {
  readonly kind: 'AC' | 'busbar';
  readonly sources: Source[];
  loadMaxW: number;
  loadTypicalW: number;
}

const FEEDS: readonly FeedSide[] = ['A', 'B'];
const other = (f: FeedSide): FeedSide => (f === 'A' ? 'B' : 'A');

function describeSources(sources: readonly Source[], noun: string): string {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.describe, (counts.get(s.describe) ?? 0) + 1);
  const parts = [...counts].map(([d, n]) => `${n} × ${d}`);
  return `${noun} (${parts.join(', ')})`;
}

function pduDescribe(pdu: Pdu, podDerating: number): string {
  const derating = pdu.deratingFraction ?? podDerating;
  return `${pdu.voltageV} V ${pdu.phases === 3 ? '3-phase' : 'single-phase'} ${pdu.inputAmps} A, ${fmtPct(derating)} derating`;
}

const shelfDescribe = (shelf: PowerShelf): string => `${fmtKw(shelf.outputW)} power shelf`;

/** Rack-level power checks; returns the rack's power figures. */
export function checkRackPower(scope: RackScope, out: Diagnostic[]): RackPowerFigures {
  const { rack, limits } = scope;
  const rackT = target('rack', rack.id);
  const ac: Pool = { kind: 'AC', sources: [], loadMaxW: 0, loadTypicalW: 0 };
  const busbar: Pool = { kind: 'busbar', sources: [], loadMaxW: 0, loadTypicalW: 0 };
  const outletDemand = { C13: 0, C19: 0 };
  const outletSupply: Record<FeedSide, { C13: number; C19: number }> = {
    A: { C13: 0, C19: 0 },
    B: { C13: 0, C19: 0 },
  };
  let maxW = 0;
  let typicalW = 0;

  const addPdu = (pdu: Pdu, feed: FeedSide) => {
    ac.sources.push({
      feed,
      usableW: pduUsableW(pdu, limits.deratingFraction),
      describe: pduDescribe(pdu, limits.deratingFraction),
    });
    for (const o of pdu.outlets)
      if (o.type === 'C13' || o.type === 'C19') outletSupply[feed][o.type] += o.count;
  };

  for (const { placement, item } of scope.devices) {
    if (item.placement !== 'rack-u') continue;
    if (item.kind === 'pdu' || item.kind === 'power-shelf') {
      const feed = placement.feed;
      if (feed === undefined) {
        out.push(
          diagnostic(
            'warning',
            'power.feedUnset',
            `${rackLabel(rack)}: ${item.name} '${placement.name ?? placement.id}' has no feed side set; it is counted on feed A.`,
            [target('device', placement.id), rackT],
          ),
        );
      }
      if (item.kind === 'pdu') addPdu(item, feed ?? 'A');
      else busbar.sources.push({ feed: feed ?? 'A', usableW: item.outputW, describe: shelfDescribe(item) });
      continue;
    }
    const load = deviceLoad(item, placement.id, scope.extraW);
    if (load.maxW === 0 && load.typicalW === 0) continue;
    const pool = load.busbar ? busbar : ac;
    pool.loadMaxW += load.maxW;
    pool.loadTypicalW += load.typicalW;
    maxW += load.maxW;
    typicalW += load.typicalW;
    if (item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount') {
      if (item.power.inlet === 'C20') outletDemand.C19 += item.power.psuCount;
      else if (item.power.inlet === 'C14') outletDemand.C13 += item.power.psuCount;
    }
  }
  for (const { placement, item } of scope.sideItems) {
    if (item.kind === 'pdu') addPdu(item, placement.feed);
  }

  const usableByFeed: Record<FeedSide, number> = { A: 0, B: 0 };
  for (const pool of [ac, busbar]) for (const s of pool.sources) usableByFeed[s.feed] += s.usableW;

  for (const pool of [ac, busbar]) checkPool(pool, scope, out);
  checkOutlets(outletDemand, outletSupply, ac, scope, out);

  const rackLimit = scope.rackItem?.maxW;
  if (rackLimit !== undefined && maxW > rackLimit) {
    out.push(
      diagnostic(
        'error',
        'power.rackLimit',
        `${rackLabel(rack)}: ${fmtKw(maxW)} at max draw exceeds the rack's design limit of ${fmtKw(rackLimit)} (${scope.rackItem?.name}).`,
        [rackT],
      ),
    );
  }

  const fed = FEEDS.filter((f) => usableByFeed[f] > 0);
  const usablePerFeedW =
    fed.length === 2
      ? Math.min(usableByFeed.A, usableByFeed.B)
      : fed.length === 1
        ? usableByFeed[fed[0] ?? 'A']
        : 0;
  return { maxW, typicalW, usableByFeed, usablePerFeedW };
}

function checkPool(pool: Pool, scope: RackScope, out: Diagnostic[]): void {
  const { rack } = scope;
  const rackT = target('rack', rack.id);
  const noun = pool.kind === 'AC' ? 'PDUs' : 'power shelves';
  if (pool.loadMaxW <= 0) return;
  const load = `${fmtKw(pool.loadMaxW)} at max draw (${fmtKw(pool.loadTypicalW)} typical)${pool.kind === 'busbar' ? ' on the busbar' : ''}`;
  if (pool.sources.length === 0) {
    out.push(
      diagnostic(
        'error',
        pool.kind === 'AC' ? 'power.noPdu' : 'power.noPowerShelf',
        `${rackLabel(rack)}: ${load}, but the rack has no ${noun} to feed it.`,
        [rackT],
      ),
    );
    return;
  }
  const bySide: Record<FeedSide, Source[]> = { A: [], B: [] };
  for (const s of pool.sources) bySide[s.feed].push(s);
  const cap = (f: FeedSide) => bySide[f].reduce((sum, s) => sum + s.usableW, 0);
  const present = FEEDS.filter((f) => bySide[f].length > 0);
  if (present.length === 2) {
    for (const f of FEEDS) {
      const c = cap(f);
      if (pool.loadMaxW > c) {
        out.push(
          diagnostic(
            'error',
            'power.feedOverload',
            `${rackLabel(rack)}: ${load}; its ${f}-side ${describeSources(bySide[f], noun)} give ${fmtKw(c)} usable. With feed ${other(f)} lost, feed ${f} alone is ${fmtKw(pool.loadMaxW - c)} short.`,
            [rackT],
          ),
        );
      }
    }
    return;
  }
  const f = present[0] ?? 'A';
  const c = cap(f);
  if (pool.loadMaxW > c) {
    out.push(
      diagnostic(
        'error',
        'power.overload',
        `${rackLabel(rack)}: ${load}; its ${describeSources(bySide[f], noun)}, all on feed ${f}, give ${fmtKw(c)} usable: ${fmtKw(pool.loadMaxW - c)} short.`,
        [rackT],
      ),
    );
  }
  out.push(
    diagnostic(
      'warning',
      'power.singleFeed',
      `${rackLabel(rack)}: all ${noun} are on feed ${f}; losing that feed stops the rack (no A/B redundancy).`,
      [rackT],
    ),
  );
}

/**
 * Outlets: C20 inlets need C19 outlets; C14 inlets take C13 outlets or spare C19s. With two feeds each device
 * spreads its PSUs over both, so each side must take half of them (rounded up).
 */
function checkOutlets(
  demand: { C13: number; C19: number },
  supply: Record<FeedSide, { C13: number; C19: number }>,
  ac: Pool,
  scope: RackScope,
  out: Diagnostic[],
): void {
  if (ac.sources.length === 0) return;
  const present = FEEDS.filter((f) => ac.sources.some((s) => s.feed === f));
  const share = present.length === 2 ? 0.5 : 1;
  for (const f of present) {
    const needC19 = Math.ceil(demand.C19 * share);
    const needC13 = Math.ceil(demand.C13 * share);
    const { C13, C19 } = supply[f];
    const spareC19 = Math.max(0, C19 - needC19);
    if (needC19 > C19 || needC13 > C13 + spareC19) {
      const t: Target[] = [target('rack', scope.rack.id)];
      out.push(
        diagnostic(
          'warning',
          'power.outletShortage',
          `${rackLabel(scope.rack)}: feed ${f} needs ${needC19} C19 and ${needC13} C13 outlets for the PSUs it carries; its PDUs have ${C19} C19 and ${C13} C13.`,
          t,
        ),
      );
    }
  }
}

export interface PodPowerInput {
  readonly itMaxW: number;
  readonly itTypicalW: number;
  readonly coolingW: number;
  readonly utilityFeedKw: number;
  readonly batteryKwh: number;
  readonly batteryKw: number;
}

/** Pod-level power: IT plus cooling against the utility feed; battery ride-through as information. */
export function checkPodPower(input: PodPowerInput, out: Diagnostic[]): void {
  const total = input.itMaxW + input.coolingW;
  const feedW = input.utilityFeedKw * 1000;
  const pod = [target('pod', 'pod')];
  if (total > feedW) {
    out.push(
      diagnostic(
        'error',
        'power.utilityOverload',
        `Pod: ${fmtKw(total)} at max draw (${fmtKw(input.itMaxW)} IT + ${fmtKw(input.coolingW)} cooling equipment; ${fmtKw(input.itTypicalW + input.coolingW)} typical) exceeds the ${fmtKw(feedW)} utility feed by ${fmtKw(total - feedW)}.`,
        pod,
      ),
    );
  }
  if (input.batteryKwh > 0 && total > 0) {
    const minutes = (input.batteryKwh / (total / 1000)) * 60;
    out.push(
      diagnostic(
        'info',
        'power.batteryRideThrough',
        `Pod: batteries hold ${input.batteryKwh.toLocaleString('en-US')} kWh, ${minutes.toFixed(0)} min at the pod's ${fmtKw(total)} max draw.`,
        pod,
      ),
    );
    if (input.batteryKw * 1000 < total) {
      out.push(
        diagnostic(
          'warning',
          'power.batteryUndersized',
          `Pod: batteries deliver ${fmtKw(input.batteryKw * 1000)}, less than the pod's ${fmtKw(total)} max draw; they cannot carry the whole load.`,
          pod,
        ),
      );
    }
  }
}

/** PSUs that must carry the load in a redundancy scheme: `N+M` → N, `N+N` → half the PSUs; undefined otherwise. */
export function workingPsus(redundancy: string, psuCount: number): number | undefined {
  if (/^n\+n$/i.test(redundancy)) return psuCount / 2;
  const m = /^(\d+)\+(\d+)$/.exec(redundancy);
  return m ? Number(m[1]) : undefined;
}

/**
 * One warning per SKU in use whose max draw exceeds what its PSUs deliver with the redundant ones lost: such a
 * server either throttles or loses redundancy at full load.
 */
export function checkPsuRedundancy(items: Iterable<CatalogItem>, out: Diagnostic[]): void {
  for (const item of items) {
    if (item.kind !== 'server' && item.kind !== 'switch' && item.kind !== 'rackmount') continue;
    const { psuRatingW, psuCount, psuRedundancy, maxW } = item.power;
    const working = workingPsus(psuRedundancy, psuCount);
    if (psuRatingW === undefined || working === undefined || working * psuRatingW >= maxW) continue;
    out.push(
      diagnostic(
        'warning',
        'power.psuRedundancy',
        `${item.name}: ${fmtKw(maxW)} max draw exceeds the ${fmtKw(working * psuRatingW)} that ${working} of its ${psuCount} × ${psuRatingW.toLocaleString('en-US')} W PSUs deliver in ${psuRedundancy}; at full load it loses PSU redundancy or throttles.`,
        [target('sku', item.sku)],
      ),
    );
  }
}
