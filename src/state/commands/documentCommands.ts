/** Commands that edit the document. Each makes one undo step when it changes the layout. */
import type {
  DeviceId,
  DevicePlacement,
  FloorUnitId,
  FloorUnitPlacement,
  Layout,
  Patch,
  RackId,
  RackPlacement,
  SideItemPlacement,
} from '../../core';
import {
  planDrop,
  removeItems,
  rename,
  updateDevice,
  updateFloorUnit,
  updateRack,
  updateSideItem,
} from '../../core';
import { duplicateRecords } from '../duplicate';
import { problemText } from '../ghostText';
import { selectCatalog } from '../selectors';
import type { DropTarget, DropVerdict, Payload, SelectionRef } from '../session';
import type { CommandDef } from './commandTypes';
import { outOfRange } from '../powerSettingRanges';

export interface DocumentCommandArgs {
  /** Commit a drop (drag end, or click/Enter on a target with an armed item). */
  drop: { readonly payload: Payload; readonly target: DropTarget; readonly verdict?: DropVerdict | null };
  deleteSelection: void;
  duplicateSelection: void;
  updateRack: {
    readonly id: RackId;
    readonly patch: Patch<Pick<RackPlacement, 'name' | 'position' | 'rearDoor'>>;
  };
  updateDevice: {
    readonly id: DeviceId;
    readonly patch: Patch<Pick<DevicePlacement, 'u' | 'face' | 'feed' | 'name' | 'powerFactor'>>;
  };
  updateSideItem: {
    readonly id: DeviceId;
    readonly patch: Patch<Pick<SideItemPlacement, 'side' | 'feed' | 'name'>>;
  };
  updateFloorUnit: {
    readonly id: FloorUnitId;
    readonly patch: Patch<Pick<FloorUnitPlacement, 'position' | 'name' | 'serves'>>;
  };
  /** New pod from an example, or an imported file. */
  replaceLayout: { readonly layout: Layout; readonly label: string };
  renamePod: { readonly name: string };
}

const refFor = (verdict: DropVerdict, payload: Payload): SelectionRef => {
  const t = verdict.target;
  if (payload.kind === 'move' && t.kind === 'floor') {
    return verdict.candidate.racks.some((r) => r.id === verdict.subjectId)
      ? { kind: 'rack', id: verdict.subjectId }
      : { kind: 'floorUnit', id: verdict.subjectId };
  }
  if (t.kind === 'floor') {
    const isRack = verdict.candidate.racks.some((r) => r.id === verdict.subjectId);
    return { kind: isRack ? 'rack' : 'floorUnit', id: verdict.subjectId };
  }
  if (verdict.subjectId === t.rack) return { kind: 'rack', id: t.rack };
  return { kind: 'device', id: verdict.subjectId };
};

export const documentCommands: {
  readonly [K in keyof DocumentCommandArgs]: CommandDef<DocumentCommandArgs[K]>;
} = {
  drop: {
    label: 'Place',
    undoable: true,
    run: (state, { payload, target, verdict }) => {
      const v =
        verdict && verdict.base === state.layout
          ? verdict
          : planDrop(state.layout, selectCatalog(state), payload, target);
      const clearDrag = { drag: null, preview: null };
      if (!v) return { session: { ...clearDrag, status: 'Nothing can be placed there.' } };
      if (!v.allowed)
        return { session: { ...clearDrag, status: `Cannot place: ${problemText(v, 0) ?? 'no room there'}` } };
      const selection: SelectionRef[] =
        payload.kind === 'move'
          ? payload.ids.flatMap((id): SelectionRef[] => {
              const ref = refFor({ ...v, subjectId: id }, payload);
              return [ref];
            })
          : [refFor(v, payload)];
      const rackId = v.target.kind === 'floor' ? null : v.target.rack;
      return {
        layout: v.candidate,
        label: v.summary.startsWith('Move') ? 'Move' : `Place ${v.summary.split(' → ')[0] ?? ''}`,
        session: {
          ...clearDrag,
          selection,
          ...(rackId !== null && { elevationRack: rackId }),
          ...(payload.kind === 'move' && { armed: null }),
          status: v.problems.length > 0 ? `${v.summary}. New problem: ${problemText(v, 0)}` : `${v.summary}.`,
        },
      };
    },
  },
  deleteSelection: {
    label: 'Delete',
    undoable: true,
    shortcut: 'Delete',
    run: (state) => {
      const ids = state.session.selection.map((r) => r.id);
      if (ids.length === 0) return null;
      const layout = removeItems(state.layout, ids);
      if (layout === state.layout) return null;
      return {
        layout,
        label: ids.length === 1 ? `Delete ${ids[0]}` : `Delete ${ids.length} items`,
        session: { selection: [], status: `Deleted ${ids.length === 1 ? ids[0] : `${ids.length} items`}.` },
      };
    },
  },
  duplicateSelection: {
    label: 'Duplicate',
    undoable: true,
    shortcut: 'Ctrl+D',
    run: (state) => {
      const result = duplicateRecords(state.layout, selectCatalog(state), state.session.selection);
      if (result.created.length === 0)
        return { session: { status: result.skipped > 0 ? 'No free space to duplicate into.' : '' } };
      return {
        layout: result.layout,
        label: `Duplicate ${result.created.length === 1 ? 'item' : `${result.created.length} items`}`,
        session: {
          selection: result.created,
          status: `Duplicated ${result.created.length} item${result.created.length === 1 ? '' : 's'}${result.skipped ? `; ${result.skipped} had no free space` : ''}.`,
        },
      };
    },
  },
  updateRack: {
    label: 'Edit rack',
    undoable: true,
    run: (state, { id, patch }) => ({ layout: updateRack(state.layout, id, patch) }),
  },
  updateDevice: {
    label: 'Edit device',
    undoable: true,
    run: (state, { id, patch }) => {
      // A device's own power factor: absent clears it (back to its item's or the pod's); present, in the file's range.
      const problem = patch.powerFactor === undefined ? null : outOfRange('powerFactor', patch.powerFactor);
      if (problem) return { session: { status: `Not changed: ${problem}.` } };
      return { layout: updateDevice(state.layout, id, patch) };
    },
  },
  updateSideItem: {
    label: 'Edit PDU',
    undoable: true,
    run: (state, { id, patch }) => ({ layout: updateSideItem(state.layout, id, patch) }),
  },
  updateFloorUnit: {
    label: 'Edit floor unit',
    undoable: true,
    run: (state, { id, patch }) => ({ layout: updateFloorUnit(state.layout, id, patch) }),
  },
  replaceLayout: {
    label: 'Open layout',
    undoable: true,
    run: (state, { layout, label }) => ({
      layout,
      label,
      session: {
        selection: [],
        elevationRack: null,
        armed: null,
        camera: { preset: 'pod', nonce: state.session.camera.nonce + 1, jump: true },
      },
    }),
  },
  renamePod: {
    label: 'Rename pod',
    undoable: true,
    run: (state, { name }) => ({ layout: rename(state.layout, name) }),
  },
};
