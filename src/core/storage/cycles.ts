/**
 * The one definition of battery cycling used everywhere in podplan (sizing wear, the simulation summary, the panel,
 * `podplan power` and the oscillation warning):
 *
 *   full-equivalent cycles per day = energy discharged in a day (Wh) ÷ usable energy (Wh),
 *   usable energy = nameplate × the usable state-of-charge span (highest minus lowest allowed SoC).
 *
 * Shallow swings add up: 43,200 swings of 1 % of the usable energy are 432 full-equivalent cycles. Cycle-life
 * ratings count full cycles of the usable window, so life by cycles = cycle life ÷ this figure ÷ 365.
 */
export const SECONDS_PER_DAY = 86_400;

/** Usable energy of a battery, Wh: nameplate × the SoC window (0..1). */
export const usableWh = (nameplateWh: number, socWindowFraction: number): number =>
  nameplateWh * socWindowFraction;

/**
 * Full-equivalent cycles per day of a battery of `usable` Wh that discharges `dischargedWh` every `periodS`
 * seconds (a run repeated all day, or one swing of the oscillation). No usable energy: 0 when nothing is
 * discharged, else infinite.
 */
export function fullEquivalentCyclesPerDay(dischargedWh: number, periodS: number, usable: number): number {
  const perDayWh = (dischargedWh * SECONDS_PER_DAY) / periodS;
  if (perDayWh <= 0) return 0;
  return usable > 0 ? perDayWh / usable : Number.POSITIVE_INFINITY;
}

/** The definition in words, for the panel, the CLI and the printed quote. */
export const FULL_CYCLES_DEFINITION = 'energy discharged per day ÷ usable energy, the nameplate × SoC window';

/** "4.04 full-equivalent cycles/day" (two decimals: a shallow-cycled battery sits well below 1). */
export const fmtFullCycles = (perDay: number): string =>
  `${Number.isFinite(perDay) ? perDay.toFixed(2) : 'unbounded'} full-equivalent cycles/day`;
