/** A labelled bar: value against a limit, amber from 80 %, red above 100 %. */
import type { Level } from '../state/selectors';
import { levelOf, ratio } from '../state/selectors';
import { pct } from './format';

interface GaugeProps {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  /** Formats value and limit with their unit. */
  readonly format: (v: number) => string;
  /** Shown instead of the limit when there is none (e.g. "no PDUs"). */
  readonly noLimit?: string;
  /** With no limit, whether any load is a problem (no PDUs) or just goes elsewhere (air heat to the room). */
  readonly strict?: boolean;
  readonly testId?: string;
  readonly title?: string;
  /** An open error of this gauge's family, in words: the gauge is red whatever its ratio says. */
  readonly error?: string | undefined;
}

export function Gauge({
  label,
  value,
  limit,
  format,
  noLimit,
  strict = true,
  testId,
  title,
  error,
}: GaugeProps) {
  const r = ratio(value, limit);
  const informational = limit <= 0 && !strict;
  const level: Level =
    error !== undefined ? 'over' : informational || (limit <= 0 && value <= 0) ? 'ok' : levelOf(r);
  const width = informational ? 0 : Math.min(1, Number.isFinite(r) ? r : 1) * 100;
  return (
    <div
      className={`gauge level-${level}`}
      data-testid={testId}
      data-value={value}
      data-limit={limit}
      data-level={level}
      title={[title, error].filter(Boolean).join('\n') || undefined}
    >
      <div className="gauge-text">
        <span className="gauge-label">{label}</span>
        <span className="gauge-figures">
          <span className="gauge-value">{format(value)}</span>
          <span className="muted"> / {limit > 0 ? format(limit) : (noLimit ?? '—')}</span>
          {limit > 0 && <span className={`gauge-pct level-${level}`}> {pct(r)}</span>}
        </span>
      </div>
      <div
        className="gauge-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={limit > 0 ? limit : 1}
        aria-valuenow={value}
        aria-valuetext={`${format(value)} of ${limit > 0 ? format(limit) : (noLimit ?? 'no limit')}`}
      >
        <div className="gauge-fill" style={{ width: `${width}%` }} />
      </div>
      {error !== undefined && <div className="gauge-error">{error}</div>}
    </div>
  );
}
