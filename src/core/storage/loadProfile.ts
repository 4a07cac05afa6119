/**
 * The pod's IT load over a few minutes, sampled every `dtS`: idle, a job start, the training square wave (compute
 * at max draw for d·T, communication at max − swing for the rest), a checkpoint dip, and a job stop. A GPU power
 * floor holds the running job's troughs up. Written into a typed array, no allocation per step.
 */
import type { ResolvedProfile } from './profileDefaults';

export interface LoadEvents {
  /** Job start, checkpoint start and job stop, s from the beginning. */
  readonly jobStartS: number;
  readonly checkpointS: number;
  readonly jobStopS: number;
}

/** Default timeline: start at 1/30 of the run, checkpoint at half, stop at 9/10 (10 s, 150 s, 270 s of 5 min). */
export const defaultEvents = (durationS: number): LoadEvents => ({
  jobStartS: durationS / 30,
  checkpointS: durationS / 2,
  jobStopS: (durationS * 9) / 10,
});

/** Fills `out[i]` with the load at t = i·dt, W. */
export function fillLoad(out: Float64Array, dtS: number, p: ResolvedProfile, ev: LoadEvents): void {
  const idleW = Math.max(0, p.itMaxW - p.jobStepW);
  const lowW = Math.max(0, p.itMaxW - p.swingW);
  const troughW = p.gpuPowerFloorW === null ? lowW : Math.max(lowW, Math.min(p.itMaxW, p.gpuPowerFloorW));
  const checkpointW = Math.max(0, p.itMaxW - p.checkpointDipW);
  const checkpointEndS = ev.checkpointS + p.checkpointDurationS;
  const highS = p.computeDuty * p.iterationPeriodS;
  for (let i = 0; i < out.length; i++) {
    const t = i * dtS;
    let w: number;
    if (t < ev.jobStartS || t >= ev.jobStopS) w = idleW;
    else if (t >= ev.checkpointS && t < checkpointEndS) w = checkpointW;
    else w = (t - ev.jobStartS) % p.iterationPeriodS < highS ? p.itMaxW : troughW;
    out[i] = w;
  }
}
