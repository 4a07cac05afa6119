/**
 * Every rack's elevation, front and rear, as one printable document (route `#elevations`, or `#elevations/2` for two
 * racks a page): U numbers on both edges and every device name written whole (the faces widen to the longest name),
 * one rack a page by default. Printed from the browser to PDF on A4 or Letter like the proposal, with the same
 * running header and "Page n of m".
 */
import { createPortal } from 'react-dom';
import { useEditor } from '../../state/editorContext';
import { usePreferences } from '../../state/preferences';
import { rackFiguresById, selectCatalog, selectReport } from '../../state/selectors';
import { count, kg, kw } from '../format';
import { rackElevationSvg } from './elevationSvg';
import { usePageCss, usePrintPage } from './printPage';
import { ELEVATIONS_ROUTE } from './printRoutes';

export function ElevationsPrintView({
  perPage,
  onClose,
}: {
  readonly perPage: 1 | 2;
  readonly onClose: () => void;
}) {
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const figures = rackFiguresById(useEditor(selectReport));
  usePreferences((s) => s.units); // the figures follow the reader's units
  usePrintPage(onClose);
  const quote = layout.quote;
  const header = `Rack elevations · ${layout.name}${quote?.quoteNumber ? ` · Quote ${quote.quoteNumber}` : ''}`;
  usePageCss(header);
  return createPortal(
    <div
      className={`quote-page elevations-print per-page-${perPage}`}
      data-testid="elevations-page"
      role="document"
    >
      <nav className="quote-page-tools" aria-label="Elevations page">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
        <label>
          Racks per page{' '}
          <select
            value={perPage}
            data-testid="elevations-per-page"
            onChange={(e) => {
              window.location.hash = e.target.value === '2' ? `${ELEVATIONS_ROUTE}/2` : ELEVATIONS_ROUTE;
            }}
          >
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </label>
        <button type="button" onClick={onClose}>
          Back to the editor
        </button>
      </nav>
      <h1 className="elevations-title">
        Rack elevations: {layout.name} ({layout.racks.length} rack{layout.racks.length === 1 ? '' : 's'})
      </h1>
      {layout.racks.length === 0 && <p>The pod has no racks yet.</p>}
      {layout.racks.map((r) => {
        const drawing = rackElevationSvg(layout, catalog, r, { fullLabels: true });
        const devices = layout.devices.filter((d) => d.rack === r.id).length;
        const f = figures.get(r.id);
        return (
          <section key={r.id} className="elevation-sheet" data-rack={r.name} aria-label={`Rack ${r.name}`}>
            <h2>
              Rack {r.name}{' '}
              <span className="muted">
                · {count(devices, 'device')}
                {f ? ` · ${kw(f.kwMax)} max · ${kg(f.weightKg)}` : ''} · front and rear · U1 at the bottom
              </span>
            </h2>
            <div className="elevation-sheet-svg" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
