/**
 * The oscillation layer assessed: which element absorbs the training swing. The GPU power floor first raises the
 * troughs (burning energy to do it); the grid may see `allowedSwingW` of what is left; the rest goes to the PSU /
 * power-shelf storage when it holds one cycle's energy, else to a battery, whose cycle wear is then reported.
 */
import type { ResolvedProfile } from './profileDefaults';
import type { LayerNeed } from './layers';
import { oscillationNeed } from './layers';

export type OscillationAbsorber = 'grid' | 'gpu-power-floor' | 'psu-storage' | 'battery';

export interface OscillationAssessment {
  /** Swing the pod makes before and after the GPU power floor, W. */
  readonly swingW: number;
  readonly swingAfterFloorW: number;
  /** Average power the floor burns in the troughs, W. */
  readonly floorWasteW: number;
  /** Fraction of the remaining swing that must be kept off the grid, 0..1. */
  readonly hiddenFraction: number;
  readonly need: LayerNeed;
  readonly absorber: OscillationAbsorber;
  /** PSU / shelf storage in the pod, J, per GPU, J, and how long it carries the buffer power, s. */
  readonly psuStorageJ: number;
  readonly psuStoragePerGpuJ: number | null;
  readonly psuRideThroughS: number | null;
  /** Swings (shallow charge/discharge pairs) per day, 86,400 / period; not full-equivalent cycles (cycles.ts). */
  readonly swingsPerDay: number;
}

export function assessOscillation(
  p: ResolvedProfile,
  psuStorageJ: number,
  gpus: number,
): OscillationAssessment {
  const lowW = p.itMaxW - p.swingW;
  const raisedLowW = p.gpuPowerFloorW === null ? lowW : Math.max(lowW, Math.min(p.itMaxW, p.gpuPowerFloorW));
  const swingAfterFloorW = p.itMaxW - raisedLowW;
  const hiddenOf = (swing: number) =>
    p.allowedSwingW === null || swing <= 0 ? 0 : Math.max(0, 1 - p.allowedSwingW / swing);
  const hiddenFraction = hiddenOf(swingAfterFloorW);
  const need = oscillationNeed(swingAfterFloorW, p.iterationPeriodS, p.computeDuty, hiddenFraction);
  let absorber: OscillationAbsorber;
  if (need.powerW <= 0) absorber = hiddenOf(p.swingW) > 0 ? 'gpu-power-floor' : 'grid';
  else absorber = psuStorageJ >= need.energyWh * 3600 ? 'psu-storage' : 'battery';
  return {
    swingW: p.swingW,
    swingAfterFloorW,
    floorWasteW: (raisedLowW - lowW) * (1 - p.computeDuty),
    hiddenFraction,
    need,
    absorber,
    psuStorageJ,
    psuStoragePerGpuJ: gpus > 0 ? psuStorageJ / gpus : null,
    psuRideThroughS: need.powerW > 0 ? psuStorageJ / need.powerW : null,
    swingsPerDay: 86_400 / p.iterationPeriodS,
  };
}
