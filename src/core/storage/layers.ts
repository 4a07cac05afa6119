/**
 * The storage layers of POWER.md §3, each a pure formula in W, s and Wh. Each returns the power and the energy the
 * storage must deliver (or absorb) for one event; `nameplateWh` turns that into nameplate energy.
 */

/** What one layer asks of the storage. */
export interface LayerNeed {
  /** Power the storage must deliver or absorb, W. */
  readonly powerW: number;
  /** Energy moved one way in one event (or one oscillation cycle), Wh. */
  readonly energyWh: number;
}

export const NO_NEED: LayerNeed = { powerW: 0, energyWh: 0 };

const wh = (joules: number): number => joules / 3600;

/**
 * Nameplate energy that holds `energyWh` either way: the state of charge is held at mid-band, so only half the usable
 * window `w` is available in each direction: nameplate = 2 × E / w (POWER.md §3 step 2).
 */
export const nameplateWh = (energyWh: number, socWindowFraction: number): number =>
  (2 * energyWh) / socWindowFraction;

/**
 * Oscillation: a square wave of swing ΔP, period T and compute duty d, with a fraction k of the swing kept off the
 * grid. Holding the grid at the mean needs max(d, 1 − d)·ΔP·k of power and d·(1 − d)·ΔP·T·k of energy per cycle.
 */
export function oscillationNeed(
  swingW: number,
  periodS: number,
  duty: number,
  hiddenFraction: number,
): LayerNeed {
  const k = Math.max(0, Math.min(1, hiddenFraction));
  return {
    powerW: Math.max(duty, 1 - duty) * swingW * k,
    energyWh: wh(duty * (1 - duty) * swingW * periodS * k),
  };
}

/**
 * Job start or stop: a step ΔP against a grid ramp limit R (W/s). The grid needs ΔP / R seconds; the storage supplies
 * the difference, a triangle of ΔP² / (2R). The full step is the power at the first instant.
 */
export function rampNeed(stepW: number, rampWPerS: number): LayerNeed {
  if (stepW <= 0) return NO_NEED;
  return { powerW: stepW, energyWh: wh((stepW * stepW) / (2 * rampWPerS)) };
}

/**
 * Checkpoint dip of ΔP for D seconds against a ramp limit R (W/s), the grid following as fast as it may. A long dip
 * (D ≥ ΔP / R) lets the grid reach the bottom: a triangle ΔP² / (2R) each way. A short one stops the grid after
 * R·D: the storage absorbs ΔP·D − R·D² / 2 (then returns the smaller triangle R·D² / 2).
 */
export function checkpointNeed(dipW: number, durationS: number, rampWPerS: number): LayerNeed {
  if (dipW <= 0 || durationS <= 0) return NO_NEED;
  const joules =
    durationS < dipW / rampWPerS
      ? dipW * durationS - (rampWPerS * durationS * durationS) / 2
      : (dipW * dipW) / (2 * rampWPerS);
  return { powerW: dipW, energyWh: wh(joules) };
}

/**
 * A step of S on generators that accept B per block, one block every τ seconds (ISO 8528-5 staged loading): the
 * storage carries S − B, then S − 2B, … for τ each, until the generators hold it. Power carries an ageing margin.
 */
export function generatorNeed(
  stepW: number,
  blockW: number,
  blockIntervalS: number,
  ageingMarginFraction: number,
): LayerNeed {
  if (stepW <= blockW || blockW <= 0) return NO_NEED;
  let joules = 0;
  for (let left = stepW - blockW; left > 0; left -= blockW) joules += left * blockIntervalS;
  return { powerW: (stepW - blockW) * (1 + ageingMarginFraction), energyWh: wh(joules) };
}
