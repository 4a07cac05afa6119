/**
 * Walks an accepted result and checks every number in it: finite, and inside the range `src/core/model/bounds.ts`
 * states for a field of that name (chosen by the field's unit suffix, as every unit-bearing field is named). A number
 * under a key no rule names must still be finite and no larger than the widest bound.
 */
import { expect } from 'vitest';
import * as B from '../../../src/core/model/bounds';

interface Range {
  readonly min: number;
  readonly max: number;
}

const upTo = (max: number): Range => ({ min: 0, max });

/** The widest bound of all: no number a file brings in may exceed it. */
const WIDEST = Math.max(
  ...(Object.values(B) as unknown[]).filter((v): v is number => typeof v === 'number'),
  B.MAX_RUNTIME_MIN * 60,
);

/** Field name → range, tried in order; the first pattern that matches the key decides. */
const RULES: readonly (readonly [RegExp, Range])[] = [
  [/^(heightU|uHeight|u)$/, upTo(B.MAX_RACK_HEIGHT_U)],
  [/^(row|slot)$/, upTo(B.MAX_GRID_COUNT - 1)],
  [/^(rows|positionsPerRow)$/, { min: 1, max: B.MAX_GRID_COUNT }],
  [/DeltaTC$/, { min: B.MIN_DELTA_T_C, max: B.MAX_DELTA_T_C }],
  [/(Fraction|^powerFactor|^efficiency|^roundTripEfficiency)$/, upTo(1)],
  [/(Pct|^pct)$/, upTo(100)],
  [/^(amount|cost|unitPrice)$/, upTo(B.MAX_UNIT_PRICE)],
  [/^(utilityFeedKw|facilityWaterKw|roomAirKw)$/, upTo(B.MAX_SITE_POWER_KW)],
  [/(Kwh)$/, upTo(B.MAX_BATTERY_ENERGY_KWH)],
  [/(Kw)$/, upTo(B.MAX_BATTERY_POWER_KW)],
  [/(W|Va|J)$/, upTo(B.MAX_ITEM_POWER_W)],
  [/^staticLoadKg$/, upTo(B.MAX_RACK_LOAD_KG)],
  [/KgPerM2$/, upTo(B.MAX_FLOOR_RATING_KG_PER_M2)],
  [/Kg$/, upTo(B.MAX_ITEM_WEIGHT_KG)],
  [/^(widthMm|depthMm)$/, upTo(B.MAX_RACK_SIDE_MM)],
  [/Mm$|^(width|depth)$/, upTo(B.MAX_FOOTPRINT_SIDE_MM)],
  [/V$/, upTo(B.MAX_VOLTAGE_V)],
  [/Amps$/, upTo(B.MAX_INPUT_AMPS)],
  [/^gpuCount$/, upTo(B.MAX_GPU_COUNT)],
  [/^(count|psuCount)$/, upTo(B.MAX_COUNT)],
  [/Gbps$/, upTo(B.MAX_PORT_SPEED_GBPS)],
  [/Lpm$/, upTo(B.MAX_FLOW_LPM)],
  [/^cfm$/, upTo(B.MAX_AIRFLOW_CFM)],
  [/^approachC$/, upTo(B.MAX_APPROACH_C)],
  [/Min$/, upTo(B.MAX_RUNTIME_MIN)],
  [/^(down|up)$/, upTo(B.MAX_OVERSUBSCRIPTION)],
];

const rangeOf = (key: string): Range =>
  RULES.find(([pattern]) => pattern.test(key))?.[1] ?? { min: -WIDEST, max: WIDEST };

/** Every number in `value`, with its path and the key it sits under (the last key above an array index). */
export function numbersIn(value: unknown): { path: string; key: string; value: number }[] {
  const out: { path: string; key: string; value: number }[] = [];
  const walk = (node: unknown, path: string, key: string): void => {
    if (typeof node === 'number') out.push({ path, key, value: node });
    else if (node instanceof Map) for (const [k, v] of node) walk(v, `${path}.get(${String(k)})`, key);
    else if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`, key));
    else if (node !== null && typeof node === 'object')
      for (const [k, child] of Object.entries(node)) walk(child, `${path}.${k}`, k);
  };
  walk(value, '$', '');
  return out;
}

/** Fails with the path of the first number that is not finite or lies outside its field's range. */
export function expectBounded(value: unknown): void {
  for (const n of numbersIn(value)) {
    const { min, max } = rangeOf(n.key);
    const where = `${n.path} = ${n.value}`;
    expect(Number.isFinite(n.value), `${where} is not finite`).toBe(true);
    expect(n.value >= min && n.value <= max, `${where} lies outside ${min}..${max}`).toBe(true);
  }
}
