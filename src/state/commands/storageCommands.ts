/** Storage settings (training profile, grid limits): each edit is one undo step. */
import type { StoragePatch } from '../../core';
import { patchStorage } from '../../core';
import type { CommandDef } from './commandTypes';

export interface StorageCommandArgs {
  setStorageSettings: { readonly patch: StoragePatch };
}

export const storageCommands: {
  readonly [K in keyof StorageCommandArgs]: CommandDef<StorageCommandArgs[K]>;
} = {
  setStorageSettings: {
    label: 'Change storage settings',
    undoable: true,
    run: (state, { patch }) => {
      const result = patchStorage(state.layout, patch);
      if ('problem' in result) return { session: { status: `Not changed: ${result.problem}.` } };
      const fields = [...Object.keys(patch.profile ?? {}), ...Object.keys(patch.grid ?? {})];
      return { layout: result.layout, label: `Change ${fields.join(', ')}` };
    },
  },
};
