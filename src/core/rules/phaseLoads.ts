/**
 * Per-phase loads of a rack's PDUs. Each device's PSU cords are spread over the PDUs' phases, heaviest device first,
 * each cord to the phase with the most headroom left (a balanced build); a cord carries the device's max draw over
 * its cords. For the design case every failure group is taken away in turn (a feed in 2N, one circuit in N+1) and
 * the surviving cords of each device share its whole load; a phase's figure is its worst case over those losses.
 * Imbalance is judged within one case at a time (the amps of one PDU with one group lost), never from the worst
 * amps of each phase taken from different cases, which would pair L1 of one failure with L3 of another.
 *
 * Per-phase current = VA on the phase / phase voltage: V_LL / √3 for a three-phase (wye) PDU, V for single-phase
 * (POWER.md §1 "Phases"). The per-phase limit is the input rating × derating, so a balanced load reaches every
 * phase's limit exactly when it reaches the PDU's total √3·V·I × derating.
 */
import type { Pdu } from '../model/catalog';
import type { FeedSide, RackPowerScheme } from '../model/layout';
import { SQRT3 } from '../model/units';

/** A PDU in a rack, as the phase model sees it. */
export interface PhasePdu {
  readonly id: string;
  readonly label: string;
  readonly feed: FeedSide;
  readonly pdu: Pdu;
  readonly derating: number;
}

/** A device's AC load: max draw, power factor and PSU cord count. */
export interface CordLoad {
  readonly maxW: number;
  readonly powerFactor: number;
  readonly cords: number;
}

export interface PduPhaseFigures {
  readonly id: string;
  readonly label: string;
  readonly feed: FeedSide;
  /** 1 or 3. */
  readonly phases: number;
  /** Phase voltage, V (line-to-neutral for three-phase). */
  readonly phaseV: number;
  /** Per-phase current limit after derating, A. */
  readonly limitA: number;
  /** Worst-case current on each phase (L1, L2, L3) at max draw with one failure group lost, A. */
  readonly amps: readonly number[];
  /** Current on each phase at max draw with every source up, A. */
  readonly normalAmps: readonly number[];
  /**
   * The design case in which this PDU's phases are most out of balance, among those in which its hottest phase
   * carries at least `IMBALANCE_MIN_LOADING` of its limit; null for a single-phase PDU or when no case loads it so.
   */
  readonly imbalance: PhaseImbalance | null;
}

/** One PDU's phases in one design case. */
export interface PhaseImbalance {
  /** Largest deviation from the mean phase current over the mean (`imbalanceFraction`). */
  readonly fraction: number;
  /** Current on each phase in that case, A. */
  readonly amps: readonly number[];
  /** Ids of the PDUs lost in that case (one circuit in N+1, a feed's PDUs in 2N); empty with every source up. */
  readonly lost: readonly string[];
}

/** Share of a phase's limit below which imbalance is not judged (the hottest phase has ample headroom). */
export const IMBALANCE_MIN_LOADING = 0.5;

/** Phase voltage of a PDU's input, V. */
export const phaseVolts = (pdu: Pdu): number => (pdu.phases === 3 ? pdu.voltageV / SQRT3 : pdu.voltageV);

/**
 * Per-phase figures of each PDU. `scheme` and the PDUs' feeds decide the failure groups: 2N with both feeds present
 * loses one feed's PDUs; N+1 loses any one PDU; a single feed loses nothing (no redundancy to plan for). `minCords`
 * raises each load's cord count (2 when the cords are split over A and B).
 *
 * Runs once per rack evaluation, so it works on flat typed arrays (one allocation per table, not per cord).
 */
export function phaseLoads(
  pdus: readonly PhasePdu[],
  loads: readonly CordLoad[],
  scheme: RackPowerScheme,
  minCords = 1,
): PduPhaseFigures[] {
  if (pdus.length === 0) return [];
  let slotCount = 0;
  for (const p of pdus) slotCount += p.pdu.phases;
  const slotPdu = zeros(slotCount);
  const slotLimitA = zeros(slotCount);
  const slotPhaseV = zeros(slotCount);
  const slotVa = zeros(slotCount);
  let at = 0;
  pdus.forEach((p, i) => {
    const limitA = p.pdu.inputAmps * p.derating;
    const phaseV = phaseVolts(p.pdu);
    for (let k = 0; k < p.pdu.phases; k++, at++) {
      slotPdu[at] = i;
      slotLimitA[at] = limitA;
      slotPhaseV[at] = phaseV;
    }
  });
  const slots: Slots = { pdu: slotPdu, limitA: slotLimitA, phaseV: slotPhaseV, va: slotVa };
  const feedOfPdu = pdus.map((p) => p.feed);
  const bothFeeds = feedOfPdu.includes('A') && feedOfPdu.includes('B');
  const split = scheme === '2N' && bothFeeds;
  const groups: (readonly number[])[] =
    scheme === 'N+1' && pdus.length > 1
      ? pdus.map((_, i) => [i])
      : split
        ? (['A', 'B'] as const).map((f) => pdus.flatMap((p, i) => (p.feed === f ? [i] : [])))
        : [];

  // Assign cords, heaviest device first (placement order among equals), each cord to the emptiest slot: the
  // longest-processing-time rule, which keeps phases within one cord of each other.
  const n = loads.length;
  const cordsOf = zeros(n);
  const perCordVa = zeros(n);
  const firstCord = zeros(n + 1);
  const order: number[] = new Array<number>(n);
  for (let d = 0; d < n; d++) {
    const load = loads[d] as CordLoad;
    const cords = Math.max(minCords, load.cords);
    cordsOf[d] = Math.max(1, cords);
    perCordVa[d] = load.maxW / load.powerFactor / Math.max(1, cords);
    firstCord[d + 1] = (firstCord[d] as number) + (cordsOf[d] as number);
    order[d] = d;
  }
  order.sort((a, b) => (perCordVa[b] as number) - (perCordVa[a] as number) || a - b);
  const cordSlot = zeros(firstCord[n] as number);
  // Each slot's loading (VA / phase V / limit A), kept current as cords land, and the slots each side may take.
  const loading = zeros(slotCount);
  for (let i = 0; i < slotCount; i++) loading[i] = 0 / (slotPhaseV[i] as number) / (slotLimitA[i] as number);
  const everySlot = slotsWhere(slotCount, () => true);
  const sideSlots = split
    ? ([0, 1] as const).map((k) => {
        const onSide = slotsWhere(
          slotCount,
          (i) => feedOfPdu[slotPdu[i] as number] === (k === 0 ? 'A' : 'B'),
        );
        return onSide.length > 0 ? onSide : everySlot;
      })
    : [everySlot, everySlot];
  const land = (s: number, cordVa: number) => {
    slotVa[s] = (slotVa[s] as number) + cordVa;
    loading[s] = (slotVa[s] as number) / (slotPhaseV[s] as number) / (slotLimitA[s] as number);
  };
  const aligned = scheme === 'N+1' && pdus.length > 1 ? phaseRows(pdus) : null;
  for (const d of order) {
    const cordVa = perCordVa[d] as number;
    const first = firstCord[d] as number;
    const cords = cordsOf[d] as number;
    const chosen = aligned && alignedSlots(aligned, loading, cords, cordVa, slotPhaseV, slotLimitA);
    for (let c = 0; c < cords; c++) {
      // N+1: the cords on one phase of different circuits. With the cords split over A and B (2N), even cords go
      // to feed A and odd ones to feed B. Otherwise each to the emptiest slot.
      let s = chosen
        ? (chosen[c % chosen.length] as number)
        : emptiestSlot(loading, sideSlots[c % 2] as number[]);
      if (s < 0) s = Math.max(0, emptiestSlot(loading, everySlot));
      cordSlot[first + c] = s;
      land(s, cordVa);
    }
  }

  const normal = new Array<number>(slotCount);
  for (let i = 0; i < slotCount; i++) normal[i] = (slotVa[i] as number) / (slotPhaseV[i] as number);
  const cases =
    groups.length === 0
      ? { worst: normal, imbalance: caseImbalance(slots, pdus, normal, [], emptyImbalances(pdus.length)) }
      : designCases(slots, pdus, loads, firstCord, cordSlot, groups);
  const worst = cases.worst;

  at = 0;
  return pdus.map((p, i) => {
    const phases = p.pdu.phases;
    const figures: PduPhaseFigures = {
      id: p.id,
      label: p.label,
      feed: p.feed,
      phases,
      phaseV: slotPhaseV[at] as number,
      limitA: slotLimitA[at] as number,
      amps: worst.slice(at, at + phases),
      normalAmps: normal.slice(at, at + phases),
      imbalance: cases.imbalance[i] ?? null,
    };
    at += phases;
    return figures;
  });
}

/** The phases of a rack's PDUs as parallel arrays, one entry per phase ("slot"). */
interface Slots {
  /** Index of the slot's PDU. */
  readonly pdu: number[];
  /** Per-phase current limit after derating, A. */
  readonly limitA: number[];
  /** Phase voltage, V. */
  readonly phaseV: number[];
  /** Normal-case VA assigned so far (drives the balancing). */
  readonly va: number[];
}

/** A table of `n` zeros (plain arrays: cheaper to make than typed arrays at these sizes, a few dozen entries). */
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** Indexes of the slots that pass `keep`, in order. */
function slotsWhere(count: number, keep: (slot: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (keep(i)) out.push(i);
  return out;
}

/** Of the `candidates`, the slot with the lowest loading; the first one on a tie; −1 when none compares. */
function emptiestSlot(loading: number[], candidates: number[]): number {
  let best = -1;
  let bestLoading = Number.POSITIVE_INFINITY;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    const l = loading[i] as number;
    if (l < bestLoading) {
      best = i;
      bestLoading = l;
    }
  }
  return best;
}

/** For each phase index (L1, L2, L3), the slots of the PDUs that have that phase, in PDU order. */
function phaseRows(pdus: readonly PhasePdu[]): number[][] {
  const rows: number[][] = [[], [], []];
  let at = 0;
  for (const p of pdus) {
    for (let k = 0; k < p.pdu.phases; k++) rows[k]?.push(at + k);
    at += p.pdu.phases;
  }
  return rows.filter((r) => r.length > 0);
}

/**
 * N+1 cords: a device's cords go to one phase (L1, L2 or L3) of different circuits, so that when a circuit is lost
 * its share moves to the same phase of the others and their phases stay as balanced as before (the usual practice
 * of matching phases across redundant feeds). The phase is the one whose least-loaded circuits end lowest after
 * taking the cords; within it, the least-loaded circuits, as many as there are cords (cords beyond the number of
 * circuits wrap round). Returns the slots, least loaded first.
 */
function alignedSlots(
  rows: readonly number[][],
  loading: readonly number[],
  cords: number,
  cordVa: number,
  phaseV: readonly number[],
  limitA: readonly number[],
): number[] {
  let best: number[] = [];
  let bestPeak = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const sorted = [...row].sort((a, b) => (loading[a] as number) - (loading[b] as number) || a - b);
    const take = sorted.slice(0, Math.min(cords, sorted.length));
    const perSlot = Math.ceil(cords / take.length);
    let peak = 0;
    for (const s of take)
      peak = Math.max(
        peak,
        (loading[s] as number) + (perSlot * cordVa) / (phaseV[s] as number) / (limitA[s] as number),
      );
    if (peak < bestPeak) {
      best = take;
      bestPeak = peak;
    }
  }
  return best;
}

/** Each slot's highest current over the failure groups, and each PDU's most unbalanced case. */
function designCases(
  slots: Slots,
  pdus: readonly PhasePdu[],
  loads: readonly CordLoad[],
  firstCord: number[],
  cordSlot: number[],
  groups: readonly (readonly number[])[],
): { worst: number[]; imbalance: (PhaseImbalance | null)[] } {
  const slotCount = slots.va.length;
  const worst = new Array<number>(slotCount).fill(0);
  const imbalance = emptyImbalances(pdus.length);
  const va = zeros(slotCount);
  const amps = zeros(slotCount);
  const lostPdu = zeros(pdus.length);
  for (const lost of groups) {
    va.fill(0);
    lostPdu.fill(0);
    for (const p of lost) lostPdu[p] = 1;
    for (let d = 0; d < loads.length; d++) {
      const load = loads[d] as CordLoad;
      const from = firstCord[d] as number;
      const to = firstCord[d + 1] as number;
      let surviving = 0;
      for (let c = from; c < to; c++) if (!lostPdu[slots.pdu[cordSlot[c] as number] as number]) surviving++;
      if (surviving === 0) continue; // the device goes down with the lost group
      const perCordVa = load.maxW / load.powerFactor / surviving;
      for (let c = from; c < to; c++) {
        const s = cordSlot[c] as number;
        if (!lostPdu[slots.pdu[s] as number]) va[s] = (va[s] as number) + perCordVa;
      }
    }
    for (let i = 0; i < slotCount; i++) {
      amps[i] = (va[i] as number) / (slots.phaseV[i] as number);
      worst[i] = Math.max(worst[i] as number, amps[i] as number);
    }
    caseImbalance(slots, pdus, amps, lost, imbalance, lostPdu);
  }
  return { worst, imbalance };
}

const emptyImbalances = (n: number): (PhaseImbalance | null)[] =>
  new Array<PhaseImbalance | null>(n).fill(null);

/**
 * Judges one case: for each surviving three-phase PDU whose hottest phase carries at least `IMBALANCE_MIN_LOADING`
 * of its limit, keeps the case in `into` when it is more out of balance than the one kept so far. Returns `into`.
 */
function caseImbalance(
  slots: Slots,
  pdus: readonly PhasePdu[],
  amps: readonly number[],
  lost: readonly number[],
  into: (PhaseImbalance | null)[],
  lostPdu?: readonly number[],
): (PhaseImbalance | null)[] {
  let at = 0;
  for (let p = 0; p < pdus.length; p++) {
    const phases = (pdus[p] as PhasePdu).pdu.phases;
    const from = at;
    at += phases;
    if (phases < 3 || lostPdu?.[p]) continue;
    let hot = 0;
    for (let k = from; k < at; k++) hot = Math.max(hot, amps[k] as number);
    if (hot <= 0 || hot < (slots.limitA[from] as number) * IMBALANCE_MIN_LOADING) continue;
    const caseAmps = amps.slice(from, at);
    const fraction = imbalanceFraction(caseAmps);
    const kept = into[p];
    if (kept && kept.fraction >= fraction) continue;
    into[p] = { fraction, amps: caseAmps, lost: lost.map((i) => (pdus[i] as PhasePdu).id) };
  }
  return into;
}

/**
 * Phase imbalance as NEMA MG-1 defines voltage imbalance, applied to currents: the largest deviation from the mean
 * phase current over the mean. 0 for a single-phase PDU or an unloaded one.
 */
export function imbalanceFraction(amps: readonly number[]): number {
  if (amps.length < 2) return 0;
  const mean = amps.reduce((a, b) => a + b, 0) / amps.length;
  if (mean <= 0) return 0;
  return Math.max(...amps.map((a) => Math.abs(a - mean))) / mean;
}
