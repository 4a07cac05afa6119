/**
 * The bounds of each storage setting a user edits (profile and grid, `storageSettings.ts`), in the schema's field
 * order. One table for the layout schema (`schema/storageSettingsSchema.ts` builds its numbers from it), the edit
 * check (`storage/storageOps.ts`, which runs without zod) and the canonical copy's key order.
 */
import type { GridLimits, TrainingProfile } from './storageSettings';
import { MAX_SITE_POWER_KW } from './bounds';

/** Inclusive bounds unless `open` says which end is excluded. */
export interface SettingBound {
  readonly min: number;
  readonly max: number;
  readonly open?: 'min' | 'both';
}

const pct: SettingBound = { min: 0, max: 100 };

export const PROFILE_BOUNDS: { readonly [K in keyof Required<TrainingProfile>]: SettingBound } = {
  iterationPeriodS: { min: 0.01, max: 3600 },
  computeDuty: { min: 0, max: 1, open: 'both' },
  swingPct: pct,
  swingKw: { min: 0, max: MAX_SITE_POWER_KW },
  jobStepPct: pct,
  checkpointDipPct: pct,
  checkpointDurationS: { min: 0, max: 86_400 },
  gpuPowerFloorPct: pct,
};

export const GRID_BOUNDS: { readonly [K in keyof Required<GridLimits>]: SettingBound } = {
  rampMwPerMin: { min: 0, max: 10_000, open: 'min' },
  allowedSwingKw: { min: 0, max: MAX_SITE_POWER_KW },
};

/** Why `value` is not a valid setting within `b` (null when it is). */
export function settingProblem(value: unknown, b: SettingBound): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
  const minOpen = b.open !== undefined;
  if (minOpen ? value <= b.min : value < b.min) return `expected ${minOpen ? 'above' : 'at least'} ${b.min}`;
  if (b.open === 'both' ? value >= b.max : value > b.max)
    return `expected ${b.open === 'both' ? 'below' : 'at most'} ${b.max}`;
  return null;
}
