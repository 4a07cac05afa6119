/**
 * Which diagnostics may have a one-click fix (`fixes.ts`), in a module of its own so the UI can offer "Fix…" on a
 * diagnostic without loading the fix search itself.
 */
import type { PodLimits } from '../model/layout';

/** A rack short of power: more PDUs, or a device moved to a rack with room. */
export const POWER_SHORT: ReadonlySet<string> = new Set([
  'power.feedOverload',
  'power.overload',
  'power.noPdu',
  'power.nPlusOneOverload',
]);

/** A rack short of liquid cooling: a CDU assigned or added. */
export const LIQUID_SHORT: ReadonlySet<string> = new Set([
  'cooling.noLiquidCooling',
  'cooling.liquidOverCapacity',
  'cooling.flowOverCapacity',
]);

/** A pod limit exceeded: the limit raised to what the pod needs. */
export const POD_LIMITS: Readonly<Record<string, keyof PodLimits>> = {
  'power.utilityOverload': 'utilityFeedKw',
  'cooling.facilityWaterOverCapacity': 'facilityWaterKw',
  'cooling.roomAirOverCapacity': 'roomAirKw',
};

/** Codes that may have a fix (the UI offers "Fix…" on these only). */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'network.portShortage',
  ...POWER_SHORT,
  ...LIQUID_SHORT,
  ...Object.keys(POD_LIMITS),
]);
