/**
 * Power: each rack's max draw against the usable capacity of its power sources. With A and B feeds (2N) the load
 * must fit on either side alone (one feed lost); with 3 or 4 circuits planned N+1 it must fit with any one circuit
 * lost. AC loads are fed by PDUs, rated in kVA: a load's kVA is its kW / power factor. Busbar loads are fed by power
 * shelves, rated in DC W; their AC input is the DC output / efficiency. Each PDU's hottest phase is checked too.
 */
import type { CatalogItem, Pdu, PowerShelf } from '../model/catalog';
import { circuitVa, fmtKva, fmtKw, fmtKwKva, fmtPct } from '../model/units';
import type { DevicePlacement, FeedSide, PodLimits, RackPowerScheme } from '../model/layout';
import type { Diagnostic, Target } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { deviceLoad } from '../derive/rackScope';
import { diagnostic, rackLabel, target } from './diagnostic';
import type { CordLoad, PduPhaseFigures, PhasePdu } from './phaseLoads';
import { phaseLoads } from './phaseLoads';
import type { RackUpsFigures } from './rackUps';
import { checkRackUps } from './rackUps';

export interface RackPowerFigures {
  /** IT load at max draw, W (DC busbar loads at their DC figure). */
  readonly maxW: number;
  /** W. */
  readonly typicalW: number;
  /** Usable W per feed, AC (kVA × the pod's power factor) and busbar sources together. */
  readonly usableByFeed: Readonly<Record<FeedSide, number>>;
  /**
   * Usable W with one feed lost (2N: the smaller feed; N+1: all circuits but the largest), or the single feed's W
   * when only one is present.
   */
  readonly usablePerFeedW: number;
  /** Apparent power of the PDU-fed loads at max draw, VA (each load's W / its power factor, summed). */
  readonly acLoadVa: number;
  /**
   * VA the PDU-fed loads draw beyond what the pod's power factor alone gives (loads with their own power factor:
   * Σ W / own PF − W / pod PF; 0 when every load is at the pod's). The chain above the racks adds it to its kVA.
   */
  readonly ownPfExtraVa: number;
  /** Power-shelf conversion losses at max draw, W (busbar load / efficiency − busbar load). */
  readonly shelfLossW: number;
  /** Rack UPS losses at max draw, W. */
  readonly upsLossW: number;
  /** What the rack draws from its feeds at max draw, W: IT load plus shelf and rack-UPS losses. */
  readonly inputW: number;
  readonly scheme: RackPowerScheme;
  readonly pdus: readonly PduPhaseFigures[];
  readonly ups: RackUpsFigures | null;
}

/** The pod's power factor (absent: 1, kW = kVA, as before the setting existed). */
export const podPowerFactor = (limits: PodLimits): number => limits.powerFactor ?? 1;

/**
 * A load's power factor: the placed device's own (`DevicePlacement.powerFactor`), else its catalog item's PSU figure,
 * else the pod's.
 */
export function itemPowerFactor(
  item: CatalogItem,
  podPf: number,
  placement?: Pick<DevicePlacement, 'powerFactor'>,
): number {
  if (placement?.powerFactor !== undefined) return placement.powerFactor;
  return (item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount') &&
    item.power.powerFactor !== undefined
    ? item.power.powerFactor
    : podPf;
}

/** Usable continuous power of a PDU, W: nameplate VA × power factor × derating (POWER.md §1). */
export function pduUsableW(pdu: Pdu, podDerating: number, powerFactor = 1): number {
  return pduUsableVa(pdu, podDerating) * powerFactor;
}

/** Usable continuous apparent power of a PDU, VA: nameplate √3·V·I (or V·I) × derating. */
export const pduUsableVa = (pdu: Pdu, podDerating: number): number =>
  circuitVa(pdu.voltageV, pdu.inputAmps, pdu.phases) * (pdu.deratingFraction ?? podDerating);

interface Source {
  readonly feed: FeedSide;
  /** VA for PDUs, DC W for power shelves. */
  readonly usable: number;
  readonly describe: string;
}

interface Pool {
  readonly kind: 'AC' | 'busbar';
  readonly sources: Source[];
  loadMaxW: number;
  loadTypicalW: number;
  /** VA for AC, = W for the DC busbar. */
  loadMax: number;
}

/** How the checks word capacities: kVA with the kW beside it when PF ≠ 1 (AC), plain kW (busbar, or PF 1). */
interface Wording {
  readonly noun: string;
  readonly cap: (usable: number) => string;
  readonly short: (amount: number) => string;
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

function wording(pool: Pool, pf: number): Wording {
  if (pool.kind === 'busbar' || (pf === 1 && pool.loadMax === pool.loadMaxW))
    return { noun: pool.kind === 'AC' ? 'PDUs' : 'power shelves', cap: fmtKw, short: fmtKw };
  return {
    noun: 'PDUs',
    cap: (va) => `${fmtKva(va)} (${fmtKw(va * pf)} at PF ${pf})`,
    short: fmtKva,
  };
}

/** Rack-level power checks; returns the rack's power figures. */
export function checkRackPower(scope: RackScope, out: Diagnostic[]): RackPowerFigures {
  const { rack, limits } = scope;
  const rackT = target('rack', rack.id);
  const pf = podPowerFactor(limits);
  const scheme: RackPowerScheme = rack.powerScheme ?? '2N';
  const ac: Pool = { kind: 'AC', sources: [], loadMaxW: 0, loadTypicalW: 0, loadMax: 0 };
  const busbar: Pool = { kind: 'busbar', sources: [], loadMaxW: 0, loadTypicalW: 0, loadMax: 0 };
  const outletDemand = { C13: 0, C19: 0 };
  const outletSupply: Record<FeedSide, { C13: number; C19: number }> = {
    A: { C13: 0, C19: 0 },
    B: { C13: 0, C19: 0 },
  };
  const phasePdus: PhasePdu[] = [];
  /** Each PDU's outlets, in the order the PDUs are met (the circuits of an N+1 rack, numbered from 1). */
  const circuits: Circuit[] = [];
  const cordLoads: CordLoad[] = [];
  let shelfOutputW = 0;
  let shelfInputW = 0;
  let maxW = 0;
  let typicalW = 0;
  let ownPfExtraVa = 0;

  const addPdu = (pdu: Pdu, feed: FeedSide, id: string, label: string) => {
    ac.sources.push({
      feed,
      usable: pduUsableVa(pdu, limits.deratingFraction),
      describe: pduDescribe(pdu, limits.deratingFraction),
    });
    phasePdus.push({ id, label, feed, pdu, derating: pdu.deratingFraction ?? limits.deratingFraction });
    const outlets = { C13: 0, C19: 0 };
    for (const o of pdu.outlets)
      if (o.type === 'C13' || o.type === 'C19') {
        outletSupply[feed][o.type] += o.count;
        outlets[o.type] += o.count;
      }
    circuits.push({ id, label, outlets });
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
      if (item.kind === 'pdu') addPdu(item, feed ?? 'A', placement.id, placement.name ?? placement.id);
      else {
        busbar.sources.push({ feed: feed ?? 'A', usable: item.outputW, describe: shelfDescribe(item) });
        shelfOutputW += item.outputW;
        shelfInputW += item.outputW / (item.efficiency ?? 1);
      }
      continue;
    }
    const load = deviceLoad(item, placement.id, scope.extraW);
    if (load.maxW === 0 && load.typicalW === 0) continue;
    const pool = load.busbar ? busbar : ac;
    const itemPf = load.busbar ? 1 : itemPowerFactor(item, pf, placement);
    pool.loadMaxW += load.maxW;
    pool.loadTypicalW += load.typicalW;
    pool.loadMax += load.maxW / itemPf;
    if (!load.busbar && itemPf !== pf) ownPfExtraVa += load.maxW / itemPf - load.maxW / pf;
    maxW += load.maxW;
    typicalW += load.typicalW;
    const gear = item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount';
    if (!load.busbar)
      cordLoads.push({ maxW: load.maxW, powerFactor: itemPf, cords: gear ? item.power.psuCount : 1 });
    if (gear) {
      if (item.power.inlet === 'C20') outletDemand.C19 += item.power.psuCount;
      else if (item.power.inlet === 'C14') outletDemand.C13 += item.power.psuCount;
    }
  }
  for (const { placement, item } of scope.sideItems) {
    if (item.kind === 'pdu') addPdu(item, placement.feed, placement.id, placement.name ?? placement.id);
  }

  const usableByFeed: Record<FeedSide, number> = { A: 0, B: 0 };
  for (const pool of [ac, busbar])
    for (const s of pool.sources) usableByFeed[s.feed] += pool.kind === 'AC' ? s.usable * pf : s.usable;

  const acOverloaded = checkPool(ac, scope, scheme, pf, out);
  checkPool(busbar, scope, scheme, pf, out);
  if (scheme === 'N+1') checkCircuitOutlets(outletDemand, circuits, scope, out);
  else checkOutlets(outletDemand, outletSupply, ac, scope, out);
  const bothFeeds = ac.sources.some((s) => s.feed === 'A') && ac.sources.some((s) => s.feed === 'B');
  const splitCords = scheme === '2N' && bothFeeds;
  const pdus = phaseLoads(phasePdus, cordLoads, scheme, splitCords ? 2 : 1);
  checkPhases(pdus, scope, scheme, bothFeeds, acOverloaded, out);
  const ups = checkRackUps(scope, ac.loadMaxW, ac.loadMax, busbar.loadMaxW, out);

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
    scheme === 'N+1'
      ? nPlusOneSurvivingW(ac, pf) + nPlusOneSurvivingW(busbar, 1)
      : fed.length === 2
        ? Math.min(usableByFeed.A, usableByFeed.B)
        : usableByFeed[fed[0] ?? 'A'];
  // Shelves share the busbar load in proportion to their rating, so the mean efficiency is output over input.
  const shelfEfficiency = shelfInputW > 0 ? shelfOutputW / shelfInputW : 1;
  const shelfLossW = busbar.loadMaxW / shelfEfficiency - busbar.loadMaxW;
  const upsLossW = ups?.lossW ?? 0;
  return {
    maxW,
    typicalW,
    usableByFeed,
    usablePerFeedW,
    acLoadVa: ac.loadMax,
    ownPfExtraVa,
    shelfLossW,
    upsLossW,
    inputW: maxW + shelfLossW + upsLossW,
    scheme,
    pdus,
    ups,
  };
}

/** W a pool still delivers with its largest circuit lost (N+1); a lone circuit counts whole. */
function nPlusOneSurvivingW(pool: Pool, pf: number): number {
  const total = pool.sources.reduce((sum, s) => sum + s.usable, 0);
  if (pool.sources.length < 2) return total * pf;
  return (total - Math.max(...pool.sources.map((s) => s.usable))) * pf;
}

/** Checks one pool; true when its load does not fit the design case (so phase checks need not repeat it). */
function checkPool(
  pool: Pool,
  scope: RackScope,
  scheme: RackPowerScheme,
  pf: number,
  out: Diagnostic[],
): boolean {
  const { rack } = scope;
  const rackT = target('rack', rack.id);
  const w = wording(pool, pf);
  if (pool.loadMaxW <= 0) return false;
  const load = `${pool.kind === 'AC' ? fmtKwKva(pool.loadMaxW, pool.loadMax) : fmtKw(pool.loadMaxW)} at max draw (${fmtKw(pool.loadTypicalW)} typical)${pool.kind === 'busbar' ? ' on the busbar' : ''}`;
  if (pool.sources.length === 0) {
    out.push(
      diagnostic(
        'error',
        pool.kind === 'AC' ? 'power.noPdu' : 'power.noPowerShelf',
        `${rackLabel(rack)}: ${load}, but the rack has no ${w.noun} to feed it.`,
        [rackT],
      ),
    );
    return true;
  }
  if (scheme === 'N+1') return checkNPlusOne(pool, load, w, scope, out);
  const bySide: Record<FeedSide, Source[]> = { A: [], B: [] };
  for (const s of pool.sources) bySide[s.feed].push(s);
  const cap = (f: FeedSide) => bySide[f].reduce((sum, s) => sum + s.usable, 0);
  const present = FEEDS.filter((f) => bySide[f].length > 0);
  let overloaded = false;
  if (present.length === 2) {
    for (const f of FEEDS) {
      const c = cap(f);
      if (pool.loadMax > c) {
        overloaded = true;
        out.push(
          diagnostic(
            'error',
            'power.feedOverload',
            `${rackLabel(rack)}: ${load}; its ${f}-side ${describeSources(bySide[f], w.noun)} give ${w.cap(c)} usable. With feed ${other(f)} lost, feed ${f} alone is ${w.short(pool.loadMax - c)} short.`,
            [rackT],
          ),
        );
      }
    }
    return overloaded;
  }
  const f = present[0] ?? 'A';
  const c = cap(f);
  if (pool.loadMax > c) {
    overloaded = true;
    out.push(
      diagnostic(
        'error',
        'power.overload',
        `${rackLabel(rack)}: ${load}; its ${describeSources(bySide[f], w.noun)}, all on feed ${f}, give ${w.cap(c)} usable: ${w.short(pool.loadMax - c)} short.`,
        [rackT],
      ),
    );
  }
  out.push(
    diagnostic(
      'warning',
      'power.singleFeed',
      `${rackLabel(rack)}: all ${w.noun} are on feed ${f}; losing that feed stops the rack (no A/B redundancy).`,
      [rackT],
    ),
  );
  return overloaded;
}

/** N+1: the load must fit with any one circuit lost, i.e. on all sources but the largest. */
function checkNPlusOne(pool: Pool, load: string, w: Wording, scope: RackScope, out: Diagnostic[]): boolean {
  const rackT = target('rack', scope.rack.id);
  const n = pool.sources.length;
  const total = pool.sources.reduce((sum, s) => sum + s.usable, 0);
  const largest = Math.max(...pool.sources.map((s) => s.usable));
  if (n < 2) {
    out.push(
      diagnostic(
        'warning',
        'power.nPlusOneTooFew',
        `${rackLabel(scope.rack)}: planned N+1 but has 1 of its ${w.noun}; losing that circuit stops the rack. Add circuits (3 or 4 are usual) or plan it 2N.`,
        [rackT],
      ),
    );
  }
  const survivors = n < 2 ? total : total - largest;
  if (pool.loadMax <= survivors) return false;
  const lost =
    n < 2
      ? ''
      : ` With any one circuit lost (the largest gives ${w.cap(largest)}), the other ${n - 1} give ${w.cap(survivors)}:`;
  out.push(
    diagnostic(
      'error',
      'power.nPlusOneOverload',
      `${rackLabel(scope.rack)}: ${load}; its ${describeSources(pool.sources, w.noun)} give ${w.cap(total)} usable in all.${lost} ${w.short(pool.loadMax - survivors)} short.`,
      [rackT],
    ),
  );
  return true;
}

const fmtAmps = (a: number): string => `${a.toFixed(1)} A`;
const phaseList = (amps: readonly number[]): string =>
  amps.map((a, i) => `L${i + 1} ${fmtAmps(a)}`).join(', ');

/** Each PDU's hottest phase against its per-phase limit, and imbalance above the pod's threshold. */
function checkPhases(
  pdus: readonly PduPhaseFigures[],
  scope: RackScope,
  scheme: RackPowerScheme,
  bothFeeds: boolean,
  poolOverloaded: boolean,
  out: Diagnostic[],
): void {
  const rackT = target('rack', scope.rack.id);
  const threshold = scope.limits.phaseImbalanceMaxPct;
  for (const p of pdus) {
    const hot = Math.max(...p.amps);
    const hotPhase = p.amps.indexOf(hot) + 1;
    const when =
      scheme === 'N+1' && pdus.length > 1
        ? 'with the worst one circuit lost'
        : bothFeeds
          ? `with feed ${other(p.feed)} lost`
          : 'with every source up';
    const targets = [target('device', p.id), rackT];
    if (!poolOverloaded && hot > p.limitA * (1 + 1e-9)) {
      out.push(
        diagnostic(
          'error',
          'power.phaseOverload',
          `${rackLabel(scope.rack)}: PDU '${p.label}' phase L${hotPhase} carries ${fmtAmps(hot)} at max draw ${when}, over its ${fmtAmps(p.limitA)} per-phase limit (${phaseList(p.amps)}).`,
          targets,
        ),
      );
    }
    const worst = p.imbalance;
    if (threshold === undefined || worst === null || worst.fraction * 100 <= threshold) continue;
    const hotCase = worst.amps.indexOf(Math.max(...worst.amps)) + 1;
    out.push(
      diagnostic(
        'warning',
        'power.phaseImbalance',
        `${rackLabel(scope.rack)}: PDU '${p.label}' phases are ${Math.round(worst.fraction * 100)}% out of balance at max draw ${caseWords(worst.lost, pdus, scheme, p)} (${phaseList(worst.amps)}; limit ${fmtAmps(p.limitA)} per phase, imbalance warned above ${threshold}%). Move loads from L${hotCase} to the lighter phases.`,
        targets,
      ),
    );
  }
}

/** The failure case a PDU's phases were judged in, in words: a lost circuit of an N+1 rack, a lost feed, or none. */
function caseWords(
  lost: readonly string[],
  pdus: readonly PduPhaseFigures[],
  scheme: RackPowerScheme,
  p: PduPhaseFigures,
): string {
  if (lost.length === 0) return 'with every source up';
  if (scheme === 'N+1') {
    const i = pdus.findIndex((q) => q.id === lost[0]);
    return `with circuit ${i + 1} of ${pdus.length} (PDU '${pdus[i]?.label}') lost`;
  }
  return `with feed ${other(p.feed)} lost`;
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

/** A PDU's C13 and C19 outlets, for the per-circuit outlet check of an N+1 rack. */
interface Circuit {
  readonly id: string;
  readonly label: string;
  readonly outlets: { readonly C13: number; readonly C19: number };
}

/**
 * N+1 outlets: the cords spread evenly over the circuits, so each circuit must take its share, the rack's cords over
 * the number of circuits rounded up (as each feed takes half of them in 2N). Names each circuit that cannot.
 */
function checkCircuitOutlets(
  demand: { C13: number; C19: number },
  circuits: readonly Circuit[],
  scope: RackScope,
  out: Diagnostic[],
): void {
  const n = circuits.length;
  if (n === 0) return;
  const needC19 = Math.ceil(demand.C19 / n);
  const needC13 = Math.ceil(demand.C13 / n);
  circuits.forEach((c, i) => {
    const { C13, C19 } = c.outlets;
    const spareC19 = Math.max(0, C19 - needC19);
    if (needC19 <= C19 && needC13 <= C13 + spareC19) return;
    out.push(
      diagnostic(
        'warning',
        'power.outletShortage',
        `${rackLabel(scope.rack)}: circuit ${i + 1} of ${n} (PDU '${c.label}') needs ${needC19} C19 and ${needC13} C13 outlets, its share of the rack's ${demand.C19} C19 and ${demand.C13} C13 cords spread over ${n} circuits; it has ${C19} C19 and ${C13} C13.`,
        [target('device', c.id), target('rack', scope.rack.id)],
      ),
    );
  });
}

export interface PodBatteryInput {
  /** IT max draw plus the cooling equipment's own draw, W. */
  readonly loadW: number;
  readonly batteryKwh: number;
  readonly batteryKw: number;
}

/** Battery ride-through as information, and a warning when the batteries cannot deliver the pod's max draw. */
export function checkPodBatteries(input: PodBatteryInput, out: Diagnostic[]): void {
  const total = input.loadW;
  const pod = [target('pod', 'pod')];
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
