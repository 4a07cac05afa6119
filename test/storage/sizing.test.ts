/**
 * Storage sizing against POWER.md §3's worked example and hand-worked cases. Every expected value is worked out in the
 * comment above it from the formulas in src/core/storage/layers.ts.
 */
import { describe, expect, it } from 'vitest';
import { MEGAPACK_2XL_2H, MEGAPACK_2XL_4H } from '../../src/core/catalog/builtin/megapack2xl';
import {
  checkpointNeed,
  generatorNeed,
  nameplateWh,
  oscillationNeed,
  rampNeed,
} from '../../src/core/storage/layers';
import { resolveProfile } from '../../src/core/storage/profileDefaults';
import { sizeStorage } from '../../src/core/storage/sizeStorage';

const MW = 1e6;
/** MW/min → W/s. */
const perMin = (mwPerMin: number) => (mwPerMin * MW) / 60;

describe('The ramp layer (POWER.md §3 worked example)', () => {
  // 20 MW job start, 5 MW/min ramp limit: the grid needs 20 / 5 = 4 min; the storage supplies the triangle
  // 20 MW × 4 min / 2 = 40 MW·min = 0.6667 MWh; nameplate with w = 0.8: 2 × 0.6667 / 0.8 = 1.6667 MWh.
  it('needs 20 MW and 0.667 MWh, 1.667 MWh nameplate', () => {
    const need = rampNeed(20 * MW, perMin(5));
    expect(need.powerW).toBe(20 * MW);
    expect(need.energyWh).toBeCloseTo(666_667, 0);
    expect(nameplateWh(need.energyWh, 0.8)).toBeCloseTo(1_666_667, 0);
  });

  // With Megapack 2 XL 2-hour units (1.927 MW, 3.9 MWh): by power 20 / 1.927 = 10.38 → 11; by energy
  // 1.667 / 3.9 = 0.43 → 1. Power binds; 11 × 3.9 = 42.9 MWh installed (POWER.md: ≈ 43 MWh); C-rate needed
  // 20 / 1.667 = 12.0 per hour against the unit's 1.927 / 3.9 = 0.494.
  it('is power-bound: 11 units, 42.9 MWh installed, 12C needed vs 0.49C', () => {
    const profile = {
      ...resolveProfile(
        { profile: { jobStepPct: 100, checkpointDipPct: 0 }, grid: { rampMwPerMin: 5 } },
        20 * MW,
      ),
    };
    const s = sizeStorage({ profile, unit: MEGAPACK_2XL_2H, psuStorageJ: 0, gpus: 0, generator: null });
    const ramp = s.layers.find((l) => l.layer === 'ramp');
    expect(ramp?.unitsByPower).toBe(11);
    expect(ramp?.unitsByEnergy).toBe(1);
    expect(s.units).toBe(11);
    expect(s.binding).toBe('power');
    expect(s.bindingLayer).toBe('ramp');
    expect(s.installedEnergyWh).toBeCloseTo(42.9 * MW, 0);
    expect(s.cRateNeeded).toBeCloseTo(12.0, 2);
    expect(s.unitCRate).toBeCloseTo(0.4941, 4);
    // Loss of one start at RTE 0.9: 0.6667 MWh × (1/0.9 − 1) = 74.07 kWh.
    expect(ramp?.lossWh).toBeCloseTo(74_074, 0);
  });

  // The same start with a slow 0.5 MW/min limit: 20 / 0.5 = 40 min; energy 20 × 40 / 2 = 400 MW·min = 6.667 MWh;
  // nameplate 2 × 6.667 / 0.8 = 16.667 MWh. 4-hour units (0.975 MW, 3.9 MWh): by power 20 / 0.975 = 20.5 → 21,
  // by energy 16.667 / 3.9 = 4.27 → 5: still power-bound.
  it('with 4-hour units and a 0.5 MW/min limit needs 21 by power, 5 by energy', () => {
    const profile = resolveProfile(
      { profile: { jobStepPct: 100, checkpointDipPct: 0 }, grid: { rampMwPerMin: 0.5 } },
      20 * MW,
    );
    const s = sizeStorage({ profile, unit: MEGAPACK_2XL_4H, psuStorageJ: 0, gpus: 0, generator: null });
    expect(s.layers[0]?.nameplateWh).toBeCloseTo(16_666_667, 0);
    expect(s.unitsByPower).toBe(21);
    expect(s.unitsByEnergy).toBe(5);
    expect(s.binding).toBe('power');
  });
});

describe('The checkpoint layer', () => {
  // Dip 5 MW for 30 s, ramp 5 MW/min = 83,333 W/s: the grid would need 5 / 5 = 60 s to reach the bottom, longer
  // than the dip, so the storage absorbs ΔP·D − R·D²/2 = 5 MW × 30 s − 83,333 × 900 / 2 = 150 − 37.5 = 112.5 MJ
  // = 31,250 Wh.
  it('absorbs 31.25 kWh for a short dip', () => {
    const need = checkpointNeed(5 * MW, 30, perMin(5));
    expect(need.powerW).toBe(5 * MW);
    expect(need.energyWh).toBeCloseTo(31_250, 3);
  });

  // The same dip for 120 s (> 60 s): the grid reaches the bottom; triangle ΔP²/(2R) = 25e12 / 166,667 = 150 MJ
  // = 41,667 Wh.
  it('absorbs the full triangle, 41.67 kWh, for a long dip', () => {
    expect(checkpointNeed(5 * MW, 120, perMin(5)).energyWh).toBeCloseTo(41_666.67, 1);
  });
});

describe('The generator layer', () => {
  // A 4 MW step on two 2 MVA sets (1.6 MW each, 50% per block: 1.6 MW per block together), one block every 10 s,
  // 20% ageing margin: power (4 − 1.6) × 1.2 = 2.88 MW;
  // energy (4 − 1.6) × 10 + (4 − 3.2) × 10 = 24 + 8 = 32 MJ = 8,888.9 Wh.
  it('carries 2.88 MW and 8.89 kWh', () => {
    const need = generatorNeed(4 * MW, 1.6 * MW, 10, 0.2);
    expect(need.powerW).toBeCloseTo(2.88 * MW, 3);
    expect(need.energyWh).toBeCloseTo(8888.89, 1);
  });

  it('needs nothing when one block takes the whole step', () => {
    expect(generatorNeed(1 * MW, 1.6 * MW, 10, 0.2)).toEqual({ powerW: 0, energyWh: 0 });
  });
});

describe('The oscillation layer', () => {
  // 3 MW swing, T = 2 s, d = 0.7, k = 1: power max(0.7, 0.3) × 3 = 2.1 MW; energy 0.7 × 0.3 × 3 MW × 2 s = 1.26 MJ
  // = 350 Wh per cycle.
  it('needs max(d, 1−d)·ΔP and d(1−d)·ΔP·T', () => {
    const need = oscillationNeed(3 * MW, 2, 0.7, 1);
    expect(need.powerW).toBeCloseTo(2.1 * MW, 3);
    expect(need.energyWh).toBeCloseTo(350, 6);
  });

  // A 10 MW pod swinging the default 30% = 3 MW, T = 2 s, d = 0.7, the grid allowed 0.5 MW: k = 1 − 0.5/3 = 0.8333;
  // power 0.7 × 3 × 0.8333 = 1.75 MW; energy 350 Wh × 0.8333 = 291.67 Wh per cycle. No PSU storage: a battery takes
  // it. One 2-hour unit covers 1.75 MW (1.927) and the 2 × 291.67 / 0.8 = 729 Wh nameplate. 43,200 swings a day
  // discharge 291.67 × 43,200 = 12.6 MWh; usable energy 3.9 MWh × 0.8 SoC window = 3.12 MWh (cycles.ts): 12.6 / 3.12
  // = 4.038 full-equivalent cycles a day; 7,300 cycles / 4.038 / 365 = 4.95 years (below the 20-year calendar life).
  // Average loss 291.67 Wh × 3600 × (1/0.9 − 1) / 2 s = 58.3 kW.
  it('on a battery: 1 unit, 4.04 full-equivalent cycles a day, 4.95 years', () => {
    const profile = resolveProfile({ grid: { allowedSwingKw: 500 } }, 10 * MW);
    const s = sizeStorage({ profile, unit: MEGAPACK_2XL_2H, psuStorageJ: 0, gpus: 8000, generator: null });
    expect(s.oscillation.absorber).toBe('battery');
    expect(s.oscillation.need.powerW).toBeCloseTo(1.75 * MW, 2);
    expect(s.oscillation.need.energyWh).toBeCloseTo(291.667, 2);
    expect(s.units).toBe(1);
    expect(s.wear?.fullCyclesPerDay).toBeCloseTo(4.03846, 4);
    expect(s.wear?.lifeYears).toBeCloseTo(4.9524, 3);
    expect(s.wear?.limitedBy).toBe('cycles');
    expect(s.wear?.averageLossW).toBeCloseTo(58_333, 0);
  });

  // One GB300 NVL72 rack: 72 GPUs, 8 shelves × 585 J = 4,680 J (65 J per GPU). 130 kW at max, 30% swing = 39 kW,
  // grid allowed nothing (k = 1). At T = 2 s: 0.21 × 39,000 × 2 = 16,380 J per cycle > 4,680 J: the battery takes it;
  // the shelves ride 4,680 / (0.7 × 39,000) = 0.171 s. At T = 0.1 s: 819 J ≤ 4,680 J: the PSU storage takes it.
  it('PSU storage holds a fast swing, not a 2-second one', () => {
    const slow = resolveProfile({ grid: { allowedSwingKw: 0 } }, 130_000);
    const s = sizeStorage({
      profile: slow,
      unit: MEGAPACK_2XL_2H,
      psuStorageJ: 4680,
      gpus: 72,
      generator: null,
    });
    expect(s.oscillation.absorber).toBe('battery');
    expect(s.oscillation.psuStoragePerGpuJ).toBe(65);
    expect(s.oscillation.psuRideThroughS).toBeCloseTo(0.1714, 4);
    const fast = resolveProfile({ profile: { iterationPeriodS: 0.1 }, grid: { allowedSwingKw: 0 } }, 130_000);
    const f = sizeStorage({
      profile: fast,
      unit: MEGAPACK_2XL_2H,
      psuStorageJ: 4680,
      gpus: 72,
      generator: null,
    });
    expect(f.oscillation.need.energyWh * 3600).toBeCloseTo(819, 6);
    expect(f.oscillation.absorber).toBe('psu-storage');
    expect(f.layers).toEqual([]);
  });

  // 10 MW pod, 3 MW swing (troughs at 7 MW), a GPU power floor at 95% = 9.5 MW and an allowed swing of 0.5 MW: the
  // floor leaves 10 − 9.5 = 0.5 MW, all of which the grid may see: the floor absorbs it, burning
  // (9.5 − 7) × 0.3 = 0.75 MW on average.
  it('a GPU power floor can take it, at a cost in burnt power', () => {
    const profile = resolveProfile(
      { profile: { gpuPowerFloorPct: 95 }, grid: { allowedSwingKw: 500 } },
      10 * MW,
    );
    const s = sizeStorage({ profile, unit: MEGAPACK_2XL_2H, psuStorageJ: 0, gpus: 0, generator: null });
    expect(s.oscillation.absorber).toBe('gpu-power-floor');
    expect(s.oscillation.swingAfterFloorW).toBeCloseTo(0.5 * MW, 3);
    expect(s.oscillation.floorWasteW).toBeCloseTo(0.75 * MW, 3);
    expect(s.units).toBe(0);
    expect(s.binding).toBe('none');
  });

  it('no grid limits: nothing to size (absent limits keep today’s behaviour)', () => {
    const s = sizeStorage({
      profile: resolveProfile({}, 10 * MW),
      unit: MEGAPACK_2XL_2H,
      psuStorageJ: 0,
      gpus: 0,
      generator: null,
    });
    expect(s.oscillation.absorber).toBe('grid');
    expect(s.layers).toEqual([]);
    expect(s.units).toBe(0);
    expect(s.cRateNeeded).toBeNull();
  });
});

describe('Energy-bound sizing', () => {
  // A 2 MW step with a 0.05 MW/min limit: 2 / 0.05 = 40 min; energy 2 × 40 / 2 = 40 MW·min = 0.6667 MWh; nameplate
  // 2 × 0.6667 / 0.8 = 1.667 MWh. 200 kWh / 100 kW cabinets: by power 2 / 0.1 = 20, by energy 1,667 / 200 = 8.33 → 9.
  // Power binds. With a 0.005 MW/min limit: 400 min, 6.667 MWh, 16.67 MWh nameplate → 84 by energy vs 20 by power:
  // energy binds, C-rate needed 2 / 16.67 = 0.12 against the cabinet's 0.5.
  it('binds on energy for a very slow ramp', () => {
    const cabinet = {
      ...MEGAPACK_2XL_2H,
      sku: MEGAPACK_2XL_2H.sku,
      name: 'cabinet',
      energyKwh: 200,
      powerKw: 100,
    };
    const step = { profile: { jobStepPct: 100, checkpointDipPct: 0 } };
    const fast = sizeStorage({
      profile: resolveProfile({ ...step, grid: { rampMwPerMin: 0.05 } }, 2 * MW),
      unit: cabinet,
      psuStorageJ: 0,
      gpus: 0,
      generator: null,
    });
    expect([fast.unitsByPower, fast.unitsByEnergy, fast.binding]).toEqual([20, 9, 'power']);
    const slow = sizeStorage({
      profile: resolveProfile({ ...step, grid: { rampMwPerMin: 0.005 } }, 2 * MW),
      unit: cabinet,
      psuStorageJ: 0,
      gpus: 0,
      generator: null,
    });
    expect([slow.unitsByPower, slow.unitsByEnergy, slow.binding]).toEqual([20, 84, 'energy']);
    expect(slow.cRateNeeded).toBeCloseTo(0.12, 6);
  });
});
