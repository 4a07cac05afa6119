/** Wiring only: the screen's panels, with the 3D view loaded lazily so the first screen comes up fast. */
import { lazy, Suspense, useEffect } from 'react';
import { useEditorStore } from '../state/editorContext';
import { usePreferences } from '../state/preferences';
import { CapacityPanel } from '../ui/CapacityPanel';
import { DiagnosticsList } from '../ui/DiagnosticsList';
import { EmptyHint } from '../ui/EmptyHint';
import { FloorPlan } from '../ui/FloorPlan';
import { FirstRunHint } from '../ui/help/FirstRunHint';
import { HelpOverlay } from '../ui/help/HelpOverlay';
import { unitsLabel } from '../ui/menus/UnitsMenu';
import { Inspector } from '../ui/Inspector';
import { CableSchedulePanel } from '../ui/network/NetworkToolbar';
import { NoticeBanner } from '../ui/NoticeBanner';
import { Guard } from '../ui/persist/ErrorBoundary';
import { KeptPodsDialog } from '../ui/persist/KeptPodsDialog';
import { TabConflictDialog } from '../ui/persist/TabConflictDialog';
import { Palette } from '../ui/Palette';
import { QuoteWorkflow } from '../ui/quote/QuoteWorkflow';
import { RackElevation } from '../ui/RackElevation';
import { StatusBar } from '../ui/StatusBar';
import { Toolbar } from '../ui/Toolbar';
import { useFileDrop } from '../ui/useFileDrop';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts';
import { ViewControls } from '../ui/ViewControls';

const PodView = lazy(() => import('../scene/PodView'));

/** `onStarted` runs once the first screen has been drawn (the boot guard's "it started" mark). */
export function App({ onStarted }: { readonly onStarted?: () => void }) {
  const store = useEditorStore();
  useEffect(() => {
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => onStarted?.()));
    return () => cancelAnimationFrame(frame);
  }, [onStarted]);
  useKeyboardShortcuts(store);
  const fileOver = useFileDrop(store);
  // Panels are drawn again in new units by remounting them (memoized rows included); the 3D view is left alone.
  const units = usePreferences((s) => unitsLabel(s.units));
  return (
    <div className="app">
      <Guard area="The toolbar">
        <Toolbar />
      </Guard>
      <NoticeBanner />
      <TabConflictDialog />
      <KeptPodsDialog />
      <main className="workspace">
        <Guard area="The catalog">
          <Palette key={units} />
        </Guard>
        <div className="centre">
          <FirstRunHint />
          <section className="viewport" aria-label="3D view of the pod">
            <Guard area="The 3D view">
              <Suspense fallback={<div className="viewport-loading">Loading the 3D view…</div>}>
                <PodView />
              </Suspense>
              <ViewControls />
              <EmptyHint />
            </Guard>
          </section>
          <Guard area="The diagnostics list">
            <DiagnosticsList key={units} />
          </Guard>
        </div>
        <div className="rack-column" key={units}>
          <Guard area="The floor plan">
            <FloorPlan />
          </Guard>
          <Guard area="The rack elevation">
            <RackElevation />
          </Guard>
        </div>
        <aside className="sidebar" key={units}>
          <Guard area="The inspector">
            <Inspector />
          </Guard>
          <Guard area="The capacity panel">
            <CapacityPanel />
          </Guard>
        </aside>
        <Guard area="The cable schedule">
          <CableSchedulePanel key={units} />
        </Guard>
      </main>
      <StatusBar />
      <HelpOverlay />
      <Guard area="The quote">
        <QuoteWorkflow />
      </Guard>
      {fileOver && (
        <div className="file-drop-overlay">
          Drop a layout JSON to open it, or NetBox YAML files or folders, a catalog JSON or a price list to
          import
        </div>
      )}
    </div>
  );
}
