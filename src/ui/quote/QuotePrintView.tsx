/**
 * The printable quote (route `#quote`): quote details, the pod picture (a still of the 3D view and the rack
 * elevations), the pod summary with units, validation status, the priced line items and totals. Its print
 * stylesheet hides the editor, so the browser's "Print → Save as PDF" gives a clean document.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditor } from '../../state/editorContext';
import { selectBom, selectLocale } from '../../state/quoteSelectors';
import { selectCatalog, selectReport } from '../../state/selectors';
import { cfm, gbps, kg, kw, lpm } from '../format';
import { snapshotPod } from './podSnapshot';
import { QuoteLinesTable } from './QuoteLinesTable';
import { dateIn } from './quoteFormat';
import { RackElevationSvg } from './RackElevationSvg';

const nf0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function useSnapshot(): [string | null, boolean, () => void] {
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tryNow = () => {
      const url = snapshotPod();
      if (url) return setSnapshot(url);
      if (++tries > 60) return setGaveUp(true);
      timer = setTimeout(tryNow, 250);
    };
    // Two frames first, so the view has drawn the current layout.
    const raf = requestAnimationFrame(() => requestAnimationFrame(tryNow));
    return () => {
      cancelAnimationFrame(raf);
      if (timer !== null) clearTimeout(timer);
    };
  }, [attempt]);
  return [snapshot, gaveUp, () => setAttempt((a) => a + 1)];
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function QuotePrintView({ onClose }: { readonly onClose: () => void }) {
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const bom = useEditor(selectBom);
  const report = useEditor(selectReport);
  const locale = useEditor(selectLocale);
  const [snapshot, gaveUp, retake] = useSnapshot();
  const quote = layout.quote;
  const p = report.pod;

  useEffect(() => {
    document.body.classList.add('quote-page-open');
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('quote-page-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const ports = Object.entries(p.portsBySpeedGbps)
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([speed, n]) => `${nf0.format(n)} × ${gbps(Number(speed))}`);
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  const status = report.errors > 0 ? 'errors' : report.warnings > 0 ? 'warnings' : 'ok';

  return createPortal(
    <div className="quote-page" data-testid="quote-page" role="document">
      <nav className="quote-page-tools" aria-label="Quote page">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
        <button type="button" onClick={retake}>
          Retake 3D picture
        </button>
        <button type="button" onClick={onClose}>
          Back to the editor
        </button>
      </nav>

      <header className="quote-head">
        <div>
          <h1>{quote?.quoteNumber ? `Quote ${quote.quoteNumber}` : 'Budgetary quote'}</h1>
          <p className="quote-pod-name">{layout.name}</p>
        </div>
        <dl className="quote-meta">
          {quote ? (
            <>
              <Fact label="Customer" value={quote.customer || '—'} />
              <Fact label="Date" value={dateIn(quote.date, locale)} />
              <Fact label="Valid until" value={dateIn(quote.validUntil, locale)} />
              <Fact label="Prepared by" value={quote.preparedBy || '—'} />
              <Fact label="Currency" value={bom.currency} />
            </>
          ) : (
            <Fact label="Quote details" value="none yet (list prices, no discounts)" />
          )}
        </dl>
      </header>

      {bom.pricesAreExamples && (
        <p className="example-notice" role="note" data-testid="example-notice">
          Prices marked “example price” are illustrative examples, not vendor list prices or an offer.
        </p>
      )}

      <section className="quote-picture" aria-label="The pod">
        <h2>The pod</h2>
        {snapshot ? (
          <img
            className="pod-snapshot"
            src={snapshot}
            alt={`3D view of ${layout.name}`}
            data-testid="pod-snapshot"
          />
        ) : (
          <p className="muted snapshot-missing">
            {gaveUp ? '3D picture not available in this browser (no WebGL).' : 'Rendering the 3D picture…'}
          </p>
        )}
        {layout.racks.length > 0 && (
          <div className="elevations">
            {layout.racks.map((r) => (
              <RackElevationSvg key={r.id} layout={layout} catalog={catalog} rack={r} />
            ))}
          </div>
        )}
      </section>

      <section className="quote-summary" aria-label="Summary">
        <h2>Summary</h2>
        <dl className="facts">
          <Fact label="Racks" value={nf0.format(p.racks)} />
          <Fact label="GPUs" value={nf0.format(p.gpus)} />
          <Fact label="IT load, typical" value={kw(p.itKwTypical)} />
          <Fact label="IT load, max" value={kw(p.itKwMax)} />
          <Fact
            label="Heat at max draw"
            value={`${nf0.format(p.heatBtuPerHour)} BTU/h (${kw(p.liquidHeatKw + p.airHeatKw)})`}
          />
          <Fact label="Heat to liquid / air" value={`${kw(p.liquidHeatKw)} / ${kw(p.airHeatKw)}`} />
          <Fact label="CDU capacity" value={kw(p.liquidCapacityKw)} />
          <Fact label="Air heat to doors and in-row coolers" value={kw(p.airHeatToWaterKw)} />
          <Fact label="Air heat to room" value={kw(p.roomAirHeatKw)} />
          <Fact label="Cooling equipment draw" value={kw(p.coolingKw)} />
          <Fact label="Coolant flow" value={lpm(p.coolantLitresPerMinute)} />
          <Fact label="Airflow" value={cfm(p.airflowCfm)} />
          <Fact label="Weight" value={kg(p.weightKg)} />
          <Fact label="Network ports" value={ports.length > 0 ? ports.join(', ') : 'none'} />
        </dl>
        <div className={`validation validation-${status}`} data-testid="quote-validation">
          <strong>
            Validation:{' '}
            {status === 'ok'
              ? 'the plan holds (no errors or warnings)'
              : `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`}
          </strong>
          {problems.length > 0 && (
            <ul>
              {problems.slice(0, 8).map((d, i) => (
                <li key={`${d.code}-${i}`}>
                  <span className={`sev sev-${d.severity}`}>{d.severity}</span> {d.message}
                </li>
              ))}
              {problems.length > 8 && <li>…and {problems.length - 8} more (see the layout in podplan).</li>}
            </ul>
          )}
        </div>
      </section>

      <section className="quote-items" aria-label="Line items">
        <h2>Line items</h2>
        <QuoteLinesTable bom={bom} locale={locale} discounts={quote?.discounts ?? null} editable={false} />
        {bom.unpriced.length > 0 && (
          <p className="unpriced">
            Not priced: {bom.unpriced.map((u) => `${u.qty} × ${u.sku} (${u.reason})`).join('; ')}.
          </p>
        )}
        {quote?.notes && (
          <div className="quote-notes">
            <h3>Notes</h3>
            <p>{quote.notes}</p>
          </div>
        )}
        <p className="muted quote-footnote">
          Discounts: a line’s own discount replaces its kind’s; each line is rounded to the currency’s minor
          unit, then the overall discount comes off their sum. Generated by {bom.generator}.
        </p>
      </section>
    </div>,
    document.body,
  );
}
