/**
 * The totals, printed once at the end of the line items: list, line/kind discounts, overall discount, net total,
 * each tax and the total with tax; the guard-rail approval status; and the optional lines with their own total.
 */
import type { Bom } from '../../core';
import { QuoteLinesTable } from './QuoteLinesTable';
import { moneyIn, pctIn } from './quoteFormat';

export function ProposalTotals({ bom, locale }: { readonly bom: Bom; readonly locale: string }) {
  const money = moneyIn(bom, locale);
  return (
    <>
      <table className="proposal-totals" data-testid="proposal-totals">
        <tbody>
          <tr>
            <th scope="row">List total</th>
            <td className="num">{money(bom.listTotal)}</td>
          </tr>
          <tr>
            <th scope="row">Line and kind discounts</th>
            <td className="num">−{money(bom.lineDiscountTotal)}</td>
          </tr>
          <tr>
            <th scope="row">Overall discount ({pctIn(bom.overallDiscountPct, locale)})</th>
            <td className="num">−{money(bom.overallDiscount)}</td>
          </tr>
          <tr className="total-row">
            <th scope="row">Net total ({bom.currency})</th>
            <td className="num" data-testid="proposal-net-total">
              {money(bom.total)}
            </td>
          </tr>
          {bom.taxes?.map((t) => (
            <tr key={t.label}>
              <th scope="row">
                {t.label} {pctIn(t.ratePct, locale)}
              </th>
              <td className="num">{money(t.amount)}</td>
            </tr>
          ))}
          {bom.taxes && bom.taxes.length > 0 && (
            <tr className="total-row">
              <th scope="row">Total with tax ({bom.currency})</th>
              <td className="num">
                {bom.totalWithTax === null ? '—' : money(bom.totalWithTax ?? bom.total)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {!bom.taxes?.length && <p className="muted">Prices exclude taxes.</p>}
      {bom.approval && bom.approval.status !== 'within limits' && (
        <div
          className={`approval approval-${bom.approval.status.replace(' ', '-')}`}
          data-testid="proposal-approval"
        >
          <strong>
            {bom.approval.status === 'approved'
              ? `Discounts approved by ${bom.approval.approvedBy} on ${bom.approval.approvedOn}`
              : 'Needs approval: discounts beyond the guard rails'}
          </strong>
          <ul>
            {bom.approval.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {bom.optional && (
        <section className="optional-lines" aria-label="Optional items" data-testid="proposal-optional">
          <h3>Optional items (not included in the total above)</h3>
          <QuoteLinesTable
            bom={{ ...bom, lines: bom.optional.lines }}
            locale={locale}
            discounts={null}
            editable={false}
            totals={false}
          />
          <p className="optional-total">
            Optional items, after the overall discount: <strong>{money(bom.optional.total)}</strong>
          </p>
        </section>
      )}
    </>
  );
}
