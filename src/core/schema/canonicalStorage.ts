/**
 * The canonical rebuild of a layout's `storage` settings for the loader and serializer: a fresh record with exactly
 * the given fields, in the schema's order (`storageSettingsSchema.ts`, built from the same bounds tables; a test
 * holds the key lists below to its shapes). Apart from the schema so the serializer does not load zod.
 */
import { sku } from '../model/ids';
import type { GridLimits, StorageSettings, TrainingProfile } from '../model/storageSettings';
import type { WithPlainIds } from './layoutSchema';
import { GRID_BOUNDS, PROFILE_BOUNDS } from '../model/storageBounds';

/** The profile's and grid limits' fields in schema order (the schema is built from the same tables). */
export const PROFILE_KEYS = Object.keys(PROFILE_BOUNDS) as (keyof TrainingProfile)[];
export const GRID_KEYS = Object.keys(GRID_BOUNDS) as (keyof GridLimits)[];

const num = (n: number): number => (n === 0 ? 0 : n);

/** Copies the defined keys of `record` in `keys` order, numbers normalised. */
function pick<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined) out[k] = typeof v === 'number' ? num(v) : v;
  }
  return out as T;
}

/** A fresh `storage` record holding exactly the fields of `s`, in schema order. */
export function canonicalStorage(s: WithPlainIds<StorageSettings>): StorageSettings {
  return {
    ...(s.profile !== undefined && { profile: pick(s.profile, PROFILE_KEYS) }),
    ...(s.grid !== undefined && { grid: pick(s.grid, GRID_KEYS) }),
    ...(s.batterySku !== undefined && { batterySku: sku(s.batterySku) }),
    ...(s.socWindowFraction !== undefined && { socWindowFraction: num(s.socWindowFraction) }),
    ...(s.ageingMarginPct !== undefined && { ageingMarginPct: num(s.ageingMarginPct) }),
  };
}
