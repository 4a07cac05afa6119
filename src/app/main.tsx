/** Entry: restore the autosaved pod (or start empty), start autosave, mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinCatalog, emptyLayout } from '../core';
import type { StorageLike } from '../state/autosave';
import { restoreSaved, startAutosave } from '../state/autosave';
import { EditorProvider } from '../state/editorContext';
import { createEditorStore, patchSession } from '../state/editorStore';
import '../ui/app.css';
import '../ui/panels.css';
import '../ui/elevation.css';
import { App } from './App';
import { installTestHook } from './testHook';

/** localStorage, or an in-memory stand-in when the browser refuses it (private mode, file://). */
function browserStorage(): StorageLike {
  try {
    const probe = '__podplan_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const map = new Map<string, string>();
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
  }
}

const storage = browserStorage();
const restored = restoreSaved(storage);
const store = createEditorStore(builtinCatalog, restored.layout ?? emptyLayout());
if (restored.notice) patchSession(store, { notice: restored.notice });
startAutosave(store, storage, 300, window);
installTestHook(store);

const rootElement = document.getElementById('root');
if (rootElement)
  createRoot(rootElement).render(
    <StrictMode>
      <EditorProvider store={store}>
        <App />
      </EditorProvider>
    </StrictMode>,
  );
