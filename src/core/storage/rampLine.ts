/**
 * The grid's ramp limit drawn as a line on the storage chart: from the job start, the fastest the grid may climb
 * from the idle draw toward the pod's peak (idle + R·(t − start)); from the job stop, the fastest it may fall back
 * (peak − R·(t − stop)). Between the two and outside them there is no line (null), and none without a ramp limit.
 * Where the load steps faster than this line, the battery carries the difference (POWER.md §3, ramp layer).
 */
import type { LoadEvents } from './loadProfile';
import type { ResolvedProfile } from './profileDefaults';

type RampProfile = Pick<ResolvedProfile, 'itMaxW' | 'jobStepW' | 'rampWPerS'>;

/** The ramp-limit line at time `t` s, W, or null where it is not drawn. */
export function rampLimitLineW(p: RampProfile, ev: LoadEvents, t: number): number | null {
  if (p.rampWPerS === null || p.rampWPerS <= 0) return null;
  const idleW = Math.max(0, p.itMaxW - p.jobStepW);
  if (t >= ev.jobStartS && t < ev.jobStopS) {
    const w = idleW + p.rampWPerS * (t - ev.jobStartS);
    return w <= p.itMaxW ? w : null;
  }
  if (t >= ev.jobStopS) {
    const w = p.itMaxW - p.rampWPerS * (t - ev.jobStopS);
    return w >= idleW ? w : null;
  }
  return null;
}
