/** The storage chart's legend, from the series it draws (chartSpec.ts): a swatch per entry, dashed for limit lines. */
import { CHART_SERIES } from './chartSpec';

export function StorageChartLegend() {
  return (
    <figcaption className="muted storage-legend">
      {CHART_SERIES.filter((c) => c.legend).map((c) => (
        <span key={c.label} className="storage-legend-entry">
          <span
            className="storage-swatch"
            aria-hidden="true"
            style={{ borderTopColor: c.stroke, borderTopStyle: c.dash ? 'dashed' : 'solid' }}
          />
          {c.legend}
        </span>
      ))}
    </figcaption>
  );
}
