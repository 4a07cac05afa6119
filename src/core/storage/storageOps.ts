/** The one edit of a layout's storage settings: merge a patch of profile and grid fields, checked by the schema. */
import type { Layout } from '../model/layout';
import type { GridLimits, StorageSettings, TrainingProfile } from '../model/storageSettings';
import { storageSettingsSchema } from '../schema/storageSettingsSchema';

export interface StoragePatch {
  readonly profile?: Partial<TrainingProfile>;
  readonly grid?: Partial<GridLimits>;
}

/** The layout with the patch merged into `storage`, or a message naming the field the schema refused. */
export function patchStorage(
  layout: Layout,
  patch: StoragePatch,
): { readonly layout: Layout } | { readonly problem: string } {
  const old: StorageSettings = layout.storage ?? {};
  const next: StorageSettings = {
    ...old,
    ...(patch.profile && { profile: { ...old.profile, ...patch.profile } }),
    ...(patch.grid && { grid: { ...old.grid, ...patch.grid } }),
  };
  const checked = storageSettingsSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { problem: `storage.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { layout: { ...layout, storage: next } };
}
