/**
 * Scenarios side by side (`compareScenarios`): one column per scenario, one row per figure with its unit; rows
 * where the columns differ are highlighted and the best value (when one direction is better) is starred.
 */
import type { ComparisonRow, ScenarioComparison } from '../../core';
import { formatMoney } from '../../core';
import { kg } from '../format';

const nf = (digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function formatCell(row: ComparisonRow, v: number | null, currency: string, locale: string): string {
  if (v === null) return '—';
  switch (row.unit) {
    case 'kW':
      return `${nf(row.key === 'kwPerGpu' ? 2 : 1).format(v)} kW`;
    case 'BTU/h':
      return `${nf(0).format(v)} BTU/h`;
    case 'kg':
      return kg(v);
    case 'currency':
      return formatMoney(v, currency, locale);
    default:
      return nf(0).format(v);
  }
}

const betterText = (row: ComparisonRow) =>
  row.better === 'higher' ? 'higher is better' : row.better === 'lower' ? 'lower is better' : '';

export function CompareTable({
  comparison,
  locale,
}: {
  readonly comparison: ScenarioComparison;
  readonly locale: string;
}) {
  const { columns, rows, currency } = comparison;
  return (
    <div className="compare-scroll">
      <table className="compare-table" data-testid="compare-table">
        <caption>
          {columns.length} scenarios side by side. Highlighted rows differ; ★ marks the best value. Prices in{' '}
          {currency}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} className="num" data-column={c.id}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key} className={row.differs ? 'differs' : undefined}>
              <th scope="row" title={betterText(row)}>
                {row.label}
                {row.unit === 'currency' && ` (${currency})`}
              </th>
              {row.values.map((v, i) => {
                const best = row.best.includes(i);
                return (
                  <td
                    key={columns[i]?.id ?? i}
                    className={`num${best ? ' best' : ''}`}
                    data-best={best || undefined}
                  >
                    {formatCell(row, v, currency, locale)}
                    {best && (
                      <span className="best-mark" aria-label={`best (${betterText(row)})`}>
                        {' '}
                        ★
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
