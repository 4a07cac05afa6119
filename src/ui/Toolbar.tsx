/**
 * The top bar on one row at 1280 px: File, Plan, Network and Quote menus, undo and redo, the plan's status at a
 * glance, units and help.
 */
import { useRef } from 'react';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { bomExport, layoutExport } from '../state/layoutFiles';
import { setPreferences, usePreferences } from '../state/preferences';
import { selectReport } from '../state/selectors';
import { downloadText } from './download';
import { count, kw } from './format';
import { importLayoutFile } from './importLayout';
import { CatalogImportItems } from './imports/CatalogImportMenu';
import { PlanMenuItems } from './menus/PlanMenu';
import { MenuHeading, MenuItem, ToolbarMenu } from './menus/ToolbarMenu';
import { UnitsMenu } from './menus/UnitsMenu';
import { NewPodItems } from './NewPodItems';
import { NetworkDialogs, NetworkMenuItems } from './network/NetworkToolbar';
import { PlannerDialogs } from './planner/PlannerDialogs';
import { WorkflowButtons } from './quote/QuoteWorkflow';

function FileMenu() {
  const store = useEditorStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const exportFile = (what: 'layout' | 'bom') => {
    const { layout, catalog } = store.getState();
    const f = what === 'layout' ? layoutExport(layout) : bomExport(layout, catalog);
    downloadText(f.fileName, f.text, f.mime);
  };
  return (
    <ToolbarMenu label="File" testId="file-menu">
      <NewPodItems />
      <MenuHeading>Layout</MenuHeading>
      <MenuItem
        hint="A layout JSON file (or drop it on the window)"
        onSelect={() => fileInput.current?.click()}
      >
        Import layout…
      </MenuItem>
      <MenuItem
        hint="The pod as layout JSON (SI units)"
        testId="export-layout"
        onSelect={() => exportFile('layout')}
      >
        Export layout
      </MenuItem>
      <MenuItem hint="Bill of materials JSON" testId="export-bom" onSelect={() => exportFile('bom')}>
        Export BOM
      </MenuItem>
      <CatalogImportItems />
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
    </ToolbarMenu>
  );
}

export function Toolbar() {
  const store = useEditorStore();
  const name = useEditor((s) => s.layout.name);
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label ?? null);
  const redoLabel = useEditor((s) => s.history.future[0]?.label ?? null);
  const errors = useEditor((s) => selectReport(s).errors);
  const itKw = useEditor((s) => selectReport(s).pod.itKwMax);
  const gpus = useEditor((s) => selectReport(s).pod.gpus);
  usePreferences((s) => s.units); // the summary's figures follow the units

  return (
    <header className="toolbar">
      <div className="brand" aria-label="podplan">
        <span className="logo" aria-hidden="true">
          ▣
        </span>{' '}
        podplan
      </div>
      <span className="pod-name" title={`${name} (edit in the inspector)`}>
        {name}
      </span>
      <nav className="toolbar-group" aria-label="Menus">
        <FileMenu />
        <ToolbarMenu label="Plan" testId="plan-menu">
          <PlanMenuItems />
        </ToolbarMenu>
        <ToolbarMenu label="Network" testId="network-menu">
          <NetworkMenuItems />
        </ToolbarMenu>
        <ToolbarMenu label="Quote" testId="quote-menu">
          <WorkflowButtons />
        </ToolbarMenu>
      </nav>
      <NetworkDialogs />
      <PlannerDialogs />
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
      <div className="toolbar-summary" aria-live="polite">
        <span>{kw(itKw)} IT</span>
        <span>{gpus} GPUs</span>
        <span className={errors > 0 ? 'badge error' : 'badge ok'} data-testid="toolbar-errors">
          {errors > 0 ? count(errors, 'error') : 'Plan holds'}
        </span>
      </div>
      <UnitsMenu />
      <button
        type="button"
        className="help-button"
        aria-label="Help and keyboard map"
        title="Help and keyboard map (?)"
        onClick={() => setPreferences({ helpOpen: true })}
      >
        ?
      </button>
    </header>
  );
}
