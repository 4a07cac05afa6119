/**
 * The head of the capacity panel: for each rack limit, the rack nearest to (or furthest over) it, so a rack 162 %
 * over a feed is seen at the top and not only in its card below the fold. Each line selects its rack.
 */
import type { WorstRack } from '../core';
import { RACK_LIMIT_LABELS, worstRacks } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { levelOf, selectReport } from '../state/selectors';
import { pct } from './format';

const levelOfWorst = (w: WorstRack) => (w.error ? 'over' : levelOf(w.ratio));

/** "one feed lost 162 %", or "one feed lost: no capacity" when the limit is 0. */
const describe = (w: WorstRack): string =>
  w.limitValue > 0
    ? `${RACK_LIMIT_LABELS[w.limit]} ${pct(w.ratio)}${w.error && w.ratio <= 1 ? ' (an error is open: see Diagnostics)' : ''}`
    : `${RACK_LIMIT_LABELS[w.limit]}: ${w.limit === 'feedLost' ? '0 kW left (single feed)' : 'no capacity'}`;

export function WorstRacks() {
  const store = useEditorStore();
  const report = useEditor(selectReport);
  const worst = worstRacks(report).filter((w) => w.error || levelOf(w.ratio) !== 'ok');
  if (report.racks.length === 0) return null;
  if (worst.length === 0)
    return (
      <p className="worst-racks ok" data-testid="worst-racks">
        Every rack is under 80 % of each of its limits.
      </p>
    );
  return (
    <ul className="worst-racks" data-testid="worst-racks" aria-label="Worst rack per limit">
      {worst.map((w) => (
        <li key={w.limit}>
          <button
            type="button"
            className={`worst-rack level-${levelOfWorst(w)}`}
            data-limit={w.limit}
            onClick={() => dispatch(store, 'select', { refs: [{ kind: 'rack', id: w.rackId }] })}
            title="Select this rack"
          >
            <span className="muted">worst rack:</span> <strong>{w.rackName}</strong>, {describe(w)}
          </button>
        </li>
      ))}
    </ul>
  );
}
