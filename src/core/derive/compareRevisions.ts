/**
 * Two quote revisions line by line: lines added, removed, or changed in quantity, unit price or net, matched by SKU
 * and kind, with the net total's delta. Works on the frozen BOMs, so it compares what each revision said.
 */
import type { Bom, BomLine } from './bomSchema';
import { fromMinor, toMinor } from './money';

export type RevisionChange = 'added' | 'removed' | 'changed' | 'same';

export interface RevisionLineDiff {
  readonly sku: string;
  readonly name: string;
  readonly kind: string;
  readonly change: RevisionChange;
  /** What changed on a changed line: `qty`, `unit price`, `discount`. */
  readonly what: readonly string[];
  readonly before: Pick<BomLine, 'qty' | 'unitPrice' | 'discountPct' | 'netExtendedPrice'> | null;
  readonly after: Pick<BomLine, 'qty' | 'unitPrice' | 'discountPct' | 'netExtendedPrice'> | null;
  /** Net after − net before, in the BOM currency. */
  readonly netDelta: number;
}

export interface RevisionComparison {
  readonly currency: string;
  readonly lines: readonly RevisionLineDiff[];
  readonly totalBefore: number;
  readonly totalAfter: number;
  /** Net total after − before (exact). */
  readonly totalDelta: number;
  /** Set when the two revisions are in different currencies: no deltas are computed. */
  readonly currencyMismatch: boolean;
}

const key = (l: BomLine) => `${l.kind}\u0000${l.sku}`;
const pick = (l: BomLine) => ({
  qty: l.qty,
  unitPrice: l.unitPrice,
  discountPct: l.discountPct,
  netExtendedPrice: l.netExtendedPrice,
});

export function compareRevisions(before: Bom, after: Bom): RevisionComparison {
  const c = after.currency;
  const mismatch = before.currency !== after.currency;
  const minor = (x: number) => (mismatch ? 0 : toMinor(x, c));
  const delta = (a: number, b: number) => fromMinor(minor(b) - minor(a), c);
  const old = new Map(before.lines.map((l) => [key(l), l]));
  const lines: RevisionLineDiff[] = [];
  for (const l of after.lines) {
    const o = old.get(key(l));
    old.delete(key(l));
    const what = o
      ? [
          ...(o.qty !== l.qty ? ['qty'] : []),
          ...(o.unitPrice !== l.unitPrice ? ['unit price'] : []),
          ...(o.discountPct !== l.discountPct ? ['discount'] : []),
        ]
      : [];
    lines.push({
      sku: l.sku,
      name: l.name,
      kind: l.kind,
      change: !o
        ? 'added'
        : what.length > 0 || o.netExtendedPrice !== l.netExtendedPrice
          ? 'changed'
          : 'same',
      what,
      before: o ? pick(o) : null,
      after: pick(l),
      netDelta: delta(o?.netExtendedPrice ?? 0, l.netExtendedPrice),
    });
  }
  for (const o of old.values())
    lines.push({
      sku: o.sku,
      name: o.name,
      kind: o.kind,
      change: 'removed',
      what: [],
      before: pick(o),
      after: null,
      netDelta: delta(o.netExtendedPrice, 0),
    });
  return {
    currency: c,
    lines,
    totalBefore: before.total,
    totalAfter: after.total,
    totalDelta: delta(before.total, after.total),
    currencyMismatch: mismatch,
  };
}
