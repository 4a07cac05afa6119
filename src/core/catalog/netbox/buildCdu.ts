/**
 * Coolant distribution units. NetBox has no cooling fields, so a CDU's capacity can only come from its text
 * ("Cooling Capacity: Up to 250 kW"); flow, approach and pump draw are always missing and take stated fallbacks:
 * flow for the capacity at a 10 K water rise, a 5 °C approach, and the per-U power estimate.
 */
import type { Cdu } from '../../model/catalog';
import { coolantLitresPerMinute } from '../../model/units';
import type { BuildContext, ItemSpecific } from './buildContext';
import { checkRackHeight, estimateU, resolveWeight } from './buildContext';
import { deviceText } from './classify';
import { derived, estimate, fmtW } from './findings';
import { coolingCapacityFromText } from './textHints';

export function buildCdu(ctx: BuildContext): { item: ItemSpecific<Cdu>; powerW: number | null } {
  const { dt, f, fallbacks } = ctx;
  const uHeight = checkRackHeight(ctx, false);
  const cap = coolingCapacityFromText(deviceText(dt));
  let liquidCapacityW = 0;
  if (cap) {
    liquidCapacityW = cap.value;
    f.infer(
      'liquidCapacityW',
      `${fmtW(cap.value)} from the text '${cap.text}'`,
      derived(`text '${cap.text}'`),
    );
  } else {
    f.miss('liquidCapacityW', 'not in NetBox; 0 W until set', estimate('unknown'));
  }
  const flowLpm = Math.round(coolantLitresPerMinute(liquidCapacityW, 10, 'water') * 10) / 10;
  f.miss(
    'flowLpm',
    `not in NetBox; ${flowLpm} L/min carries the capacity at a 10 K water rise`,
    estimate('Q = P / (cp·ΔT), water, 10 K'),
  );
  f.miss('approachC', 'not in NetBox; estimate 5 °C', estimate('5 °C, a typical CDU approach'));
  const powerW = fallbacks.wattsPerU.cdu * estimateU(uHeight);
  const perU = `${fallbacks.wattsPerU.cdu} W/U × ${estimateU(uHeight)} U`;
  f.miss('powerW', `pump draw not in NetBox; estimate ${fmtW(powerW)} (${perU})`, estimate(perU));
  const weightKg = resolveWeight(ctx, fallbacks.kgPerU.cdu, 60);
  return {
    item: {
      kind: 'cdu',
      placement: uHeight === 0 ? 'floor' : 'rack-u',
      uHeight,
      fullDepth: dt.isFullDepth,
      liquidCapacityW,
      flowLpm,
      approachC: 5,
      powerW,
      weightKg,
    },
    powerW: null,
  };
}
