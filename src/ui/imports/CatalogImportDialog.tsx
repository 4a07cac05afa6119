/**
 * The import dialog: progress while files are read and imported, then the summary (imported, partial with what is
 * missing and why, rejected with reasons, price lists) for the user to confirm, which adds everything in one undo
 * step, or cancel, which changes nothing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CatalogImportSummary } from '../../state/catalogImportPlan';
import { itemsToAdd } from '../../state/catalogImportPlan';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { KIND_SINGULAR } from '../format';
import { ImportItemList, RejectedList } from './ImportLists';
import { cancelCatalogImport } from './runCatalogImport';
import { useCatalogImportJob } from './useCatalogImportJob';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function CatalogImportDialog() {
  const job = useCatalogImportJob();
  const open = job.phase !== 'idle';
  useEffect(() => {
    // Modal: the app behind takes no focus or clicks while the import is open (the dialog lives outside #root).
    const root = document.getElementById('root');
    if (!open || !root) return;
    root.inert = true;
    return () => {
      root.inert = false;
    };
  }, [open]);
  if (job.phase === 'idle') return null;
  return createPortal(
    <div className="import-backdrop">
      {job.phase === 'working' ? (
        <ProgressCard step={job.step} done={job.done} total={job.total} />
      ) : (
        <SummaryCard key={job.id} summary={job.summary} />
      )}
    </div>,
    document.body,
  );
}

function useEscape(onEscape: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onEscape();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onEscape]);
}

function ProgressCard({
  step,
  done,
  total,
}: {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}) {
  const store = useEditorStore();
  const titleId = useId();
  useEscape(() => cancelCatalogImport(store));
  return (
    <section
      className="import-dialog import-progress"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="import-progress"
    >
      <h2 id={titleId}>Importing catalog…</h2>
      <p>
        {step}: {done} of {total}
      </p>
      <progress max={Math.max(total, 1)} value={done} aria-label={step} />
      <footer className="import-actions">
        <button type="button" onClick={() => cancelCatalogImport(store)}>
          Cancel
        </button>
      </footer>
    </section>
  );
}

function SummaryCard({ summary }: { readonly summary: CatalogImportSummary }) {
  const store = useEditorStore();
  const titleId = useId();
  const [replaceBuiltins, setReplaceBuiltins] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const cancel = () => cancelCatalogImport(store);
  useEscape(cancel);

  const items = itemsToAdd(summary, replaceBuiltins);
  const prices = summary.priceLists.map((p) => ({ file: p.file, entries: p.entries }));
  const priceCount = prices.reduce((n, p) => n + p.entries.length, 0);
  const canApply = items.length > 0 || priceCount > 0;
  const all = [...summary.imported, ...summary.partial];
  const builtins = all.filter((e) => e.replaces === 'builtin');
  const reimports = all.filter((e) => e.replaces === 'layout');

  useEffect(() => {
    (canApply ? confirmRef : closeRef).current?.focus();
  }, [canApply]);

  const confirm = () => {
    const what = [
      ...(items.length > 0 ? [plural(items.length, 'item')] : []),
      ...(priceCount > 0 ? [plural(priceCount, 'price')] : []),
    ].join(' and ');
    dispatch(store, 'importCatalog', { items, prices, label: `Import ${what} from ${summary.title}` });
    cancelCatalogImport(store);
  };

  const applyLabel = [
    ...(items.length > 0 ? [`Add ${plural(items.length, 'item')}`] : []),
    ...(priceCount > 0 ? [`${items.length > 0 ? 'apply' : 'Apply'} ${plural(priceCount, 'price')}`] : []),
  ].join(' and ');

  return (
    <section
      className="import-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="import-summary"
    >
      <header className="import-header">
        <h2 id={titleId}>Import summary: {summary.title}</h2>
        <button type="button" className="notice-close" aria-label="Cancel the import" onClick={cancel}>
          ✕
        </button>
      </header>
      <p className="import-counts">
        <Count id="imported" label="imported" value={summary.imported.length} tone="ok" />
        <Count id="partial" label="partial" value={summary.partial.length} tone="warning" />
        <Count id="rejected" label="rejected" value={summary.rejected.length} tone="error" />
        {summary.priceLists.length > 0 && (
          <Count id="prices" label={priceCount === 1 ? 'price' : 'prices'} value={priceCount} tone="ok" />
        )}
        {summary.ignored.length > 0 && (
          <span className="muted" title={summary.ignored.join('\n')}>
            {plural(summary.ignored.length, 'other file')} skipped
          </span>
        )}
      </p>
      <div className="import-body">
        {summary.rejected.length > 0 && (
          <details open className="import-section">
            <summary>
              Rejected: nothing taken from these <span className="muted">{summary.rejected.length}</span>
            </summary>
            <RejectedList rejected={summary.rejected} />
          </details>
        )}
        {summary.partial.length > 0 && (
          <details open className="import-section">
            <summary>
              Partial: usable, with figures to complete{' '}
              <span className="muted">{summary.partial.length}</span>
            </summary>
            <p className="muted import-hint">
              Each holds a stated fallback for what is missing and is flagged wherever it is used. Complete
              the figures in the inspector once an item is placed.
            </p>
            <ImportItemList entries={summary.partial} testId="import-partial" />
          </details>
        )}
        {summary.imported.length > 0 && (
          <details open={summary.partial.length === 0} className="import-section">
            <summary>
              Imported <span className="muted">{summary.imported.length}</span>
            </summary>
            <ImportItemList entries={summary.imported} testId="import-imported" />
          </details>
        )}
        {summary.priceLists.map((p) => (
          <p key={p.file} className="import-prices" data-testid="import-price-list">
            Price list <code>{p.file}</code>: {plural(p.entries.length, 'price')} in {p.currencies.join(', ')}
            . They replace list prices for quoting and are saved with the layout.
          </p>
        ))}
      </div>
      {builtins.length > 0 && (
        <label className="import-option">
          <input
            type="checkbox"
            checked={replaceBuiltins}
            data-testid="import-replace-builtins"
            onChange={(e) => setReplaceBuiltins(e.target.checked)}
          />
          <span>
            Replace {plural(builtins.length, 'built-in item')} with the same SKU in this layout (
            {builtins.map((e) => e.item.sku).join(', ')}). Unticked, the curated built-in{' '}
            {builtins.length === 1 ? KIND_SINGULAR[builtins[0]!.item.kind] : 'items'} stay.
          </span>
        </label>
      )}
      {reimports.length > 0 && (
        <p className="muted import-note">
          {plural(reimports.length, 'item')} replace{reimports.length === 1 ? 's' : ''} the copy this layout
          already carries (figures set by hand on it are replaced too).
        </p>
      )}
      <footer className="import-actions">
        {canApply ? (
          <>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              ref={confirmRef}
              onClick={confirm}
              data-testid="import-confirm"
            >
              {applyLabel}
            </button>
          </>
        ) : (
          <>
            <span className="muted">Nothing can be imported from these files; the layout is unchanged.</span>
            <button type="button" ref={closeRef} onClick={cancel} data-testid="import-close">
              Close
            </button>
          </>
        )}
      </footer>
    </section>
  );
}

function Count({
  id,
  label,
  value,
  tone,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly tone: 'ok' | 'warning' | 'error';
}) {
  return (
    <span
      className={`badge ${value > 0 ? tone : 'none'}`}
      data-testid={`import-count-${id}`}
      data-value={value}
    >
      {value} {label}
    </span>
  );
}
