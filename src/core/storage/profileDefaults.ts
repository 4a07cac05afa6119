/**
 * The training load profile with every default filled in, in watts and seconds. Defaults (documented in README):
 * - iteration period 2 s: Uptime Institute UII Update 382 reports periods of about 1-2 s (POWER.md §2, S);
 * - compute duty 0.7: our estimate (the compute phase dominates a well-overlapped iteration);
 *   (each default's grade and source: PROFILE_DEFAULT_PROVENANCE below)
 * - swing 30% of the pod's IT max draw: "±30% or more" (POWER.md §2, S, several sources);
 * - job start/stop step 80% of IT max: our estimate (GPUs idle at about a fifth of their maximum);
 * - checkpoint dip 50% of IT max for 30 s: our estimate;
 * - no GPU power floor, no grid ramp limit and no swing limit: absent limits leave the grid to follow the load;
 * - state-of-charge window 0.8 (POWER.md §3 worked example) and 20% ageing margin on generator steps (our estimate).
 * The platform enters through the pod's IT max draw and its power shelves' stored energy (PSU storage per GPU).
 */
import type { Provenance } from '../model/catalog';
import type { StorageSettings } from '../model/storageSettings';
import { estimate, published } from '../catalog/builtin/sources';

export const PROFILE_DEFAULTS = {
  iterationPeriodS: 2,
  computeDuty: 0.7,
  swingPct: 30,
  jobStepPct: 80,
  checkpointDipPct: 50,
  checkpointDurationS: 30,
  socWindowFraction: 0.8,
  ageingMarginPct: 20,
} as const;

/**
 * Where each default comes from. shared/POWER.md and shared/reference/figures.md give a sourced figure for the
 * iteration period and the swing only; the compute duty, the job step and the checkpoint dip have none there (POWER.md
 * §2 says only "steps of most of the cluster's load"), so they stay estimates and the app says so beside them.
 */
export const PROFILE_DEFAULT_PROVENANCE: Readonly<Record<keyof typeof PROFILE_DEFAULTS, Provenance>> = {
  iterationPeriodS: published(
    'STORAGE-NOTES',
    'S: Uptime Institute UII Update 382 reports iteration periods of about 1-2 s (POWER.md §2); 2 s taken',
  ),
  computeDuty: estimate(
    'no sourced figure in POWER.md or figures.md; 0.7 taken for a compute phase that dominates a well-overlapped iteration',
  ),
  swingPct: published(
    'STORAGE-NOTES',
    'S: swings of ±30% or more of the cluster load, several sources (POWER.md §2)',
  ),
  jobStepPct: estimate(
    'no sourced figure; POWER.md §2 says job start/stop steps are "most of the cluster’s load" (Vertiv tests UPSs with steps from about 10% to 100-150% of nominal): 80% taken, idle GPUs drawing about a fifth',
    'STORAGE-NOTES',
  ),
  checkpointDipPct: estimate('no sourced figure in POWER.md or figures.md; a dip of half the load taken'),
  checkpointDurationS: estimate('no sourced figure in POWER.md or figures.md; 30 s taken'),
  socWindowFraction: estimate(
    'the usable window of the worked example in POWER.md §3 (w = 0.8), not a vendor figure',
    'STORAGE-NOTES',
  ),
  ageingMarginPct: estimate('no sourced figure; 20% margin on generator steps for battery ageing taken'),
};

export interface ResolvedProfile {
  /** Pod IT load at the compute phase (max draw), W. */
  readonly itMaxW: number;
  readonly iterationPeriodS: number;
  readonly computeDuty: number;
  /** Compute-to-communication swing, W. */
  readonly swingW: number;
  /** Job start/stop step, W. */
  readonly jobStepW: number;
  /** Checkpoint dip, W, and its length, s. */
  readonly checkpointDipW: number;
  readonly checkpointDurationS: number;
  /** GPU power floor, W (null: none). */
  readonly gpuPowerFloorW: number | null;
  /** Grid ramp limit, W/s (null: none). */
  readonly rampWPerS: number | null;
  /** Swing the grid may see, W (null: not limited). */
  readonly allowedSwingW: number | null;
  readonly socWindowFraction: number;
  readonly ageingMarginFraction: number;
}

const pctOf = (pct: number, w: number): number => (pct / 100) * w;

/** Fills the user's settings with the defaults above for a pod drawing `itMaxW` at max. */
export function resolveProfile(settings: StorageSettings, itMaxW: number): ResolvedProfile {
  const p = settings.profile ?? {};
  const g = settings.grid ?? {};
  const d = PROFILE_DEFAULTS;
  return {
    itMaxW,
    iterationPeriodS: p.iterationPeriodS ?? d.iterationPeriodS,
    computeDuty: p.computeDuty ?? d.computeDuty,
    swingW: Math.min(
      itMaxW,
      p.swingKw !== undefined ? p.swingKw * 1000 : pctOf(p.swingPct ?? d.swingPct, itMaxW),
    ),
    jobStepW: pctOf(p.jobStepPct ?? d.jobStepPct, itMaxW),
    checkpointDipW: pctOf(p.checkpointDipPct ?? d.checkpointDipPct, itMaxW),
    checkpointDurationS: p.checkpointDurationS ?? d.checkpointDurationS,
    gpuPowerFloorW: p.gpuPowerFloorPct === undefined ? null : pctOf(p.gpuPowerFloorPct, itMaxW),
    rampWPerS: g.rampMwPerMin === undefined ? null : (g.rampMwPerMin * 1e6) / 60,
    allowedSwingW: g.allowedSwingKw === undefined ? null : g.allowedSwingKw * 1000,
    socWindowFraction: settings.socWindowFraction ?? d.socWindowFraction,
    ageingMarginFraction: (settings.ageingMarginPct ?? d.ageingMarginPct) / 100,
  };
}
