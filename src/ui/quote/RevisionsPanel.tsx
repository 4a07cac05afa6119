/**
 * Quote revisions in the drawer: "Issue revision" freezes the quote as Rev A, B, …; each can be reopened read-only
 * (`#quote/rev/X`); any two are compared line by line with the net total's delta.
 */
import { useState } from 'react';
import type { Bom, QuoteDetails } from '../../core';
import { compareRevisions } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { moneyIn } from './quoteFormat';

export function RevisionsPanel({ quote }: { readonly quote: QuoteDetails }) {
  const store = useEditorStore();
  const revisions = quote.revisions ?? [];
  const [pair, setPair] = useState<[string, string] | null>(null);
  const today = () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const bomOf = (rev: string) =>
    JSON.parse(revisions.find((r) => r.rev === rev)?.bom ?? 'null') as Bom | null;
  const before = pair ? bomOf(pair[0]) : null;
  const after = pair ? bomOf(pair[1]) : null;
  const cmp = before && after ? compareRevisions(before, after) : null;
  const money = moneyIn({ currency: after?.currency ?? quote.currency }, quote.locale);
  const signed = (x: number) => (x > 0 ? `+${money(x)}` : x < 0 ? `−${money(-x)}` : money(0));
  return (
    <fieldset className="quote-details revisions" data-testid="revisions">
      <legend>Revisions</legend>
      <p className="muted">
        Issuing freezes the pod, prices, discounts and document as the next revision; later edits make a new
        draft.
      </p>
      <button
        type="button"
        className="primary"
        data-testid="issue-revision"
        onClick={() => dispatch(store, 'issueRevision', { today: today() })}
      >
        Issue revision
      </button>
      {revisions.length > 0 && (
        <ul className="revision-list">
          {revisions.map((r) => (
            <li key={r.rev} data-testid={`revision-${r.rev}`}>
              <strong>Rev {r.rev}</strong> issued {r.issuedOn} ·{' '}
              <a href={`#quote/rev/${r.rev}`} data-testid={`open-revision-${r.rev}`}>
                open (read-only)
              </a>
            </li>
          ))}
        </ul>
      )}
      {revisions.length >= 2 && (
        <form
          className="revision-compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            setPair([String(data.get('a')), String(data.get('b'))]);
          }}
        >
          <label>
            Compare{' '}
            <select name="a" data-testid="compare-a" defaultValue={revisions.at(-2)?.rev}>
              {revisions.map((r) => (
                <option key={r.rev}>{r.rev}</option>
              ))}
            </select>
          </label>{' '}
          <label>
            with{' '}
            <select name="b" data-testid="compare-b" defaultValue={revisions.at(-1)?.rev}>
              {revisions.map((r) => (
                <option key={r.rev}>{r.rev}</option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" data-testid="compare-revisions">
            Compare
          </button>
        </form>
      )}
      {cmp && pair && (
        <table className="quote-lines revision-compare" data-testid="revision-compare">
          <caption>
            Rev {pair[0]} → Rev {pair[1]}
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Change</th>
              <th scope="col" className="num">
                Qty
              </th>
              <th scope="col" className="num">
                Net before
              </th>
              <th scope="col" className="num">
                Net after
              </th>
              <th scope="col" className="num">
                Delta
              </th>
            </tr>
          </thead>
          <tbody>
            {cmp.lines
              .filter((l) => l.change !== 'same')
              .map((l) => (
                <tr key={`${l.kind}-${l.sku}`} data-change={l.change}>
                  <td>{l.name}</td>
                  <td>{l.change === 'changed' ? `changed: ${l.what.join(', ') || 'net'}` : l.change}</td>
                  <td className="num">
                    {l.before?.qty ?? '—'} → {l.after?.qty ?? '—'}
                  </td>
                  <td className="num">{l.before ? money(l.before.netExtendedPrice) : '—'}</td>
                  <td className="num">{l.after ? money(l.after.netExtendedPrice) : '—'}</td>
                  <td className="num">{signed(l.netDelta)}</td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row" colSpan={3}>
                Net total
              </th>
              <td className="num">{money(cmp.totalBefore)}</td>
              <td className="num">{money(cmp.totalAfter)}</td>
              <td className="num" data-testid="revision-total-delta">
                {signed(cmp.totalDelta)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </fieldset>
  );
}
