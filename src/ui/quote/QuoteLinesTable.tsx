/**
 * The priced BOM: one row per SKU with list, discount and net, grouped by kind with a subtotal row (where the kind's
 * discount is set), then list total, line and kind discounts, overall discount and net total. `editable` adds the
 * discount inputs (quote panel); the print page shows the same table read-only.
 */
import { Fragment } from 'react';
import type { Bom, PricedKind, QuoteDiscounts, Sku } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { PctField } from './PctField';
import { kindLabel, leadTimeText, moneyIn, pctIn } from './quoteFormat';

interface Props {
  readonly bom: Bom;
  readonly locale: string;
  /** The quote's discounts (null without a quote: list prices). */
  readonly discounts: QuoteDiscounts | null;
  /** Discount inputs (the quote panel) rather than read-only figures (the print page). */
  readonly editable: boolean;
  /** The totals footer (the quote panel); the printed proposal prints its totals once, apart (`ProposalTotals`). */
  readonly totals?: boolean;
}

export function QuoteLinesTable({ bom, locale, discounts, editable, totals = true }: Props) {
  const store = useEditorStore();
  const money = moneyIn(bom, locale);
  const kinds = [...new Set(bom.lines.map((l) => l.kind))];
  const lineDiscount = (sku: string) => discounts?.bySku.find((d) => d.sku === sku)?.pct ?? null;
  const kindDiscount = (kind: string) => discounts?.byKind.find((d) => d.kind === kind)?.pct ?? 0;

  return (
    <table className="quote-lines" data-testid="quote-lines">
      <caption className="sr-only">Priced bill of materials in {bom.currency}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="num">
            Qty
          </th>
          <th scope="col" className="num">
            Unit price
          </th>
          <th scope="col" className="num">
            List
          </th>
          <th scope="col" className="num">
            Discount
          </th>
          <th scope="col" className="num">
            Net
          </th>
        </tr>
      </thead>
      <tbody>
        {bom.lines.length === 0 && (
          <tr>
            <td colSpan={6} className="muted">
              Nothing priced yet: place equipment in the pod or add services.
            </td>
          </tr>
        )}
        {kinds.map((kind) => {
          const lines = bom.lines.filter((l) => l.kind === kind);
          const sub = bom.subtotals.find((s) => s.kind === kind);
          return (
            <Fragment key={kind}>
              <tr className="kind-row">
                <th scope="rowgroup" colSpan={4}>
                  {kindLabel(kind)}
                </th>
                <td className="num">
                  {editable ? (
                    <PctField
                      label={`Discount on all ${kindLabel(kind).toLowerCase()}`}
                      value={kindDiscount(kind) || null}
                      allowEmpty
                      placeholder="0"
                      testId={`kind-discount-${kind}`}
                      onCommit={(pct) =>
                        dispatch(store, 'setKindDiscount', { kind: kind as PricedKind, pct: pct ?? 0 })
                      }
                    />
                  ) : kindDiscount(kind) > 0 ? (
                    pctIn(kindDiscount(kind), locale)
                  ) : null}
                </td>
                <td />
              </tr>
              {lines.map((l) => (
                <tr key={l.sku} data-sku={l.sku}>
                  <td>
                    <span className="line-name">{l.name}</span>
                    <span className="line-sku">
                      {l.sku}
                      {l.priceFrom === 'price list' && ' · price list'}
                      {l.priceIsExample && ' · example price'}
                      {l.leadTimeWeeks !== undefined && (
                        <span className="lead-time"> · lead time {leadTimeText(l.leadTimeWeeks)}</span>
                      )}
                    </span>
                  </td>
                  <td className="num">{l.qty}</td>
                  <td className="num">{money(l.unitPrice)}</td>
                  <td className="num">{money(l.extendedPrice)}</td>
                  <td className="num">
                    {editable ? (
                      <PctField
                        label={`Discount on ${l.name}`}
                        value={lineDiscount(l.sku)}
                        allowEmpty
                        placeholder={l.discountFrom === 'kind' ? `${l.discountPct} (kind)` : ''}
                        testId={`line-discount-${l.sku}`}
                        onCommit={(pct) => dispatch(store, 'setLineDiscount', { sku: l.sku as Sku, pct })}
                      />
                    ) : l.discountPct > 0 ? (
                      pctIn(l.discountPct, locale)
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">{money(l.netExtendedPrice)}</td>
                </tr>
              ))}
              {sub && (
                <tr className="subtotal-row">
                  <th scope="row" colSpan={3}>
                    Subtotal, {kindLabel(kind)}
                  </th>
                  <td className="num">{money(sub.extendedPrice)}</td>
                  <td />
                  <td className="num">{money(sub.netExtendedPrice)}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
      {totals && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              List total
            </th>
            <td className="num" data-testid="quote-list-total">
              {money(bom.listTotal)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={5}>
              Line and kind discounts
            </th>
            <td className="num">−{money(bom.lineDiscountTotal)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>
              Overall discount
            </th>
            <td className="num">
              {editable ? (
                <PctField
                  label="Overall discount"
                  value={bom.overallDiscountPct}
                  testId="overall-discount"
                  onCommit={(pct) => dispatch(store, 'setOverallDiscount', { pct: pct ?? 0 })}
                />
              ) : (
                pctIn(bom.overallDiscountPct, locale)
              )}
            </td>
            <td className="num">−{money(bom.overallDiscount)}</td>
          </tr>
          <tr className="total-row">
            <th scope="row" colSpan={5}>
              Net total ({bom.currency})
            </th>
            <td className="num" data-testid="quote-net-total">
              {money(bom.total)}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
