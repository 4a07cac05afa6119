/**
 * Every error and warning from the core (infos folded away). Clicking one selects its target and flies the camera
 * to it; the same targets are highlighted in the 3D view, the elevation and the floor plan.
 */
import { useState } from 'react';
import type { Diagnostic, Severity } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { findLink, refOfId } from '../core';
import { setNetworkView } from '../state/networkView';
import { selectReport } from '../state/selectors';
import { inUnits } from './format';
import { FixButton } from './planner/FixButton';

const ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };
const LIMIT = 300;

export function DiagnosticsList() {
  const store = useEditorStore();
  const report = useEditor(selectReport);
  const [showInfo, setShowInfo] = useState(false);
  const list = report.diagnostics.filter((d) => showInfo || d.severity !== 'info');
  const reveal = (d: Diagnostic) => {
    const layout = store.getState().layout;
    for (const t of d.targets) {
      if (t.kind === 'link' && findLink(layout, { kind: 'link', id: t.id })) {
        // A link is seen in the 3D cable layer: show it, select it and fly to it.
        setNetworkView({ cables: true });
        dispatch(store, 'reveal', { ref: { kind: 'link', id: t.id } });
        return;
      }
      if (t.kind === 'pod' || t.kind === 'sku' || t.kind === 'link') continue;
      const ref = refOfId(layout, t.id);
      if (ref) {
        dispatch(store, 'reveal', { ref });
        return;
      }
    }
    if (d.targets.some((t) => t.kind === 'pod')) dispatch(store, 'camera', { preset: 'overview' });
  };
  return (
    <section className="panel diagnostics" aria-label="Diagnostics">
      <header className="panel-header">
        <h2>Diagnostics</h2>
        <span className={`badge ${report.errors ? 'error' : 'ok'}`} data-testid="error-count">
          {report.errors} error{report.errors === 1 ? '' : 's'}
        </span>
        <span className={`badge ${report.warnings ? 'warning' : 'ok'}`}>
          {report.warnings} warning{report.warnings === 1 ? '' : 's'}
        </span>
        <label className="toggle">
          <input type="checkbox" checked={showInfo} onChange={(e) => setShowInfo(e.target.checked)} />{' '}
          {report.infos} info
        </label>
      </header>
      {list.length === 0 ? (
        <p className="muted empty">
          {report.pod.racks === 0 ? 'Add racks to start planning.' : 'No problems: the plan holds.'}
        </p>
      ) : (
        <ul className="diag-list">
          {list.slice(0, LIMIT).map((d, i) => (
            <li key={`${d.code}|${d.message}|${i}`}>
              <button
                type="button"
                className={`diag ${d.severity}`}
                data-code={d.code}
                onClick={() => reveal(d)}
              >
                <span className="diag-icon" aria-label={d.severity}>
                  {ICON[d.severity]}
                </span>
                <span className="diag-message">{inUnits(d.message, d.code)}</span>
                <span className="diag-code">{d.code}</span>
              </button>
              <FixButton d={d} />
            </li>
          ))}
          {list.length > LIMIT && <li className="muted">…and {list.length - LIMIT} more.</li>}
        </ul>
      )}
    </section>
  );
}
