/**
 * The printable proposal (route `#quote`, or `#quote/rev/A` for an issued revision, read-only): executive summary
 * page (head, figures, the 3D picture from the fixed print camera, the floor plan), line items with the totals once
 * at the end, optional items, rack elevations, the power and battery-storage page (pods with storage settings),
 * technical appendix, terms and the signature block. Its print sheet
 * hides the editor, runs a header and "Page n of m" footer on every page (CSS page margin boxes) and watermarks a
 * quote with open errors "not validated". Paper size is the print dialog's (A4 or Letter).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditor } from '../../state/editorContext';
import { selectBom, selectLocale } from '../../state/quoteSelectors';
import { selectCatalog, selectReport } from '../../state/selectors';
import { pinPowerFactor, usePreferences } from '../../state/preferences';
import { areaM2, heatKw, kg, kw, metres } from '../format';
import { snapshotPod } from './podSnapshot';
import { PrintFloorPlan } from './PrintFloorPlan';
import { usePageCss, usePrintPage } from './printPage';
import { ProposalAppendix } from './ProposalAppendix';
import { ProposalHead } from './ProposalHead';
import { ProposalStorage } from './ProposalStorage';
import type { ProposalSource } from './proposalSource';
import { revisionSource, workingSource } from './proposalSource';
import { ProposalTerms } from './ProposalTerms';
import { ProposalTotals } from './ProposalTotals';
import { QuoteLinesTable } from './QuoteLinesTable';
import { RackElevationSvg } from './RackElevationSvg';

const nf0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function useSnapshot(source: ProposalSource): [string | null, boolean, () => void] {
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { layout, catalog } = source;
  useEffect(() => {
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tryNow = () => {
      const url = snapshotPod(layout, catalog);
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
  }, [attempt, layout, catalog]);
  return [snapshot, gaveUp, () => setAttempt((a) => a + 1)];
}

function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function QuotePrintView({
  onClose,
  revision,
}: {
  readonly onClose: () => void;
  readonly revision?: string;
}) {
  const layout = useEditor((s) => s.layout);
  const baseCatalog = useEditor((s) => s.catalog);
  const catalog = useEditor(selectCatalog);
  const bom = useEditor(selectBom);
  const report = useEditor(selectReport);
  const locale = useEditor(selectLocale);
  const source = useMemo(
    () =>
      revision === undefined
        ? workingSource(layout, catalog, bom, report)
        : revisionSource(layout, baseCatalog, revision),
    [revision, layout, catalog, baseCatalog, bom, report],
  );

  usePrintPage(onClose);

  return createPortal(
    typeof source === 'string' ? (
      <div className="quote-page" data-testid="quote-page" role="document">
        <p role="alert">{source}</p>
        <button type="button" onClick={onClose}>
          Back to the editor
        </button>
      </div>
    ) : (
      <Proposal source={source} locale={source.layout.quote?.locale ?? locale} onClose={onClose} />
    ),
    document.body,
  );
}

function Proposal({
  source,
  locale,
  onClose,
}: {
  readonly source: ProposalSource;
  readonly locale: string;
  readonly onClose: () => void;
}) {
  const { layout, catalog, bom, report } = source;
  usePreferences((s) => s.units); // figures follow the reader's units
  // An issued revision shows kVA at the power factor it was frozen with, not the working pod's (before paint).
  const { frozen } = source;
  const pf = layout.limits.powerFactor;
  useLayoutEffect(() => (frozen ? pinPowerFactor(pf) : undefined), [frozen, pf]);
  const [snapshot, gaveUp, retake] = useSnapshot(source);
  const quote = layout.quote;
  const p = report.pod;
  const f = layout.floor;
  const floorW = (f.positionsPerRow * f.pitchMm) / 1000;
  const floorD = (f.rows * f.rowDepthMm + Math.max(0, f.rows - 1) * f.aisleMm) / 1000;
  const header = `${quote?.quoteNumber ? `Quote ${quote.quoteNumber}` : 'Budgetary quote'} · ${source.revision} · ${quote?.customer ?? layout.name}`;
  usePageCss(header);
  const notValidated = report.errors > 0;
  // The power chart is drawn by a lazy chunk: Print waits for it (setState is stable, so the chart's effect is too).
  const [chartPending, setChartPending] = useState(false);

  return (
    <div
      className={`quote-page${source.frozen ? ' frozen' : ''}`}
      data-testid="quote-page"
      data-revision={source.revision}
      role="document"
    >
      {notValidated && (
        <div className="watermark" aria-hidden="true" data-testid="not-validated-watermark">
          not validated
        </div>
      )}
      <nav className="quote-page-tools" aria-label="Quote page">
        <button
          type="button"
          className="primary"
          onClick={() => window.print()}
          disabled={chartPending}
          data-testid="quote-print"
        >
          {chartPending ? 'Drawing the power chart…' : 'Print / Save as PDF'}
        </button>
        <button type="button" onClick={retake}>
          Retake 3D picture
        </button>
        <button type="button" onClick={onClose}>
          Back to the editor
        </button>
        {source.frozen && <span className="frozen-note">{source.revision}: read-only</span>}
      </nav>

      <section className="proposal-cover" aria-label="Executive summary">
        <ProposalHead
          quote={quote}
          bom={bom}
          layoutName={layout.name}
          locale={locale}
          revision={source.revision}
        />
        {bom.pricesAreExamples && (
          <p className="example-notice" role="note" data-testid="example-notice">
            Prices marked “example price” are illustrative examples, not vendor list prices or an offer.
          </p>
        )}
        <h2>Executive summary</h2>
        <dl className="facts summary-facts">
          <Figure label="GPUs" value={nf0.format(p.gpus)} />
          <Figure label="Racks" value={nf0.format(p.racks)} />
          <Figure label="IT load, typical / max" value={`${kw(p.itKwTypical)} / ${kw(p.itKwMax)}`} />
          <Figure label="Facility load, max" value={kw(p.totalKwMax)} />
          <Figure
            label="Cooling"
            value={`${heatKw(p.liquidHeatKw)} to liquid, ${heatKw(p.airHeatKw)} to air; CDU capacity ${heatKw(p.liquidCapacityKw)}`}
          />
          <Figure
            label="Footprint"
            value={`${metres(floorW)} × ${metres(floorD)} (${areaM2(floorW * floorD)})`}
          />
          <Figure label="Weight" value={kg(p.weightKg)} />
          <Figure
            label="Net total"
            value={new Intl.NumberFormat(locale, { style: 'currency', currency: bom.currency }).format(
              bom.total,
            )}
          />
        </dl>
        <div className="cover-pictures">
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
          <figure className="floor-plan-figure">
            <PrintFloorPlan layout={layout} catalog={catalog} />
            <figcaption>
              Floor plan: {f.rows} rows × {f.positionsPerRow} positions
            </figcaption>
          </figure>
        </div>
      </section>

      <section className="quote-items" aria-label="Line items">
        <h2>Line items</h2>
        <QuoteLinesTable
          bom={bom}
          locale={locale}
          discounts={quote?.discounts ?? null}
          editable={false}
          totals={false}
        />
        {bom.unpriced.length > 0 && (
          <p className="unpriced">
            Not priced: {bom.unpriced.map((u) => `${u.qty} × ${u.sku} (${u.reason})`).join('; ')}.
          </p>
        )}
        <ProposalTotals bom={bom} locale={locale} />
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

      {layout.racks.length > 0 && (
        <section className="quote-elevations" aria-label="Rack elevations">
          <h2>Rack elevations</h2>
          <div className="elevations">
            {layout.racks.map((r) => (
              <RackElevationSvg key={r.id} layout={layout} catalog={catalog} rack={r} />
            ))}
          </div>
        </section>
      )}

      <ProposalStorage layout={layout} catalog={catalog} report={report} onPending={setChartPending} />
      <ProposalAppendix layout={layout} report={report} bom={bom} />
      <ProposalTerms quote={quote} />
    </div>
  );
}
