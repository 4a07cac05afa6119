/**
 * The ranges the editor accepts for the pod's power-chain settings and a device's power factor, [min, max]
 * inclusive, and how a message names each. The bounds are the layout schema's own (`POWER_SETTING_BOUNDS` in the
 * core): one source, so any value a file may hold can be shown and set again, and nothing the editor sets fails to
 * load.
 */
import { POWER_SETTING_BOUNDS as B } from '../core';

const NAMES = {
  powerFactor: 'power factor',
  phaseImbalanceMaxPct: 'phase imbalance threshold (%)',
  upsMinRuntimeMin: 'UPS minimum runtime (min)',
  cop: 'plant COP',
  pue: 'target PUE',
} as const;

export type PowerSettingKey = keyof typeof B;

export const POWER_SETTING_RANGES: { readonly [K in PowerSettingKey]: readonly [number, number, string] } = {
  powerFactor: [...B.powerFactor, NAMES.powerFactor],
  phaseImbalanceMaxPct: [...B.phaseImbalanceMaxPct, NAMES.phaseImbalanceMaxPct],
  upsMinRuntimeMin: [...B.upsMinRuntimeMin, NAMES.upsMinRuntimeMin],
  cop: [...B.cop, NAMES.cop],
  pue: [...B.pue, NAMES.pue],
};

/** Null when `value` is a finite number in the setting's range, else `the <name> must be from <min> to <max>`. */
export function outOfRange(key: PowerSettingKey, value: unknown): string | null {
  const [min, max, name] = POWER_SETTING_RANGES[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? null
    : `the ${name} must be from ${min} to ${max}`;
}
