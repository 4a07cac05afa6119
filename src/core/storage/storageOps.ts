/**
 * The one edit of a layout's storage settings: merge a patch of profile and grid fields, each checked against its
 * bounds (`model/storageBounds.ts`, the table the layout schema is built from; no zod on this path).
 */
import type { Layout } from '../model/layout';
import type { GridLimits, StorageSettings, TrainingProfile } from '../model/storageSettings';
import type { SettingBound } from '../model/storageBounds';
import { GRID_BOUNDS, PROFILE_BOUNDS, settingProblem } from '../model/storageBounds';

export interface StoragePatch {
  readonly profile?: Partial<TrainingProfile>;
  readonly grid?: Partial<GridLimits>;
}

/** The first field of `part` outside its bounds (or not a setting at all), as `storage.<where>.<field>: why`. */
function partProblem(
  where: 'profile' | 'grid',
  part: object | undefined,
  bounds: Readonly<Record<string, SettingBound>>,
): string | null {
  for (const [key, value] of Object.entries(part ?? {})) {
    const b = Object.hasOwn(bounds, key) ? bounds[key] : undefined;
    const why = b ? settingProblem(value, b) : 'not a storage setting';
    if (why) return `storage.${where}.${key}: ${why}`;
  }
  return null;
}

/** The layout with the patch merged into `storage`, or a message naming the field out of bounds. */
export function patchStorage(
  layout: Layout,
  patch: StoragePatch,
): { readonly layout: Layout } | { readonly problem: string } {
  const problem =
    partProblem('profile', patch.profile, PROFILE_BOUNDS) ?? partProblem('grid', patch.grid, GRID_BOUNDS);
  if (problem) return { problem };
  const old: StorageSettings = layout.storage ?? {};
  const next: StorageSettings = {
    ...old,
    ...(patch.profile && { profile: { ...old.profile, ...patch.profile } }),
    ...(patch.grid && { grid: { ...old.grid, ...patch.grid } }),
  };
  return { layout: { ...layout, storage: next } };
}
