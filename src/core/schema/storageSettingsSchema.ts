/**
 * The runtime schema of a layout's `storage` settings (model/storageSettings.ts), field for field in the same order,
 * and the canonical rebuild the loader and serializer use. Every field is optional; bounds keep figures physical.
 */
import { z } from 'zod';
import { sku } from '../model/ids';
import type { GridLimits, StorageSettings, TrainingProfile } from '../model/storageSettings';
import * as B from '../model/bounds';
import type { WithPlainIds } from './layoutSchema';

const pct = z.number().min(0).max(100);
const seconds = (min: number, max: number) => z.number().min(min).max(max);

const profileSchema = z.strictObject({
  iterationPeriodS: seconds(0.01, 3600).describe('One training iteration, s.').exactOptional(),
  computeDuty: z
    .number()
    .gt(0)
    .lt(1)
    .describe('Fraction of the iteration at compute (high) power, 0..1.')
    .exactOptional(),
  swingPct: pct.describe('Compute/communication swing, % of IT max draw.').exactOptional(),
  swingKw: z.number().min(0).max(B.MAX_SITE_POWER_KW).describe('Swing as a power, kW.').exactOptional(),
  jobStepPct: pct.describe('Job start/stop step, % of IT max draw.').exactOptional(),
  checkpointDipPct: pct.describe('Drop while a checkpoint is written, % of IT max draw.').exactOptional(),
  checkpointDurationS: seconds(0, 86_400).describe('Checkpoint dip length, s.').exactOptional(),
  gpuPowerFloorPct: pct
    .describe('GPU power-smoothing floor: troughs held at or above this, % of IT max draw.')
    .exactOptional(),
});

const gridSchema = z.strictObject({
  rampMwPerMin: z
    .number()
    .positive()
    .max(10_000)
    .describe('Grid ramp-rate limit, MW/min (absent: none).')
    .exactOptional(),
  allowedSwingKw: z
    .number()
    .min(0)
    .max(B.MAX_SITE_POWER_KW)
    .describe('Peak-to-peak oscillation the grid may see, kW (absent: not limited).')
    .exactOptional(),
});

export const storageSettingsSchema = z.strictObject({
  profile: profileSchema
    .describe('Training load profile; absent fields take the platform defaults.')
    .exactOptional(),
  grid: gridSchema.describe('Limits at the point of connection.').exactOptional(),
  batterySku: z.string().min(1).max(100).describe('Battery SKU the sizing counts in.').exactOptional(),
  socWindowFraction: z
    .number()
    .gt(0)
    .lte(1)
    .describe('State-of-charge window the storage may use, around mid-band (absent: 0.8).')
    .exactOptional(),
  ageingMarginPct: pct.describe('Margin on generator-step power for ageing, % (absent: 20).').exactOptional(),
});

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

const PROFILE_KEYS: readonly (keyof TrainingProfile)[] = Object.keys(
  profileSchema.shape,
) as (keyof TrainingProfile)[];
const GRID_KEYS: readonly (keyof GridLimits)[] = Object.keys(gridSchema.shape) as (keyof GridLimits)[];

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
