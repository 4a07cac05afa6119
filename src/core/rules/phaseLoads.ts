/**
 * Per-phase loads of a rack's PDUs. Each device's PSU cords are spread over the PDUs' phases, heaviest device first,
 * each cord to the phase with the most headroom left (a balanced build); a cord carries the device's max draw over
 * its cords. For the design case every failure group is taken away in turn (a feed in 2N, one circuit in N+1) and
 * the surviving cords of each device share its whole load; a phase's figure is its worst case over those losses.
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
}

interface Slot {
  readonly pdu: number;
  readonly limitA: number;
  readonly phaseV: number;
  /** Normal-case VA assigned so far (drives the balancing). */
  va: number;
}

/** VA one cord of a load carries with all cords up. */
const cordVa = (load: CordLoad | undefined): number =>
  load ? load.maxW / load.powerFactor / Math.max(1, load.cords) : 0;

/** Phase voltage of a PDU's input, V. */
export const phaseVolts = (pdu: Pdu): number => (pdu.phases === 3 ? pdu.voltageV / SQRT3 : pdu.voltageV);

/**
 * Per-phase figures of each PDU. `scheme` and the PDUs' feeds decide the failure groups: 2N with both feeds present
 * loses one feed's PDUs; N+1 loses any one PDU; a single feed loses nothing (no redundancy to plan for).
 */
export function phaseLoads(
  pdus: readonly PhasePdu[],
  loads: readonly CordLoad[],
  scheme: RackPowerScheme,
): PduPhaseFigures[] {
  if (pdus.length === 0) return [];
  const slots: Slot[] = [];
  pdus.forEach((p, i) => {
    const limitA = p.pdu.inputAmps * p.derating;
    const phaseV = phaseVolts(p.pdu);
    for (let k = 0; k < p.pdu.phases; k++) slots.push({ pdu: i, limitA, phaseV, va: 0 });
  });
  const bothFeeds = pdus.some((p) => p.feed === 'A') && pdus.some((p) => p.feed === 'B');
  const split = scheme === '2N' && bothFeeds;
  const groups: (readonly number[])[] =
    scheme === 'N+1' && pdus.length > 1
      ? pdus.map((_, i) => [i])
      : split
        ? (['A', 'B'] as const).map((f) => pdus.flatMap((p, i) => (p.feed === f ? [i] : [])))
        : [];

  // Assign cords, heaviest device first (placement order among equals), each cord to the emptiest slot: the
  // longest-processing-time rule, which keeps phases within one cord of each other.
  const assigned: number[][] = loads.map(() => []);
  const order = loads.map((_, i) => i).sort((a, b) => cordVa(loads[b]) - cordVa(loads[a]) || a - b);
  for (const d of order) {
    const load = loads[d] as CordLoad;
    const cords = Math.max(1, load.cords);
    const perCordVa = cordVa(load);
    for (let c = 0; c < cords; c++) {
      const side: FeedSide | undefined = split ? (c % 2 === 0 ? 'A' : 'B') : undefined;
      const s = emptiestSlot(slots, pdus, side);
      (assigned[d] as number[]).push(s);
      (slots[s] as Slot).va += perCordVa;
    }
  }

  const normal = slots.map((s) => s.va / s.phaseV);
  const worst = groups.length === 0 ? normal : worstAmps(slots, loads, assigned, groups);

  let at = 0;
  return pdus.map((p) => {
    const n = p.pdu.phases;
    const first = slots[at] as Slot;
    const figures: PduPhaseFigures = {
      id: p.id,
      label: p.label,
      feed: p.feed,
      phases: n,
      phaseV: first.phaseV,
      limitA: first.limitA,
      amps: worst.slice(at, at + n),
      normalAmps: normal.slice(at, at + n),
    };
    at += n;
    return figures;
  });
}

/** The slot (on `side`'s PDUs when given, else any) with the lowest loading; the first one on a tie. */
function emptiestSlot(slots: readonly Slot[], pdus: readonly PhasePdu[], side: FeedSide | undefined): number {
  let best = -1;
  let bestLoading = Number.POSITIVE_INFINITY;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as Slot;
    if (side !== undefined && pdus[s.pdu]?.feed !== side) continue;
    const loading = s.va / s.phaseV / s.limitA;
    if (loading < bestLoading) {
      best = i;
      bestLoading = loading;
    }
  }
  // A side with no PDUs (cannot happen when both feeds are present): fall back to any slot.
  return best >= 0 ? best : emptiestSlot(slots, pdus, undefined);
}

/** Each slot's highest current over the failure groups (slots of the lost group carry nothing then). */
function worstAmps(
  slots: readonly Slot[],
  loads: readonly CordLoad[],
  assigned: readonly (readonly number[])[],
  groups: readonly (readonly number[])[],
): number[] {
  const worst = slots.map(() => 0);
  const va = slots.map(() => 0);
  for (const lost of groups) {
    va.fill(0);
    loads.forEach((load, d) => {
      const cords = assigned[d] ?? [];
      let surviving = 0;
      for (const s of cords) if (!lost.includes((slots[s] as Slot).pdu)) surviving++;
      if (surviving === 0) return; // the device goes down with the lost group
      const perCordVa = load.maxW / load.powerFactor / surviving;
      for (const s of cords) if (!lost.includes((slots[s] as Slot).pdu)) va[s] = (va[s] ?? 0) + perCordVa;
    });
    slots.forEach((s, i) => {
      worst[i] = Math.max(worst[i] ?? 0, (va[i] ?? 0) / s.phaseV);
    });
  }
  return worst;
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
