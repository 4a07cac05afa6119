/**
 * Entry: open the save store, restore the saved pod (or start empty, with the reason), start autosave and the
 * two-tab watch, mount the app inside an error boundary.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinCatalog, emptyLayout } from '../core';
import { EditorProvider } from '../state/editorContext';
import { createEditorStore, patchSession } from '../state/editorStore';
import type { Notice } from '../state/session';
import { startAutosave } from '../state/persist/autosave';
import { bootGuard } from '../state/persist/bootGuard';
import { browserLocalStorage, openSaveStore, storageRoom } from '../state/persist/openSaveStore';
import { setPersistence } from '../state/persist/persistence';
import type { SaveStore } from '../state/persist/saveStore';
import { isQuotaError } from '../state/persist/saveStore';
import { restorePod } from '../state/persist/restore';
import { announcePresence, broadcastTabChannel, newTabId } from '../state/persist/tabChannel';
import { ErrorBoundary } from '../ui/persist/ErrorBoundary';
import { followPodPowerFactor, startPreferences } from '../state/preferences';
import '../ui/app.css';
import '../ui/panels.css';
import '../ui/elevation.css';
import { App } from './App';
import { installTestHook } from './testHook';

/** Below this much free room (bytes, or twice the pod's size when larger) the user is warned at load. */
const LOW_ROOM_BYTES = 1_000_000;

async function lowRoomNotice(saves: SaveStore, podChars: number): Promise<Notice | null> {
  const full = await saves.probe().then(
    () => null,
    (e: unknown) => e,
  );
  const room = await storageRoom();
  const free = room ? room.quota - room.usage : Infinity;
  if (full === null && free >= Math.max(LOW_ROOM_BYTES, 4 * podChars)) return null;
  const why =
    full !== null && !isQuotaError(full)
      ? `refusing writes (${String(full)})`
      : room
        ? `nearly full, ${(Math.max(0, free) / 1e6).toFixed(1)} MB free`
        : 'full';
  return {
    tone: 'error',
    text: `The browser's storage for this site is ${why}: your changes may not be saved. Export the layout to keep your work in a file, or free space in the browser's site settings.`,
    offerExport: true,
  };
}

async function boot() {
  const legacy = browserLocalStorage();
  if (legacy) startPreferences(legacy);
  const saves = await openSaveStore(legacy);
  const guard = bootGuard(legacy);
  const restored = await restorePod(saves, builtinCatalog, legacy, guard);
  const store = createEditorStore(builtinCatalog, restored.layout ?? emptyLayout());
  store.setState({ history: restored.history });
  followPodPowerFactor(store);
  const notice =
    restored.notice ??
    (saves.kind === 'memory'
      ? {
          tone: 'error' as const,
          text: 'This browser does not let podplan save: export the layout to keep your work.',
          offerExport: true,
        }
      : await lowRoomNotice(saves, restored.layout ? restored.layout.devices.length * 150 : 0));
  if (notice) patchSession(store, { notice });

  const tabId = newTabId();
  const channel = broadcastTabChannel();
  const autosave = startAutosave(store, saves, {
    tabId,
    baseRev: restored.baseRev,
    journal: restored.journal,
    events: window,
    channel,
    pending: legacy,
  });
  setPersistence({ saves, autosave });
  if (channel)
    announcePresence(channel, tabId, () => {
      if (store.getState().session.notice?.tone !== 'error')
        patchSession(store, {
          notice: {
            tone: 'info',
            text: 'This pod is also open in another tab. If both change it, you will be asked which version to keep.',
          },
        });
    });
  installTestHook(store);

  const rootElement = document.getElementById('root');
  if (rootElement)
    createRoot(rootElement).render(
      <StrictMode>
        <EditorProvider store={store}>
          <ErrorBoundary area="podplan" store={store} page>
            <App onStarted={guard.started} />
          </ErrorBoundary>
        </EditorProvider>
      </StrictMode>,
    );
}

void boot();
