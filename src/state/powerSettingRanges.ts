/**
 * The ranges the editor accepts for the pod's power-chain settings, [min, max] inclusive, and how a message names
 * each: one table for the fields (their min and max) and the command that checks an edit. They are narrower than
 * what a layout file may hold (`layoutSchema`: power factor from 0.001, COP up to 100, PUE up to 10), so a file
 * with a wider value still loads; the editor only refuses to set one.
 */
export const POWER_SETTING_RANGES = {
  powerFactor: [0.5, 1, 'power factor'],
  phaseImbalanceMaxPct: [1, 100, 'phase imbalance threshold (%)'],
  upsMinRuntimeMin: [0.5, 1440, 'UPS minimum runtime (min)'],
  cop: [0.5, 20, 'plant COP'],
  pue: [1, 3, 'target PUE'],
} as const satisfies Readonly<Record<string, readonly [number, number, string]>>;

export type PowerSettingKey = keyof typeof POWER_SETTING_RANGES;

/** Null when `value` is a finite number in the setting's range, else `the <name> must be from <min> to <max>`. */
export function outOfRange(key: PowerSettingKey, value: unknown): string | null {
  const [min, max, name] = POWER_SETTING_RANGES[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? null
    : `the ${name} must be from ${min} to ${max}`;
}
