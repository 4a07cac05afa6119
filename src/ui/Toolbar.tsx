/** The top bar: file commands, undo and redo, and the plan's status at a glance. */
import { useRef } from 'react';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { bomExport, layoutExport } from '../state/layoutFiles';
import { selectReport } from '../state/selectors';
import { downloadText } from './download';
import { kw } from './format';
import { importLayoutFile } from './importLayout';
import { CatalogImportMenu } from './imports/CatalogImportMenu';
import { NewPodMenu } from './NewPodMenu';
import { NetworkToolbar } from './network/NetworkToolbar';
import { WorkflowButtons } from './quote/QuoteWorkflow';

export function Toolbar() {
  const store = useEditorStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const name = useEditor((s) => s.layout.name);
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label ?? null);
  const redoLabel = useEditor((s) => s.history.future[0]?.label ?? null);
  const errors = useEditor((s) => selectReport(s).errors);
  const itKw = useEditor((s) => selectReport(s).pod.itKwMax);
  const gpus = useEditor((s) => selectReport(s).pod.gpus);

  const exportFile = (what: 'layout' | 'bom') => {
    const { layout, catalog } = store.getState();
    const f = what === 'layout' ? layoutExport(layout) : bomExport(layout, catalog);
    downloadText(f.fileName, f.text, f.mime);
  };

  return (
    <header className="toolbar">
      <div className="brand" aria-label="podplan">
        <span className="logo" aria-hidden="true">
          ▣
        </span>{' '}
        podplan
      </div>
      <span className="pod-name" title="Pod name (edit in the inspector)">
        {name}
      </span>
      <nav className="toolbar-group" aria-label="File">
        <NewPodMenu />
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          title="Import a layout JSON file (or drop it on the window)"
        >
          Import…
        </button>
        <CatalogImportMenu />
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importLayoutFile(store, file);
          }}
        />
        <button type="button" onClick={() => exportFile('layout')}>
          Export layout
        </button>
        <button type="button" onClick={() => exportFile('bom')} data-testid="export-bom">
          Export BOM
        </button>
      </nav>
      <WorkflowButtons />
      <nav className="toolbar-group" aria-label="History">
        <button
          type="button"
          disabled={undoLabel === null}
          onClick={() => dispatch(store, 'undo')}
          title={`Undo${undoLabel ? `: ${undoLabel}` : ''} (Ctrl+Z)`}
          aria-label="Undo"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          disabled={redoLabel === null}
          onClick={() => dispatch(store, 'redo')}
          title={`Redo${redoLabel ? `: ${redoLabel}` : ''} (Ctrl+Shift+Z)`}
          aria-label="Redo"
        >
          ↷ Redo
        </button>
      </nav>
      <NetworkToolbar />
      <div className="toolbar-summary" aria-live="polite">
        <span>{kw(itKw)} IT</span>
        <span>{gpus} GPUs</span>
        <span className={errors > 0 ? 'badge error' : 'badge ok'}>
          {errors > 0 ? `${errors} errors` : 'Plan holds'}
        </span>
      </div>
    </header>
  );
}
