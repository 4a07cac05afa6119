/** Commands that change only the session (and undo/redo, which walk the history). None makes an undo step. */
import { redo, undo } from '../history';
import { rackOf } from '../../core';
import type { CameraPreset, ColourMode, Notice, Payload, SelectionRef } from '../session';
import { sameRef } from '../session';
import type { CommandDef } from './commandTypes';

export interface SessionCommandArgs {
  undo: void;
  redo: void;
  select: { readonly refs: readonly SelectionRef[]; readonly mode?: 'replace' | 'toggle' };
  /** Escape: drop what is armed first, then the selection. */
  cancel: void;
  /** Picks up a palette item or the selection for the non-drag path; null puts it down. */
  arm: { readonly payload: Payload | null };
  armSelectionForMove: void;
  setColourMode: { readonly mode: ColourMode };
  camera: { readonly preset: CameraPreset };
  /** Selects a record and flies the camera to it (diagnostics list, floor plan). */
  reveal: { readonly ref: SelectionRef };
  showRack: { readonly rack: string };
  notify: { readonly notice: Notice | null };
}

export const sessionCommands: {
  readonly [K in keyof SessionCommandArgs]: CommandDef<SessionCommandArgs[K]>;
} = {
  undo: {
    label: 'Undo',
    undoable: false,
    shortcut: 'Ctrl+Z',
    run: (state) => {
      const t = undo(state.history, state.layout);
      return (
        t && {
          layout: t.layout,
          history: t.history,
          session: { status: `Undid: ${t.label}.`, preview: null },
        }
      );
    },
  },
  redo: {
    label: 'Redo',
    undoable: false,
    shortcut: 'Ctrl+Shift+Z',
    run: (state) => {
      const t = redo(state.history, state.layout);
      return (
        t && {
          layout: t.layout,
          history: t.history,
          session: { status: `Redid: ${t.label}.`, preview: null },
        }
      );
    },
  },
  select: {
    label: 'Select',
    undoable: false,
    run: (state, { refs, mode = 'replace' }) => {
      let selection: readonly SelectionRef[] = refs;
      if (mode === 'toggle') {
        const current = state.session.selection;
        const kept = current.filter((c) => !refs.some((r) => sameRef(r, c)));
        const added = refs.filter((r) => !current.some((c) => sameRef(r, c)));
        selection = [...kept, ...added];
      }
      const last = selection[selection.length - 1];
      const rack = last ? rackOf(state.layout, last) : null;
      return { session: { selection, ...(rack !== null && { elevationRack: rack }) } };
    },
  },
  cancel: {
    label: 'Cancel',
    undoable: false,
    shortcut: 'Escape',
    run: (state) => {
      if (state.session.armed || state.session.drag)
        return { session: { armed: null, drag: null, preview: null, status: 'Put down.' } };
      if (state.session.selection.length > 0) return { session: { selection: [] } };
      return null;
    },
  },
  arm: {
    label: 'Pick up',
    undoable: false,
    run: (_state, { payload }) => ({ session: { armed: payload, preview: null } }),
  },
  armSelectionForMove: {
    label: 'Move…',
    undoable: false,
    shortcut: 'M',
    run: (state) => {
      const ids = state.session.selection.map((r) => r.id);
      if (ids.length === 0) return null;
      return {
        session: {
          armed: { kind: 'move', ids },
          status: `Moving ${ids.length === 1 ? ids[0] : `${ids.length} items`}: choose a target slot or floor position (Esc cancels).`,
        },
      };
    },
  },
  setColourMode: {
    label: 'Colour by',
    undoable: false,
    run: (_state, { mode }) => ({ session: { colourMode: mode } }),
  },
  camera: {
    label: 'Camera',
    undoable: false,
    run: (state, { preset }) => ({ session: { camera: { preset, nonce: state.session.camera.nonce + 1 } } }),
  },
  reveal: {
    label: 'Show',
    undoable: false,
    run: (state, { ref }) => {
      const rack = rackOf(state.layout, ref);
      return {
        session: {
          selection:
            ref.kind === 'rack' || ref.kind === 'device' || ref.kind === 'floorUnit' || ref.kind === 'link'
              ? [ref]
              : [],
          ...(rack !== null && { elevationRack: rack }),
          camera: { preset: 'selected', focus: ref, nonce: state.session.camera.nonce + 1 },
        },
      };
    },
  },
  showRack: {
    label: 'Show rack',
    undoable: false,
    run: (_state, { rack }) => ({ session: { elevationRack: rack } }),
  },
  notify: {
    label: 'Notice',
    undoable: false,
    run: (_state, { notice }) => ({ session: { notice } }),
  },
};
