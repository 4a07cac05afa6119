/**
 * NetBox weights in kg. Units are mixed in practice (kg, g, lb, oz); the factors are NetBox's own `to_grams`
 * (lb × 453.592 g, oz × 28.3495 g). The result is rounded to whole grams, as NetBox stores it.
 */
import { MAX_ITEM_WEIGHT_KG } from '../../model/bounds';
import type { NbDeviceType } from './deviceType';

const KG_PER_UNIT: Readonly<Record<string, number>> = { kg: 1, g: 0.001, lb: 0.453592, oz: 0.0283495 };

export type WeightReading =
  | { readonly ok: true; readonly kg: number; readonly how: string | null; readonly assumedUnit: boolean }
  | { readonly ok: false; readonly reason: string };

export function readWeightKg(dt: NbDeviceType, invalid: ReadonlyMap<string, string>): WeightReading {
  const bad = invalid.get('weight') ?? invalid.get('weight_unit');
  if (dt.weight === null)
    return { ok: false, reason: bad ? `the file's ${bad}` : 'the file gives no weight' };
  // NetBox stores 0 as a weight, but nothing in a rack weighs nothing: a 0 is a placeholder (IBM 00P3663).
  if (dt.weight === 0) return { ok: false, reason: 'the file gives weight 0, a placeholder' };
  const unit = dt.weightUnit;
  if (unit === null) {
    // The newer schema makes weight and weight_unit require each other; kg is NetBox's default unit.
    if (!(dt.weight <= MAX_ITEM_WEIGHT_KG))
      return {
        ok: false,
        reason: `the file's weight ${dt.weight} (kg assumed) is more than any item weighs (at most ${MAX_ITEM_WEIGHT_KG} kg)`,
      };
    const how = `weight ${dt.weight} without weight_unit${bad ? ` (${bad})` : ''}: assumed kg`;
    return { ok: true, kg: roundGrams(dt.weight), how, assumedUnit: true };
  }
  const factor = KG_PER_UNIT[unit] ?? 1;
  const kg = roundGrams(dt.weight * factor);
  if (!(kg <= MAX_ITEM_WEIGHT_KG))
    return {
      ok: false,
      reason: `the file's weight ${dt.weight} ${unit} is more than any item weighs (at most ${MAX_ITEM_WEIGHT_KG} kg)`,
    };
  return {
    ok: true,
    kg,
    how: unit === 'kg' ? null : `${dt.weight} ${unit} × ${factor} = ${kg} kg`,
    assumedUnit: false,
  };
}

const roundGrams = (kg: number): number => Math.round(kg * 1000) / 1000;
