/**
 * Inspector section for an item the layout brings with it: its figures, editable, with the missing ones marked.
 * Each edit is one undo step and clears that figure from the item's `missing` list.
 */
import { useState } from 'react';
import type { CatalogItem } from '../../core';
import { provenanceOf } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import type { FigureSpec } from '../../state/importedItems';
import {
  AIRFLOW_CHOICES,
  editableFigures,
  figureOf,
  hasAirflow,
  importedSkus,
  missingFigures,
} from '../../state/importedItems';

export function ImportedItemEditor({ item }: { readonly item: CatalogItem }) {
  const store = useEditorStore();
  const imported = useEditor((s) => importedSkus(s.layout).has(item.sku));
  if (!imported) return null;
  const missing = new Set(item.missing ?? []);
  const set = (path: string, value: number | string) =>
    dispatch(store, 'setImportedFigure', { sku: item.sku, path, value });
  const figures = missingFigures(item);
  const airflow = hasAirflow(item) ? figureOf(item, 'thermal.airflow') : undefined;
  return (
    <section className="imported-editor" aria-label="Imported item figures" data-testid="imported-editor">
      <h3>Imported item: {item.sku}</h3>
      <p className="muted hint">
        {figures.length > 0
          ? `Missing: ${figures.join(', ')}. The planner uses the fallbacks shown until you set them; changes apply to every ${item.name} in this layout.`
          : `Figures from ${item.provenance.default.source}. Changes apply to every ${item.name} in this layout.`}
      </p>
      <div className="field-grid">
        {editableFigures(item).map((spec) => (
          <FigureInput
            key={spec.path}
            spec={spec}
            value={figureOf(item, spec.path)}
            missing={missing.has(spec.path)}
            source={provenanceOf(item, spec.path).source}
            onCommit={(v) => set(spec.path, v)}
          />
        ))}
        {typeof airflow === 'string' && (
          <label
            className={`field${missing.has('thermal.airflow') ? ' missing' : ''}`}
            title={provenanceOf(item, 'thermal.airflow').source}
          >
            <span>Airflow{missing.has('thermal.airflow') ? ' (missing)' : ''}</span>
            <select
              value={airflow}
              data-testid="figure-thermal.airflow"
              onChange={(e) => set('thermal.airflow', e.target.value)}
            >
              {AIRFLOW_CHOICES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {missing.has('thermal.airflow') && (
        <button
          type="button"
          className="confirm-airflow"
          onClick={() => set('thermal.airflow', airflow ?? '')}
        >
          Confirm airflow {String(airflow)}
        </button>
      )}
    </section>
  );
}

function FigureInput({
  spec,
  value,
  missing,
  source,
  onCommit,
}: {
  readonly spec: FigureSpec;
  readonly value: number | string | undefined;
  readonly missing: boolean;
  readonly source: string;
  readonly onCommit: (value: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (typeof value !== 'number') return null;
  const commit = () => {
    if (draft === null) return;
    const n = Number(draft);
    setDraft(null);
    if (draft.trim() === '' || !Number.isFinite(n) || n < spec.min || n > spec.max) return;
    if (n !== value || missing) onCommit(n);
  };
  return (
    <label className={`field${missing ? ' missing' : ''}`} title={missing ? `Fallback: ${source}` : source}>
      <span>
        {spec.label}
        {missing ? ' (missing)' : ''}
      </span>
      <span className="with-unit">
        <input
          type="number"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={draft ?? value}
          data-testid={`figure-${spec.path}`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
        {spec.unit && <span className="unit">{spec.unit}</span>}
      </span>
    </label>
  );
}
