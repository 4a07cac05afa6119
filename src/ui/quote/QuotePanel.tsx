/**
 * The quote panel: details, the priced BOM with discounts per line, kind and overall, services, and the exports
 * (BOM JSON, CSV, printable quote). Every edit is a command with one undo step.
 */
import { useRef } from 'react';
import { bomToCsv, newQuote } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { bomExport, fileStem } from '../../state/layoutFiles';
import { selectBom, selectLocale } from '../../state/quoteSelectors';
import { downloadText } from '../download';
import { downloadQuoteXlsx, useExport } from '../xlsxDownloads';
import { selectCatalog } from '../../state/selectors';
import { pickedFromInput, runCatalogImport } from '../imports/runCatalogImport';
import { ELEVATIONS_ROUTE, QUOTE_ROUTE } from './printRoutes';
import { ProposalPanel } from './ProposalPanel';
import { QuoteDetailsForm } from './QuoteDetailsForm';
import { QuoteLinesTable } from './QuoteLinesTable';
import { ServicesEditor } from './ServicesEditor';
import { OptionalLinesEditor } from './OptionalLinesEditor';

/** Today in the user's time zone, as ISO `YYYY-MM-DD`. */
const todayIso = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function QuotePanel() {
  const store = useEditorStore();
  const quote = useEditor((s) => s.layout.quote);
  const bom = useEditor(selectBom);
  const locale = useEditor(selectLocale);
  const priceCount = useEditor((s) => s.layout.prices?.length ?? 0);
  const priceInput = useRef<HTMLInputElement>(null);

  const exportJson = () => {
    const { layout, catalog } = store.getState();
    const f = bomExport(layout, catalog);
    downloadText(f.fileName, f.text, f.mime);
  };
  const exportCsv = () => {
    const b = selectBom(store.getState());
    downloadText(`${fileStem(store.getState().layout.name)}.bom.csv`, bomToCsv(b), 'text/csv');
  };
  const xlsx = useExport();
  const exportXlsx = () => {
    const s = store.getState();
    xlsx.run(() => downloadQuoteXlsx(selectBom(s), s.layout, selectCatalog(s)));
  };

  return (
    <div className="quote-panel" data-testid="quote-panel">
      <div className="quote-actions">
        <button type="button" onClick={exportJson} data-testid="quote-export-json">
          Export BOM JSON
        </button>
        <button type="button" onClick={exportCsv} data-testid="quote-export-csv">
          Export CSV
        </button>
        <button
          type="button"
          onClick={exportXlsx}
          disabled={xlsx.busy}
          title="The quote as a spreadsheet: lines, subtotals per kind, totals as formulas, optional lines, a sheet per rack"
          data-testid="quote-export-xlsx"
        >
          {xlsx.busy ? 'Exporting XLSX…' : 'Export XLSX'}
        </button>
        <button
          type="button"
          onClick={() => priceInput.current?.click()}
          title="Import a price list (CSV or JSON): its prices replace catalog list prices on this quote"
        >
          Import price list…
        </button>
        <input
          ref={priceInput}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          hidden
          data-testid="quote-price-list-input"
          onChange={(e) => {
            const picked = pickedFromInput(e.target.files);
            e.target.value = '';
            if (picked.length > 0) void runCatalogImport(store, picked);
          }}
        />
        <a className="button-link" href={QUOTE_ROUTE} data-testid="open-print-quote">
          Printable quote…
        </a>
        <a
          className="button-link"
          href={ELEVATIONS_ROUTE}
          title="Every rack's elevation, front and rear, to print or save as one PDF"
          data-testid="open-print-elevations"
        >
          Elevations PDF…
        </a>
        {quote && (
          <button type="button" className="danger" onClick={() => dispatch(store, 'removeQuote')}>
            Remove quote details
          </button>
        )}
      </div>
      {xlsx.error && (
        <p className="field-error" role="alert">
          {xlsx.error}
        </p>
      )}
      {quote ? (
        <QuoteDetailsForm quote={quote} />
      ) : (
        <div className="quote-start">
          <p>
            This pod has no quote yet. The BOM below uses catalog list prices in {bom.currency} with no
            discounts.
          </p>
          <button
            type="button"
            className="primary"
            data-testid="start-quote"
            onClick={() => dispatch(store, 'startQuote', { quote: newQuote(todayIso(), bom.currency) })}
          >
            Start a quote
          </button>
        </div>
      )}
      <p className="muted price-source">
        Prices:{' '}
        {priceCount > 0
          ? `${priceCount} from the imported price list, the rest from the catalog.`
          : 'catalog list prices.'}{' '}
        Discounts: a line’s own discount replaces its kind’s; the overall discount comes off the sum of the
        net lines.
      </p>
      {bom.pricesAreExamples && (
        <p className="example-notice" role="note">
          Some prices are illustrative examples, not vendor list prices. Import a price list before sending
          this quote.
        </p>
      )}
      <QuoteLinesTable
        bom={bom}
        locale={locale}
        discounts={quote?.discounts ?? null}
        editable={quote !== undefined}
      />
      {bom.unpriced.length > 0 && (
        <div className="unpriced" role="note">
          <strong>Not priced ({bom.unpriced.length}):</strong>
          <ul>
            {bom.unpriced.map((u) => (
              <li key={u.sku}>
                {u.qty} × <code>{u.sku}</code>: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {quote ? <ServicesEditor /> : <p className="muted">Start a quote to add services and discounts.</p>}
      {quote && <OptionalLinesEditor />}
      {quote && <ProposalPanel quote={quote} />}
    </div>
  );
}
