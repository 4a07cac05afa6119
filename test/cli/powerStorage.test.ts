/**
 * `podplan power` storage section on the liquid NVL72 example (254.18 kW IT max, three 100 kW / 200 kWh cabinets) with
 * a 0.1 MW/min ramp limit (1,666.7 W/s) and a 20 kW allowed swing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';

function exampleWith(storage: unknown, keepCabinets = 3): string {
  const file = JSON.parse(readFileSync('public/examples/liquid-nvl72.json', 'utf8')) as {
    floorUnits: { sku: string }[];
  };
  let kept = 0;
  file.floorUnits = file.floorUnits.filter(
    (u) => u.sku !== 'battery-cabinet-200kwh' || kept++ < keepCabinets,
  );
  return JSON.stringify({ ...file, storage });
}

async function run(args: string[], text: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: () => text,
    writeFile: () => undefined,
  };
  return { code: await main(args, io), stdout, stderr };
}

const LIMITS = { grid: { rampMwPerMin: 0.1, allowedSwingKw: 20 } };

describe('podplan power: the storage section', () => {
  // Job step 0.8 × 254.18 = 203.34 kW → 3 cabinets by power (2.03 → 3); ramp energy 203,344² / (2 × 1,666.7) =
  // 12.40 MJ = 3.44 kWh, nameplate 2 × 3.44 / 0.8 = 8.6 kWh → 1 by energy. Checkpoint 127.09 kW for 30 s (short of
  // 127,090 / 1,666.7 = 76 s): 127,090 × 30 − 1,666.7 × 900 / 2 = 3.063 MJ = 850.8 Wh. C-rate 203.3 / 8.61 = 23.61C.
  it('prints each layer, the units by power and by energy, the binding layer and the simulation', async () => {
    const r = await run(['power', 'pod.json'], exampleWith(LIMITS));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  ramp           203.3 kW, 3.4 kWh each way, 8.6 kWh nameplate: 3 by power, 1 by energy',
    );
    expect(r.stdout).toContain('  checkpoint     127.1 kW, 850.8 Wh each way');
    expect(r.stdout).toContain(
      "3 units by power, 1 by energy → 3 (power-bound, ramp layer); C-rate needed 23.61C vs the unit's 0.50C",
    );
    // Oscillation: swing 0.3 × 254.18 = 76.25 kW, 20 kW allowed: k = 1 − 20 / 76.25 = 0.7377; per swing 0.7 × 0.3 ×
    // 76,254 W × 2 s × 0.7377 = 23,627 J = 6.563 Wh; × 43,200 swings = 283.5 kWh a day; usable 3 × 200 kWh × 0.8 =
    // 480 kWh: 0.59 full-equivalent cycles a day (cycles.ts), the same words in the simulation line.
    expect(r.stdout).toContain('Wear             0.59 full-equivalent cycles/day from the oscillation alone');
    expect(r.stdout).toMatch(
      /SoC [\d.]+%–[\d.]+%, [\d.]+ full-equivalent cycles\/day if the run repeats all day/,
    );
    expect(r.stdout).toMatch(
      /Simulation {7}300 s at 10 ms with the placed batteries: peak grid 254\.2 kW, largest ramp 0\.10 MW\/min/,
    );
  });

  it('gives the same figures as JSON, in kW and kWh', async () => {
    const r = await run(['power', 'pod.json', '--json'], exampleWith(LIMITS));
    const out = JSON.parse(r.stdout) as {
      storage: {
        units: number;
        binding: string;
        bindingLayer: string;
        layers: { layer: string; energyKwh: number; unitsByPower: number }[];
        simulation: { minSoc: number; maxSoc: number; fullCyclesPerDay: number; peakGridKw: number };
      };
    };
    expect([out.storage.units, out.storage.binding, out.storage.bindingLayer]).toEqual([3, 'power', 'ramp']);
    expect(out.storage.layers.find((l) => l.layer === 'checkpoint')?.energyKwh).toBeCloseTo(0.8508, 4);
    expect(out.storage.simulation.peakGridKw).toBeCloseTo(254.18, 2);
    expect(out.storage.simulation.minSoc).toBeLessThan(0.5);
    expect(out.storage.simulation.maxSoc).toBeLessThanOrEqual(0.9);
  });

  it('exits 1 when the placed batteries are short, and says there are no settings when there are none', async () => {
    const short = await run(['power', 'pod.json'], exampleWith(LIMITS, 1));
    expect(short.code).toBe(1);
    expect(short.stdout).toContain('error    power.storageShortPower');
    const none = await run(['power', 'pod.json'], readFileSync('public/examples/liquid-nvl72.json', 'utf8'));
    expect(none.stdout).toContain('Storage: not sized (the layout has no `storage` settings)');
    // Stranded power (hand-worked in test/storage/strandedPower.test.ts): 1 more NVL72 rack at Max-Q, 0 at max.
    expect(none.stdout).toContain(
      'Budgeted at the cap, 1 more rack(s) like L1 (90.3 kW capped, 120.0 kW max) fit under the same feed; 0 at max draw.',
    );
    expect(
      JSON.parse((await run(['power', 'p.json', '--json'], exampleWith(undefined))).stdout),
    ).toMatchObject({
      storage: null,
    });
  });
});
