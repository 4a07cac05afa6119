/**
 * What a layout says about its training load, the grid's limits and its battery storage (issue 11). Every field is
 * optional: an absent field takes the default `core/storage/profileDefaults.ts` documents, and a layout without
 * `storage` is sized and validated exactly as before (no storage checks run).
 */
import type { Sku } from './ids';

/** A synchronous-training load profile (POWER.md §2): the pod swings between compute and communication phases. */
export interface TrainingProfile {
  /** One training iteration (compute + communication), s. */
  readonly iterationPeriodS?: number;
  /** Fraction of the iteration spent at high (compute) power, 0..1. */
  readonly computeDuty?: number;
  /** Swing between the compute and communication phases, % of the pod's IT max draw. */
  readonly swingPct?: number;
  /** Swing as a power, kW; replaces `swingPct` when given. */
  readonly swingKw?: number;
  /** A job start or stop: the step between idle and training, % of the IT max draw. */
  readonly jobStepPct?: number;
  /** Power drop while a checkpoint is written, % of the IT max draw. */
  readonly checkpointDipPct?: number;
  /** How long a checkpoint dip lasts, s. */
  readonly checkpointDurationS?: number;
  /** GPU power-smoothing floor (NVML power-smoothing profiles): troughs held at or above this, % of IT max. */
  readonly gpuPowerFloorPct?: number;
}

/** What the utility or grid operator allows at the point of connection. */
export interface GridLimits {
  /** Ramp-rate limit, MW per minute (absent: no limit). */
  readonly rampMwPerMin?: number;
  /** Peak-to-peak swing the grid may see from the training oscillation, kW (absent: not limited). */
  readonly allowedSwingKw?: number;
}

export interface StorageSettings {
  readonly profile?: TrainingProfile;
  readonly grid?: GridLimits;
  /** Battery the sizing counts in (absent: the type placed on the floor, else the Megapack 2 XL 2-hour). */
  readonly batterySku?: Sku;
  /** State-of-charge window the storage may use, held around mid-band, 0..1 (absent: 0.8). */
  readonly socWindowFraction?: number;
  /** Margin on the generator-step power for battery ageing, % (absent: 20). */
  readonly ageingMarginPct?: number;
}
