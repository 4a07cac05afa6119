/**
 * Time-domain simulation of the pod's IT load through battery storage and the grid's limits, at fixed steps.
 *
 * Controller, each step: the grid aims at the load, or, when the grid's swing is limited, at the load clamped to a
 * band of the allowed swing around a moving mean (time constant 3 iterations); a state-of-charge term pulls the SoC
 * back to mid-band over 2 minutes (at most a tenth of the battery's power, never lifting the grid above the pod's
 * peak); the grid then moves at most R·dt. The
 * battery gives the difference, within its power and the SoC window; what it cannot give, the grid takes (beyond
 * its limits: counted). Charge and discharge each lose √RTE, so
 *   ∫grid dt = ∫load dt + ΔE_stored + losses   (exactly, step by step).
 */
import type { ResolvedProfile } from './profileDefaults';
import type { LoadEvents } from './loadProfile';
import { defaultEvents, fillLoad } from './loadProfile';
import { fullEquivalentCyclesPerDay, usableWh } from './cycles';

export interface SimBattery {
  /** Installed power, W, nameplate energy, Wh, and round-trip efficiency, 0..1. */
  readonly powerW: number;
  readonly energyWh: number;
  readonly roundTripEfficiency: number;
}

export interface SimulationOptions {
  readonly dtS?: number;
  readonly durationS?: number;
  readonly events?: LoadEvents;
}

export interface SimulationSeries {
  readonly dtS: number;
  /** Per step: IT load, grid draw and battery output (+ discharge, − charge), W; state of charge, 0..1. */
  readonly loadW: Float64Array;
  readonly gridW: Float64Array;
  readonly batteryW: Float64Array;
  readonly soc: Float64Array;
}

export interface SimulationSummary {
  readonly peakGridW: number;
  /** Largest change of grid draw over any 1-second window, W/s. */
  readonly largestRampWPerS: number;
  readonly minSoc: number;
  readonly maxSoc: number;
  readonly peakBatteryW: number;
  /** Energy out of and into the battery terminals, Wh, and lost in it, Wh. */
  readonly dischargedWh: number;
  readonly chargedWh: number;
  readonly lossWh: number;
  /**
   * Full-equivalent cycles per day if the run repeated all day (cycles.ts): discharged ÷ usable energy (nameplate ×
   * SoC window) × 86,400 / duration.
   */
  readonly fullCyclesPerDay: number;
  /** Seconds the grid had to go beyond its ramp limit or allowed band because the battery could not. */
  readonly limitExceededS: number;
}

export interface Simulation {
  readonly series: SimulationSeries;
  readonly summary: SimulationSummary;
}

/** A run's length when not given, s: 5 minutes. */
export const DEFAULT_DURATION_S = 300;

const RECOVERY_S = 120;
const RECOVERY_MAX_FRACTION = 0.1;
const MEAN_TIME_CONSTANT_ITERATIONS = 3;

export function simulate(
  p: ResolvedProfile,
  battery: SimBattery | null,
  options: SimulationOptions = {},
): Simulation {
  const dtS = options.dtS ?? 0.01;
  const durationS = options.durationS ?? DEFAULT_DURATION_S;
  const n = Math.max(1, Math.round(durationS / dtS));
  const loadW = new Float64Array(n);
  const gridW = new Float64Array(n);
  const batteryW = new Float64Array(n);
  const soc = new Float64Array(n);
  fillLoad(loadW, dtS, p, options.events ?? defaultEvents(durationS));

  const eta = Math.sqrt(battery?.roundTripEfficiency ?? 1);
  const capJ = (battery?.energyWh ?? 0) * 3600;
  const maxBatW = battery?.powerW ?? 0;
  const minJ = capJ * (0.5 - p.socWindowFraction / 2);
  const maxJ = capJ * (0.5 + p.socWindowFraction / 2);
  const refJ = capJ / 2;
  const recoverMaxW = maxBatW * RECOVERY_MAX_FRACTION;
  const stepW = p.rampWPerS === null ? Number.POSITIVE_INFINITY : p.rampWPerS * dtS;
  const band = p.allowedSwingW === null ? null : p.allowedSwingW / 2;
  const alpha = dtS / (MEAN_TIME_CONSTANT_ITERATIONS * p.iterationPeriodS);

  let storedJ = refJ;
  let mean = loadW[0] ?? 0;
  let prevGrid = mean;
  let exceeded = 0;
  let outJ = 0;
  let inJ = 0;
  let lossJ = 0;
  for (let i = 0; i < n; i++) {
    const load = loadW[i] ?? 0;
    mean += (load - mean) * alpha;
    let target = band === null ? load : Math.min(mean + band, Math.max(mean - band, load));
    if (capJ > 0) {
      const pull = (refJ - storedJ) / RECOVERY_S;
      // Recharging never lifts the grid above the pod's own peak.
      target = Math.min(
        Math.max(target, p.itMaxW),
        target + Math.max(-recoverMaxW, Math.min(recoverMaxW, pull)),
      );
    }
    let grid = Math.min(prevGrid + stepW, Math.max(prevGrid - stepW, target));
    // The battery gives the rest within its power and its SoC band.
    const dischargeMaxW = Math.min(maxBatW, Math.max(0, ((storedJ - minJ) * eta) / dtS));
    const chargeMaxW = Math.min(maxBatW, Math.max(0, (maxJ - storedJ) / eta / dtS));
    let bat = load - grid;
    if (bat > dischargeMaxW || bat < -chargeMaxW) {
      bat = Math.min(dischargeMaxW, Math.max(-chargeMaxW, bat));
      const forced = load - bat;
      if (Math.abs(forced - grid) > 1e-6 * Math.max(1, Math.abs(load))) exceeded++;
      grid = forced;
    }
    if (bat >= 0) {
      storedJ -= (bat * dtS) / eta;
      outJ += bat * dtS;
      lossJ += bat * dtS * (1 / eta - 1);
    } else {
      storedJ -= bat * dtS * eta;
      inJ -= bat * dtS;
      lossJ -= bat * dtS * (1 - eta);
    }
    gridW[i] = grid;
    batteryW[i] = bat;
    soc[i] = capJ > 0 ? storedJ / capJ : 0;
    prevGrid = grid;
  }
  return {
    series: { dtS, loadW, gridW, batteryW, soc },
    summary: summarise(
      { dtS, loadW, gridW, batteryW, soc },
      usableWh(capJ / 3600, p.socWindowFraction),
      outJ,
      inJ,
      lossJ,
      exceeded * dtS,
    ),
  };
}

function summarise(
  s: SimulationSeries,
  usable: number,
  outJ: number,
  inJ: number,
  lossJ: number,
  limitExceededS: number,
): SimulationSummary {
  const n = s.gridW.length;
  const window = Math.max(1, Math.round(1 / s.dtS));
  let peakGridW = 0;
  let peakBatteryW = 0;
  let largest = 0;
  let minSoc = Number.POSITIVE_INFINITY;
  let maxSoc = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const g = s.gridW[i] ?? 0;
    peakGridW = Math.max(peakGridW, g);
    peakBatteryW = Math.max(peakBatteryW, Math.abs(s.batteryW[i] ?? 0));
    const q = s.soc[i] ?? 0;
    if (q < minSoc) minSoc = q;
    if (q > maxSoc) maxSoc = q;
    if (i >= window) largest = Math.max(largest, Math.abs(g - (s.gridW[i - window] ?? 0)));
  }
  const spanS = Math.min(n * s.dtS, window * s.dtS);
  const durationS = n * s.dtS;
  return {
    peakGridW,
    largestRampWPerS: largest / spanS,
    minSoc,
    maxSoc,
    peakBatteryW,
    dischargedWh: outJ / 3600,
    chargedWh: inJ / 3600,
    lossWh: lossJ / 3600,
    fullCyclesPerDay: fullEquivalentCyclesPerDay(outJ / 3600, durationS, usable),
    limitExceededS,
  };
}
