/**
 * "Fix…" beside a diagnostic that has a clear remedy: the first press previews the fix (what changes, what it
 * costs), the second applies it as one undo step. Only offered for codes the core knows a fix for; when the core
 * finds none that clears the diagnostic without a new error, the preview says so. The fix search is fetched on the
 * first press (`state/planning.ts`), with "Looking for a fix…" meanwhile.
 */
import './planner.css';
import { useState } from 'react';
import type { Diagnostic, Fix } from '../../core';
import { FIXABLE_CODES, fromMinor } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { loadPlanning } from '../../state/planning';
import { selectCatalog } from '../../state/selectors';
import { money } from '../format';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'looking' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'found'; readonly fix: Fix | null };

export function FixButton({ d }: { readonly d: Diagnostic }) {
  const store = useEditorStore();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  if (d.severity !== 'error' || !FIXABLE_CODES.has(d.code)) return null;
  if (step.kind === 'idle')
    return (
      <button
        type="button"
        className="fix-button"
        data-testid="fix-preview"
        onClick={() => {
          setStep({ kind: 'looking' });
          loadPlanning().then(
            ({ fixFor }) => {
              const s = store.getState();
              setStep({ kind: 'found', fix: fixFor(s.layout, selectCatalog(s), d) });
            },
            (e: unknown) =>
              setStep({
                kind: 'failed',
                message: `The fix search did not load (${String(e)}). Reload the page.`,
              }),
          );
        }}
      >
        Fix…
      </button>
    );
  if (step.kind !== 'found')
    return (
      <p className="fix-preview muted" role="status" data-testid="fix-looking">
        {step.kind === 'looking' ? 'Looking for a fix…' : step.message}
      </p>
    );
  const preview = step.fix;
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
      <button type="button" onClick={() => setStep({ kind: 'idle' })}>
        Cancel
      </button>
    </div>
  );
}
