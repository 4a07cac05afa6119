/** Wiring only: the screen's panels, with the 3D view loaded lazily so the first screen comes up fast. */
import { lazy, Suspense } from 'react';
import { useEditorStore } from '../state/editorContext';
import { CapacityPanel } from '../ui/CapacityPanel';
import { DiagnosticsList } from '../ui/DiagnosticsList';
import { EmptyHint } from '../ui/EmptyHint';
import { FloorPlan } from '../ui/FloorPlan';
import { Inspector } from '../ui/Inspector';
import { CableSchedulePanel } from '../ui/network/CableSchedule';
import { NoticeBanner } from '../ui/NoticeBanner';
import { Palette } from '../ui/Palette';
import { QuoteWorkflow } from '../ui/quote/QuoteWorkflow';
import { RackElevation } from '../ui/RackElevation';
import { StatusBar } from '../ui/StatusBar';
import { Toolbar } from '../ui/Toolbar';
import { useFileDrop } from '../ui/useFileDrop';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts';
import { ViewControls } from '../ui/ViewControls';

const PodView = lazy(() => import('../scene/PodView'));

export function App() {
  const store = useEditorStore();
  useKeyboardShortcuts(store);
  const fileOver = useFileDrop(store);
  return (
    <div className="app">
      <Toolbar />
      <NoticeBanner />
      <main className="workspace">
        <Palette />
        <div className="centre">
          <section className="viewport" aria-label="3D view of the pod">
            <Suspense fallback={<div className="viewport-loading">Loading the 3D view…</div>}>
              <PodView />
            </Suspense>
            <ViewControls />
            <EmptyHint />
          </section>
          <DiagnosticsList />
          <CableSchedulePanel />
        </div>
        <div className="rack-column">
          <FloorPlan />
          <RackElevation />
        </div>
        <aside className="sidebar">
          <Inspector />
          <CapacityPanel />
        </aside>
      </main>
      <StatusBar />
      <QuoteWorkflow />
      {fileOver && (
        <div className="file-drop-overlay">
          Drop a layout JSON to open it, or NetBox YAML files or folders, a catalog JSON or a price list to
          import
        </div>
      )}
    </div>
  );
}
