/**
 * The shape of a command: every user action (palette, keyboard, inspector, elevation, 3D gestures) is one of these,
 * dispatched through `dispatch`. `undoable` says whether a layout change it makes becomes an undo step.
 */
import type { Layout } from '../../core';
import type { EditorState } from '../editorStore';
import type { History } from '../history';
import type { Session } from '../session';

export interface CommandOutcome {
  readonly layout?: Layout;
  readonly session?: Partial<Session>;
  /** Only the history commands (undo, redo) write the history themselves. */
  readonly history?: History;
  /** Overrides the command's label for the undo step (`Place NVIDIA DGX H100`). */
  readonly label?: string;
}

export interface CommandDef<A> {
  readonly label: string;
  readonly undoable: boolean;
  /** Shown in tooltips and menus, e.g. `Ctrl+Z`. */
  readonly shortcut?: string;
  /** Pure: reads the state, returns what changes, or null when the command does not apply. */
  readonly run: (state: EditorState, args: A) => CommandOutcome | null;
}
