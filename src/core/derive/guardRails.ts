/**
 * Discount guard rails: the reasons a quote needs approval. A line's effective discount (its own, else its kind's)
 * above its kind's maximum, an overall discount above the maximum, or a margin over cost below the floor. The margin
 * is checked only where every priced base line has a cost (price lists may carry a `unit_cost` column; the BOM's
 * price overrides first, then the layout's imported price list):
 * margin % = (net total − cost) / net total × 100, exact in minor units.
 */
import type { GuardRails } from '../model/quoteDocument';
import type { LineBook } from './bomLines';
import { tryMinor } from './money';

const pct = (x: number) => `${x} %`;

export interface GuardRailResult {
  readonly reasons: string[];
  /** Margin over cost, percent of the net total (2 decimals); null when some line has no cost or the total is 0. */
  readonly marginPct: number | null;
}

/** The cost entry for a SKU: its unit cost in its currency, when the price list gives one. */
export type CostSource = (
  sku: string,
) => { readonly cost?: number | undefined; readonly currency: string } | undefined;

export function checkGuardRails(
  costOf: CostSource,
  rails: GuardRails,
  base: LineBook,
  overallPct: number,
  totalMinor: number,
  currency: string,
): GuardRailResult {
  const reasons: string[] = [];
  if (rails.maxOverallPct !== undefined && overallPct > rails.maxOverallPct)
    reasons.push(`Overall discount ${pct(overallPct)} is above the ${pct(rails.maxOverallPct)} limit.`);
  for (const line of base.lines) {
    const max = rails.maxKindPct?.find((k) => k.kind === line.kind)?.pct;
    if (max !== undefined && line.discountPct > max)
      reasons.push(
        `${line.name} (${line.sku}): ${line.discountFrom} discount ${pct(line.discountPct)} is above the ${pct(max)} limit for ${line.kind}.`,
      );
  }
  const marginPct = margin(costOf, base, totalMinor, currency);
  if (rails.minMarginPct !== undefined && marginPct !== null && marginPct < rails.minMarginPct)
    reasons.push(`Margin ${pct(marginPct)} over cost is below the ${pct(rails.minMarginPct)} floor.`);
  return { reasons, marginPct };
}

function margin(costOf: CostSource, base: LineBook, totalMinor: number, currency: string): number | null {
  let cost = 0n;
  for (const line of base.lines) {
    const c = costOf(line.sku);
    const unit = c?.cost !== undefined && c.currency === currency ? tryMinor(c.cost, currency) : undefined;
    if (unit === undefined) return null;
    cost += BigInt(unit) * BigInt(line.qty);
  }
  if (totalMinor <= 0 || base.lines.length === 0) return null;
  // Basis points of margin, rounded half away from zero, then as a percent with 2 decimals.
  const num = (BigInt(totalMinor) - cost) * 10_000n;
  const den = BigInt(totalMinor);
  const neg = num < 0n;
  const bp = ((neg ? -num : num) * 2n + den) / (2n * den);
  return Number(neg ? -bp : bp) / 100;
}
