/**
 * A device's system-level draw from its NetBox power ports. `maximum_draw` is per PSU (per inlet), and summing
 * redundant supplies double-counts (README §5.2), so:
 *
 * - 1 PSU: the system max is its rating (`1+0`).
 * - An even count: N+N (A/B feeds, each half able to carry the load): max = the sum of the n/2 largest ratings,
 *   i.e. one PSU's rating × n/2 when all are equal (R640 2 × 750 W → 1+1 → 750 W; AS-8125GS 6 × 3,000 W → 3+3 →
 *   9,000 W).
 * - An odd count above 1: N+1: max = the sum of the n−1 largest ratings (3 × 750 W → 2+1 → 1,500 W).
 * - Ports without a rating beside rated ones are taken at the largest stated rating (PSUs of a device are alike).
 *
 * `allocated_draw` follows the same rule and becomes the typical draw (the library fills it per inlet with the
 * system's typical figure, e.g. 2 × 192 W on the Arista 7050QX-32S), capped at the max.
 */
import type { NbPowerPort } from './deviceType';
import { fmtW } from './findings';

export interface SystemPower {
  readonly psuCount: number;
  /** `1+0`, `1+1`, `3+3`, `2+1`; `none` without power ports. */
  readonly redundancy: string;
  /** PSUs the rule counts as carrying the load. */
  readonly activePsus: number;
  /** Largest per-PSU rating, W; null when no port has one. */
  readonly psuRatingW: number | null;
  /** System max, W; null when no port has a `maximum_draw`. */
  readonly maxW: number | null;
  /** System typical, W; null when no port has an `allocated_draw`. */
  readonly typicalW: number | null;
  /** How `maxW` was computed, for `inferred`. */
  readonly maxHow: string | null;
  readonly typicalHow: string | null;
  /** Oddities worth a note: unequal ratings, unrated ports filled in. */
  readonly notes: readonly string[];
}

/** Redundancy split of n PSUs: [active, spare]. */
export function redundancySplit(n: number): readonly [number, number] {
  if (n <= 1) return [n, 0];
  return n % 2 === 0 ? [n / 2, n / 2] : [n - 1, 1];
}

export function systemPower(ports: readonly NbPowerPort[]): SystemPower {
  const n = ports.length;
  const [active, spare] = redundancySplit(n);
  const redundancy = n === 0 ? 'none' : `${active}+${spare}`;
  const notes: string[] = [];
  const maxRule = applyRule(
    ports.map((p) => p.maximumDraw),
    active,
    redundancy,
    'maximum_draw',
    notes,
  );
  const typRule = applyRule(
    ports.map((p) => p.allocatedDraw),
    active,
    redundancy,
    'allocated_draw',
    notes,
  );
  let typicalW = typRule?.total ?? null;
  let typicalHow = typRule?.how ?? null;
  if (typicalW !== null && maxRule !== null && typicalW > maxRule.total) {
    typicalHow = `${typicalHow}; capped at the ${fmtW(maxRule.total)} max`;
    typicalW = maxRule.total;
  }
  return {
    psuCount: n,
    redundancy,
    activePsus: active,
    psuRatingW: maxRule?.largest ?? null,
    maxW: maxRule?.total ?? null,
    typicalW,
    maxHow: maxRule?.how ?? null,
    typicalHow,
    notes,
  };
}

function applyRule(
  values: readonly (number | null)[],
  active: number,
  redundancy: string,
  field: string,
  notes: string[],
): { total: number; largest: number; how: string } | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  const largest = Math.max(...known);
  const unrated = values.length - known.length;
  if (unrated > 0)
    notes.push(`${unrated} of ${values.length} power ports have no ${field}; taken at ${fmtW(largest)}`);
  const filled = values.map((v) => v ?? largest).sort((a, b) => b - a);
  const total = filled.slice(0, active).reduce((s, v) => s + v, 0);
  const allEqual = filled.every((v) => v === filled[0]);
  if (!allEqual)
    notes.push(`unequal ${field} per PSU (${filled.map(fmtW).join(', ')}): the largest count as active`);
  const list = allEqual ? `${filled.length} × ${fmtW(largest)}` : filled.map(fmtW).join(' + ');
  const how =
    filled.length === 1
      ? `1 PSU ${field} ${fmtW(total)}`
      : `${filled.length} PSUs ${list} ${field} in ${redundancy} → ${fmtW(total)}`;
  return { total, largest, how };
}
