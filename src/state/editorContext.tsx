/** React access to the editor store: narrow selectors only, so a panel re-renders when its slice changes. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editorStore';

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({
  store,
  children,
}: {
  readonly store: EditorStore;
  readonly children: ReactNode;
}) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside <EditorProvider>');
  return store;
}

/** Subscribes to one slice of the editor state. The selector must return a stable value (no fresh objects). */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
