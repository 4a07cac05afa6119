/**
 * The runtime schema of a layout's `storage` settings (model/storageSettings.ts), field for field in the same order
 * (the canonical rebuild the loader and serializer use is `canonicalStorage.ts`, whose key lists a test holds to
 * these shapes). Every field is optional; bounds keep figures physical.
 */
import { z } from 'zod';
import type { SettingBound } from '../model/storageBounds';
import { GRID_BOUNDS, PROFILE_BOUNDS } from '../model/storageBounds';

const pct = z.number().min(0).max(100);

/** A number within a setting's bounds (`model/storageBounds.ts`, the table the edit check reads too). */
function bounded(b: SettingBound) {
  const above = b.open !== undefined ? z.number().gt(b.min) : z.number().min(b.min);
  return b.open === 'both' ? above.lt(b.max) : above.max(b.max);
}
const P = PROFILE_BOUNDS;
const G = GRID_BOUNDS;

export const profileSchema = z.strictObject({
  iterationPeriodS: bounded(P.iterationPeriodS).describe('One training iteration, s.').exactOptional(),
  computeDuty: bounded(P.computeDuty)
    .describe('Fraction of the iteration at compute (high) power, 0..1.')
    .exactOptional(),
  swingPct: bounded(P.swingPct).describe('Compute/communication swing, % of IT max draw.').exactOptional(),
  swingKw: bounded(P.swingKw).describe('Swing as a power, kW.').exactOptional(),
  jobStepPct: bounded(P.jobStepPct).describe('Job start/stop step, % of IT max draw.').exactOptional(),
  checkpointDipPct: bounded(P.checkpointDipPct)
    .describe('Drop while a checkpoint is written, % of IT max draw.')
    .exactOptional(),
  checkpointDurationS: bounded(P.checkpointDurationS).describe('Checkpoint dip length, s.').exactOptional(),
  gpuPowerFloorPct: bounded(P.gpuPowerFloorPct)
    .describe('GPU power-smoothing floor: troughs held at or above this, % of IT max draw.')
    .exactOptional(),
});

export const gridSchema = z.strictObject({
  rampMwPerMin: bounded(G.rampMwPerMin)
    .describe('Grid ramp-rate limit, MW/min (absent: none).')
    .exactOptional(),
  allowedSwingKw: bounded(G.allowedSwingKw)
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
