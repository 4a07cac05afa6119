/**
 * What the printed proposal shows: the working quote, or an issued revision reopened read-only (its frozen layout
 * and BOM, validated again against the catalog for the appendix).
 */
import type { Bom, Catalog, Layout, Report } from '../../core';
import { catalogForLayout, parseLayoutJson, revisionLabel, validate } from '../../core';

export interface ProposalSource {
  readonly layout: Layout;
  readonly catalog: Catalog;
  readonly bom: Bom;
  readonly report: Report;
  /** "Rev A", or "Draft (next: Rev B)" for the working copy. */
  readonly revision: string;
  readonly frozen: boolean;
}

export function workingSource(layout: Layout, catalog: Catalog, bom: Bom, report: Report): ProposalSource {
  const next = revisionLabel(layout.quote?.revisions?.length ?? 0);
  return { layout, catalog, bom, report, revision: `Draft (next: Rev ${next})`, frozen: false };
}

/** The revision `rev` of the working layout, or an error message. */
export function revisionSource(layout: Layout, baseCatalog: Catalog, rev: string): ProposalSource | string {
  const r = layout.quote?.revisions?.find((x) => x.rev === rev);
  if (!r) return `This quote has no revision ${rev}.`;
  const parsed = parseLayoutJson(r.layout);
  if (!parsed.ok) return `Revision ${rev} cannot be read: ${parsed.error[0]?.message ?? 'invalid layout'}.`;
  const catalog = catalogForLayout(baseCatalog, parsed.value);
  return {
    layout: parsed.value,
    catalog,
    bom: JSON.parse(r.bom) as Bom,
    report: validate(parsed.value, catalog),
    revision: `Rev ${r.rev} · issued ${r.issuedOn}`,
    frozen: true,
  };
}
