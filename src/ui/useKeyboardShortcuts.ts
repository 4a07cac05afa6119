/** Global shortcuts, all through the command registry. Typing in a field is left alone. */
import { useEffect } from 'react';
import type { PlainCommandId } from '../state/commands/registry';
import { dispatch } from '../state/commands/registry';
import type { EditorStore } from '../state/editorStore';
import { preferences, setPreferences } from '../state/preferences';

interface Binding {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly command: PlainCommandId;
}

export const KEY_BINDINGS: readonly Binding[] = [
  { key: 'z', mod: true, shift: true, command: 'redo' },
  { key: 'z', mod: true, command: 'undo' },
  { key: 'y', mod: true, command: 'redo' },
  { key: 'd', mod: true, command: 'duplicateSelection' },
  { key: 'Delete', command: 'deleteSelection' },
  { key: 'Backspace', command: 'deleteSelection' },
  { key: 'Escape', command: 'cancel' },
  { key: 'm', command: 'armSelectionForMove' },
];

/** Inputs that take no typed text: with one focused (a ticked box, a radio), Ctrl+Z and the other shortcuts still work. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable ||
    t.tagName === 'TEXTAREA' ||
    t.tagName === 'SELECT' ||
    (t instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(t.type)));

export function useKeyboardShortcuts(store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) && e.key !== 'Escape') return;
      // Keys inside an open modal dialog (the help) are the dialog's: Escape closes it, never the editor's cancel.
      if (e.target instanceof Element && e.target.closest('dialog[open]')) {
        if (e.key === 'Escape' && preferences.getState().helpOpen) setPreferences({ helpOpen: false });
        if (e.key !== '?') return;
      }
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === '?' && !mod) {
        e.preventDefault();
        setPreferences({ helpOpen: !preferences.getState().helpOpen });
        return;
      }
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const binding = KEY_BINDINGS.find(
        (b) => b.key === key && (b.mod ?? false) === mod && (b.shift === undefined || b.shift === e.shiftKey),
      );
      if (!binding) return;
      e.preventDefault();
      dispatch(store, binding.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
