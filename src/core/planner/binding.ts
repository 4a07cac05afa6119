/**
 * The binding constraint in words and numbers: which pod limit one more unit breaks, what the limit allows, and
 * what figure would fit the whole target.
 */
import type { Diagnostic, Report } from '../model/report';
import type { BindingConstraint } from './types';

const kw = (v: number) => `${Math.ceil(v - 1e-9).toLocaleString('en-US')} kW`;
const kw1 = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} kW`;
const int = (v: number) => v.toLocaleString('en-US');

/** Limits of the site envelope the planner can name, in the order they are reported when several break at once. */
export const POD_LIMIT_CODES = [
  'power.utilityOverload',
  'cooling.facilityWaterOverCapacity',
  'cooling.roomAirOverCapacity',
  'space.floorGrid',
] as const;

/** What the utility feed is held against, kW: IT, losses, cooling equipment and plant (the power chain). */
export const facilityKw = (r: Report): number => r.pod.powerChain.facilityKw;

/** The figure of a report that a pod limit is held against (kW). */
export function needOf(code: string, r: Report): number | undefined {
  switch (code) {
    case 'power.utilityOverload':
      return facilityKw(r);
    case 'cooling.facilityWaterOverCapacity':
      return r.pod.liquidHeatKw + r.pod.airHeatToWaterKw;
    case 'cooling.roomAirOverCapacity':
      return r.pod.roomAirHeatKw;
    default:
      return undefined;
  }
}

export interface BindingInput {
  readonly unitName: string;
  readonly gpusPerUnit: number;
  /** Max draw of one unit, kW. */
  readonly unitKw: number;
  /** Units planned (the most that fit) and units wanted (undefined when filling the envelope). */
  readonly units: number;
  readonly wanted: number | undefined;
  /** The report of the plan, and of one more unit. */
  readonly planned: Report | undefined;
  /** The errors one more unit raises, or the build failure in words. */
  readonly oneMore: { readonly errors: readonly Diagnostic[] } | { readonly failure: string };
  /** The report of the whole target built with open limits, when there is one. */
  readonly whole: Report | undefined;
  /** Floor rows the whole target needs, when the floor grid binds. */
  readonly wholeRows?: number;
  readonly limits: { utilityFeedKw: number; facilityWaterKw: number; roomAirKw: number };
  readonly floor: { rows: number; positionsPerRow: number };
}

/** Names the binding limit from what one more unit breaks. */
export function bindingConstraint(b: BindingInput): BindingConstraint {
  const head =
    b.wanted !== undefined
      ? `${int(b.units * b.gpusPerUnit)} of ${int(b.wanted * b.gpusPerUnit)} GPUs`
      : `${int(b.units * b.gpusPerUnit)} GPUs fill the envelope`;
  const units = `${int(b.units)} ${b.unitName}`;
  if ('failure' in b.oneMore && !/floor grid|free floor position/.test(b.oneMore.failure)) {
    // Not the floor: a network the planner cannot size for one more unit (its message names the network).
    const failure = b.oneMore.failure;
    const network = /^([^:]+):/.exec(failure)?.[1] ?? 'a network';
    return {
      code: 'network.sizing',
      limit: `the ${network.toLowerCase()} fabric`,
      text: `${head}: the ${network.toLowerCase()} fabric cannot be sized for one more ${b.unitName} with the chosen switch (${failure}); choose a switch with more ports for it, or leave it out of the plan.`,
      evidence: failure,
    };
  }
  if ('failure' in b.oneMore) {
    const rows = b.wholeRows;
    const all =
      b.wanted !== undefined && rows !== undefined ? `; ${int(rows)} rows fit all ${int(b.wanted)}` : '';
    return {
      code: 'space.floorGrid',
      limit: 'the floor grid',
      text: `${head}: the floor grid (${b.floor.rows} rows × ${b.floor.positionsPerRow} positions) holds ${units} with their network racks and floor units; one more does not fit (${b.oneMore.failure})${all}.`,
      evidence: b.oneMore.failure,
    };
  }
  const errors = b.oneMore.errors;
  const first =
    POD_LIMIT_CODES.map((c) => errors.find((d) => d.code === c)).find((d) => d !== undefined) ?? errors[0];
  const evidence = first?.message ?? 'no error (the target fits)';
  const code = first?.code ?? 'none';
  const need = b.whole ? needOf(code, b.whole) : undefined;
  const all = (what: string) =>
    b.wanted !== undefined && need !== undefined ? `; ${what} of ${kw(need)} fits all ${int(b.wanted)}` : '';
  const p = b.planned?.pod;
  switch (code) {
    case 'power.utilityOverload': {
      const beside = b.planned ? facilityKw(b.planned) - b.units * b.unitKw : 0;
      return {
        code,
        limit: 'the utility feed',
        text: `${head}: the utility feed (${kw(b.limits.utilityFeedKw)}) allows ${units} at ${kw1(b.unitKw)} max beside ${kw1(beside)} of cooling and network draw${all('a feed')}, or cap the servers.`,
        evidence,
      };
    }
    case 'cooling.facilityWaterOverCapacity':
      return {
        code,
        limit: 'the facility water loop',
        text: `${head}: the facility water loop (${kw(b.limits.facilityWaterKw)}) takes the heat of ${units} (${kw1(p ? p.liquidHeatKw + p.airHeatToWaterKw : 0)} to water)${all('a loop')}.`,
        evidence,
      };
    case 'cooling.roomAirOverCapacity':
      return {
        code,
        limit: 'the room air cooling',
        text: `${head}: the room air cooling (${kw(b.limits.roomAirKw)}) takes the air heat of ${units} (${kw1(p?.roomAirHeatKw ?? 0)} to the room)${all('room cooling')}.`,
        evidence,
      };
    default:
      return {
        code,
        limit: code,
        text: `${head}: one more ${b.unitName} raises ${code}: ${evidence}`,
        evidence,
      };
  }
}
