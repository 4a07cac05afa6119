/**
 * Storage checks on a whole pod: the liquid NVL72 example (254.18 kW IT max, three 100 kW / 200 kWh cabinets, 144
 * GB200 GPUs on plain ORv3 shelves without storage).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, catalogForLayout, parseLayoutJson, validate } from '../../src/core';
import type { Layout } from '../../src/core';
import type { StorageSettings } from '../../src/core/model/storageSettings';
import { podStorage } from '../../src/core/storage/podStorage';

function example(): Layout {
  const result = parseLayoutJson(readFileSync('public/examples/liquid-nvl72.json', 'utf8'));
  if (!result.ok) throw new Error('example must load');
  return result.value;
}

const storageCodes = (l: Layout) =>
  validate(l, catalogForLayout(builtinCatalog, l))
    .diagnostics.filter((d) => d.code.startsWith('power.storage'))
    .map((d) => ({ severity: d.severity, code: d.code, message: d.message }));

/** One cabinet left of the three (100 kW, 200 kWh). */
function withOneCabinet(storage: StorageSettings): Layout {
  const l = example();
  let kept = 0;
  const floorUnits = l.floorUnits.filter((u) => u.sku !== 'battery-cabinet-200kwh' || kept++ === 0);
  return { ...l, floorUnits, storage };
}

describe('Storage checks on a pod', () => {
  it('run only when the layout has storage settings', () => {
    expect(storageCodes(example())).toEqual([]);
  });

  it('count the placed cabinets as the unit and find them sufficient', () => {
    const l = { ...example(), storage: { grid: { rampMwPerMin: 0.1 } } };
    const report = validate(l, catalogForLayout(builtinCatalog, l));
    expect(report.pod.itKwMax).toBeCloseTo(254.18, 2);
    const s = podStorage(l, catalogForLayout(builtinCatalog, l), l.storage, report.pod.itKwMax * 1000, 144);
    expect(s.unitBasis).toBe('placed');
    expect(s.sizing.unit.sku).toBe('battery-cabinet-200kwh');
    expect(s.placed.powerW).toBe(300_000);
    expect(storageCodes(l)).toEqual([]);
  });

  // Job step 80% × 254.18 kW = 203.34 kW against one 100 kW cabinet: short by 103.3 kW → 2 more cabinets.
  it('say when the placed batteries are short of power, with the numbers', () => {
    expect(storageCodes(withOneCabinet({ grid: { rampMwPerMin: 0.1 } }))).toEqual([
      {
        severity: 'error',
        code: 'power.storageShortPower',
        message:
          'Storage: the job start/stop ramp needs 203.3 kW of battery power; the placed batteries (1 × Battery cabinet 200 kWh) give 100.0 kW. 2 more Battery cabinet 200 kWh (100.0 kW, 200.0 kWh each) would cover it.',
      },
    ]);
  });

  // 2 kW/min = 33.33 W/s: energy 203,344² / (2 × 33.33) = 620.2 MJ = 172.29 kWh each way; nameplate
  // 2 × 172.29 / 0.8 = 430.7 kWh against 200 kWh placed: short by 230.7 kWh → 2 more cabinets (by power too).
  it('say when they are short of energy, with the SoC window', () => {
    const found = storageCodes(withOneCabinet({ grid: { rampMwPerMin: 0.002 } }));
    expect(found.map((d) => d.code)).toEqual(['power.storageShortEnergy', 'power.storageShortPower']);
    expect(found[0]?.message).toBe(
      'Storage: the job start/stop ramp moves 172.3 kWh each way, which needs 430.7 kWh nameplate (2 × 172.3 kWh / 0.8 SoC window held at mid-band); the placed batteries (1 × Battery cabinet 200 kWh) give 200.0 kWh. 2 more Battery cabinet 200 kWh (100.0 kW, 200.0 kWh each) would cover it.',
    );
  });

  it('warn when a battery is left to take the training swing, and name an unknown battery', () => {
    const found = storageCodes({
      ...example(),
      storage: { grid: { allowedSwingKw: 10 }, batterySku: 'nvidia-q3400' as never },
    });
    expect(found.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'power.storageOscillationOnBattery'],
      ['warning', 'power.storageUnknownBattery'],
    ]);
    expect(found[0]?.message).toContain('This layer belongs to GPU power management');
    expect(found[1]?.message).toContain("'nvidia-q3400'");
  });
});
