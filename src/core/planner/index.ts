/** The pod planner: from a target and a platform to a complete, valid pod, with alternatives as scenarios. */
export type {
  BindingConstraint,
  CoolingApproach,
  PlanCounts,
  PlanTarget,
  PodPlan,
  PodPlanRequest,
  PowerPath,
} from './types';
export { COOLING_APPROACHES, POWER_PATHS } from './types';
export { RACK_SCALE_PRESETS, resolvePlan } from './platform';
export type { PlatformUnit, ResolvedPlan } from './platform';
export { buildUnits, planPod } from './planPod';
export { planVariants } from './variants';
export type { PlanProgress, PlanVariant } from './variants';
export { headroomInPod, headroomInRack } from './headroom';
export type { Headroom, HeadroomOptions } from './headroom';
export { fixFor } from './fixes';
export { FIXABLE_CODES } from './fixableCodes';
export type { Fix } from './fixes';
