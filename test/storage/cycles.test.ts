/**
 * One definition of battery cycling (src/core/storage/cycles.ts): full-equivalent cycles per day = energy discharged
 * per day ÷ usable energy (nameplate × SoC window). The sizing's wear figure and the simulation summary both use it;
 * the expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  fmtFullCycles,
  fullEquivalentCyclesPerDay,
  resolveProfile,
  simulate,
  usableWh,
} from '../../src/core';

const MW = 1e6;

describe('Full-equivalent cycles per day', () => {
  // 1 MWh discharged every 6 h (21,600 s) = 4 MWh a day, from a 4 MWh nameplate at a 0.8 window = 3.2 MWh usable:
  // 4 / 3.2 = 1.25 cycles a day.
  it('is energy discharged per day over usable energy', () => {
    expect(usableWh(4 * MW, 0.8)).toBe(3.2 * MW);
    expect(fullEquivalentCyclesPerDay(1 * MW, 21_600, usableWh(4 * MW, 0.8))).toBeCloseTo(1.25, 12);
  });

  // Shallow swings add up: 350 Wh every 2 s = 43,200 × 350 = 15.12 MWh a day; 3.9 MWh × 0.8 = 3.12 MWh usable:
  // 15.12 / 3.12 = 4.846 cycles a day.
  it('counts shallow swings by their energy', () => {
    expect(fullEquivalentCyclesPerDay(350, 2, usableWh(3.9 * MW, 0.8))).toBeCloseTo(4.84615, 5);
  });

  it('is 0 when nothing is discharged and unbounded with no usable energy', () => {
    expect(fullEquivalentCyclesPerDay(0, 300, 0)).toBe(0);
    expect(fullEquivalentCyclesPerDay(1, 300, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(fmtFullCycles(1.25)).toBe('1.25 full-equivalent cycles/day');
    expect(fmtFullCycles(Number.POSITIVE_INFINITY)).toBe('unbounded full-equivalent cycles/day');
  });

  // The simulation uses the same figure. A 20 MW step from 0 against 5 MW/min through 11 Megapack 2 XL 2-hour units
  // (42.9 MWh nameplate): the battery discharges the ramp triangle 20 MW × 240 s / 2 = 666,667 Wh in a 400 s run
  // (test/storage/simulate.test.ts). Repeated all day: 666,667 × 86,400 / 400 = 144.0 MWh; usable 42.9 × 0.8 =
  // 34.32 MWh: 144.0 / 34.32 = 4.196 cycles a day.
  it('is what the simulation summary reports for a repeated run', () => {
    const p = resolveProfile(
      { profile: { jobStepPct: 100, swingPct: 0, checkpointDipPct: 0 }, grid: { rampMwPerMin: 5 } },
      20 * MW,
    );
    const battery = { powerW: 11 * 1.927 * MW, energyWh: 11 * 3.9 * MW, roundTripEfficiency: 0.9 };
    const { summary } = simulate(p, battery, {
      durationS: 400,
      events: { jobStartS: 10, checkpointS: 1e9, jobStopS: 1e9 },
    });
    expect(summary.fullCyclesPerDay / 4.1958).toBeCloseTo(1, 3);
  });
});
