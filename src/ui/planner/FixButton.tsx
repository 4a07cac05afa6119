/**
 * "Fix…" beside a diagnostic that has a clear remedy: the first press previews the fix (what changes, what it
 * costs), the second applies it as one undo step. Only offered for codes the core knows a fix for; when the core
 * finds none that clears the diagnostic without a new error, the preview says so.
 */
import './planner.css';
import { useState } from 'react';
import type { Diagnostic, Fix } from '../../core';
import { FIXABLE_CODES, fixFor, fromMinor } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';
import { money } from '../format';

export function FixButton({ d }: { readonly d: Diagnostic }) {
  const store = useEditorStore();
  const [preview, setPreview] = useState<Fix | null | undefined>(undefined);
  if (d.severity !== 'error' || !FIXABLE_CODES.has(d.code)) return null;
  if (preview === undefined)
    return (
      <button
        type="button"
        className="fix-button"
        data-testid="fix-preview"
        onClick={() => {
          const s = store.getState();
          setPreview(fixFor(s.layout, selectCatalog(s), d));
        }}
      >
        Fix…
      </button>
    );
  if (preview === null)
    return (
      <p className="fix-preview muted" role="status">
        No fix clears this without breaking another rule.
      </p>
    );
  const cost = fromMinor(preview.costMinor, preview.currency);
  return (
    <div className="fix-preview" role="group" aria-label="Fix preview" data-testid="fix-details">
      <span>
        {preview.label}: {preview.change};{' '}
        {preview.costMinor === 0 ? 'no added cost' : `${money(cost, preview.currency)} (example list prices)`}
        .
      </span>
      <button
        type="button"
        className="primary"
        data-testid="fix-apply"
        onClick={() => dispatch(store, 'applyFix', { diagnostic: d })}
      >
        Apply fix
      </button>
      <button type="button" onClick={() => setPreview(undefined)}>
        Cancel
      </button>
    </div>
  );
}
