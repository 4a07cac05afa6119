/**
 * The BOM's proposal sections, each present only when the quote asks for it (so BOMs of older quotes keep their
 * bytes): optional lines totalled apart from the base, taxes on the net total, and the guard-rail approval status.
 * Optional lines get the same line/kind discounts and the overall discount, rounded once on their own sum.
 */
import type { Layout } from '../model/layout';
import type { Bom } from './bomSchema';
import type { LineBook } from './bomLines';
import type { CostSource } from './guardRails';
import { checkGuardRails } from './guardRails';
import { applyPct, fitsMinor, fromMinor, pctOf } from './money';

interface Priced {
  readonly currency: string;
  readonly totalMinor: number;
  readonly base: LineBook;
  readonly optional: LineBook;
  readonly overallPct: number;
  /** The price-list entry (with its cost) a SKU is priced from, if any. */
  readonly costOf: CostSource;
}

type Sections = Pick<Bom, 'optional' | 'taxes' | 'totalWithTax' | 'approval'>;

export function proposalSection(layout: Layout, p: Priced): Partial<Sections> {
  const q = layout.quote;
  if (!q) return {};
  const money = (minor: number) => fromMinor(minor, p.currency);
  const out: { -readonly [K in keyof Sections]?: Sections[K] } = {};
  if (q.optionalLines !== undefined && q.optionalLines.length > 0) {
    const { list, net } = p.optional.totals();
    out.optional = {
      lines: p.optional.lines,
      listTotal: money(list),
      netLinesTotal: money(net),
      total: money(applyPct(net, p.overallPct)),
    };
  }
  if (q.taxes !== undefined && q.taxes.length > 0) {
    const taxes = q.taxes.map((t) => ({
      label: t.label,
      ratePct: t.ratePct,
      minor: pctOf(p.totalMinor, t.ratePct),
    }));
    const withTax = taxes.reduce((s, t) => s + BigInt(t.minor), BigInt(p.totalMinor));
    out.taxes = taxes.map((t) => ({ label: t.label, ratePct: t.ratePct, amount: money(t.minor) }));
    out.totalWithTax = fitsMinor(withTax) ? money(Number(withTax)) : null;
  }
  if (q.guardRails !== undefined) {
    const { reasons, marginPct } = checkGuardRails(
      p.costOf,
      q.guardRails,
      p.base,
      p.overallPct,
      p.totalMinor,
      p.currency,
    );
    out.approval = {
      status: reasons.length === 0 ? 'within limits' : q.approval ? 'approved' : 'needs approval',
      reasons,
      marginPct,
      ...(q.approval && reasons.length > 0 && { approvedBy: q.approval.name, approvedOn: q.approval.date }),
    };
  }
  return out;
}
