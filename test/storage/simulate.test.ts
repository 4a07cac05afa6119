/**
 * The time-domain simulation: energy balance over a full run, and hand cases whose expected values are worked out in
 * the comments.
 */
import { describe, expect, it } from 'vitest';
import { resolveProfile, simulate } from '../../src/core';
import type { SimulationSeries } from '../../src/core';

const MW = 1e6;
const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
const MEGAPACKS_11 = { powerW: 11 * 1.927 * MW, energyWh: 11 * 3.9 * MW, roundTripEfficiency: 0.9 };

/** A pure step: 20 MW from idle 0 at t = 10 s, no swing, no checkpoint, job never stops within the run. */
const stepProfile = (rampMwPerMin: number) =>
  resolveProfile(
    { profile: { jobStepPct: 100, swingPct: 0, checkpointDipPct: 0 }, grid: { rampMwPerMin } },
    20 * MW,
  );
const STEP_EVENTS = { jobStartS: 10, checkpointS: 1e9, jobStopS: 1e9 };

const socEndJ = (s: SimulationSeries, capWh: number) => (s.soc[s.soc.length - 1] ?? 0) * capWh * 3600;

describe('The storage simulation', () => {
  it('balances energy: ∫grid = ∫load + ΔE stored + losses, within 1e-9 of the load energy', () => {
    // A 10 MW pod with every default event (start, 30% swing at 2 s, checkpoint, stop), a 5 MW/min ramp limit and a
    // 1 MW allowed swing, through 11 Megapack 2 XL 2-hour units.
    const p = resolveProfile({ grid: { rampMwPerMin: 5, allowedSwingKw: 1000 } }, 10 * MW);
    const { series, summary } = simulate(p, MEGAPACKS_11);
    const dt = series.dtS;
    const gridJ = sum(series.gridW) * dt;
    const loadJ = sum(series.loadW) * dt;
    const batteryJ = sum(series.batteryW) * dt;
    // At each step grid + battery = load.
    expect(Math.abs(gridJ + batteryJ - loadJ) / loadJ).toBeLessThan(1e-9);
    // Stored energy change from the SoC series (start at mid-band) plus losses equals what the grid gave beyond the load.
    const capWh = MEGAPACKS_11.energyWh;
    const deltaStoredJ = socEndJ(series, capWh) - capWh * 3600 * 0.5;
    expect(Math.abs(gridJ - (loadJ + deltaStoredJ + summary.lossWh * 3600)) / loadJ).toBeLessThan(1e-9);
    // The battery worked, and stayed in its 0.8 window around mid-band.
    expect(summary.dischargedWh).toBeGreaterThan(0);
    expect(summary.minSoc).toBeGreaterThanOrEqual(0.1 - 1e-12);
    expect(summary.maxSoc).toBeLessThanOrEqual(0.9 + 1e-12);
    // With enough battery the grid keeps its ramp limit: 5 MW/min = 83,333 W/s.
    expect(summary.largestRampWPerS).toBeLessThanOrEqual(83_334);
    expect(summary.limitExceededS).toBe(0);
  });

  // 20 MW step against 5 MW/min (83,333 W/s): the grid ramps for 240 s; the battery gives the triangle
  // 20 MW × 240 s / 2 = 2,400 MJ = 666,667 Wh; SoC falls by 666,667 / √0.9 / 42.9 MWh = 702,728 / 42,900,000
  // = 0.016381, to 0.483619. Discrete steps err by about dt / 240 s = 4e-5, so 1e-3 is asked.
  it('a pure step: the battery gives the ramp triangle and the grid ramps at its limit', () => {
    const { summary } = simulate(stepProfile(5), MEGAPACKS_11, { durationS: 400, events: STEP_EVENTS });
    expect(summary.dischargedWh / 666_667).toBeCloseTo(1, 3);
    expect(summary.minSoc).toBeCloseTo(0.483619, 4);
    expect(summary.largestRampWPerS / 83_333.33).toBeCloseTo(1, 3);
    expect(summary.limitExceededS).toBe(0);
  });

  // Without a battery the grid must take the step at once: one 10 ms step beyond the limit, the grid equal to the load.
  it('a pure step without a battery breaks the ramp limit for one step', () => {
    const { series, summary } = simulate(stepProfile(5), null, { durationS: 60, events: STEP_EVENTS });
    expect(summary.limitExceededS).toBeCloseTo(0.01, 9);
    expect(Array.from(series.gridW)).toEqual(Array.from(series.loadW));
    expect(summary.peakGridW).toBe(20 * MW);
  });

  // A battery of 2 MW cannot hold a 20 MW step: the grid jumps 18 MW at once, then ramps.
  it('a battery short of power lets the grid jump by the shortfall', () => {
    const small = { powerW: 2 * MW, energyWh: 4 * MW, roundTripEfficiency: 0.9 };
    const { series } = simulate(stepProfile(5), small, { durationS: 30, events: STEP_EVENTS });
    const i = Math.round(10 / series.dtS);
    expect(series.gridW[i]).toBeCloseTo(18 * MW, 0);
    expect(series.batteryW[i]).toBeCloseTo(2 * MW, 0);
  });

  it('with no limits the grid follows the load and the battery rests', () => {
    const p = resolveProfile({}, 10 * MW);
    const { series, summary } = simulate(p, null, { durationS: 20 });
    expect(Array.from(series.gridW)).toEqual(Array.from(series.loadW));
    expect(summary.dischargedWh).toBe(0);
    // 30% swing on 10 MW: 7 to 10 MW while the job runs (0.67 s to the checkpoint at 10 s); idle 20% = 2 MW outside.
    const running = series.loadW.subarray(100, 1000);
    expect([Math.min(...running), Math.max(...running)]).toEqual([7 * MW, 10 * MW]);
    expect([series.loadW[0], series.loadW[1900]]).toEqual([2 * MW, 2 * MW]);
  });
});
