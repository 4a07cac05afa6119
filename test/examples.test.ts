import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, parseLayoutJson, validate } from '../src/core';
import { exampleFiles } from '../scripts/buildExamples';

const read = (name: string) => readFileSync(new URL(`../public/examples/${name}`, import.meta.url), 'utf8');
const load = (name: string) => {
  const r = parseLayoutJson(read(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('The example pods in public/examples', () => {
  it('are what scripts/buildExamples.ts writes (run it after changing scripts/exampleLayouts.ts)', () => {
    for (const [name, text] of exampleFiles()) expect(read(name), name).toBe(text);
  });

  it.each(['air-cooled-dgx-h100.json', 'liquid-nvl72.json', 'small-inference.json'])(
    '%s validates with no errors or warnings',
    (name) => {
      const r = validate(load(name), builtinCatalog);
      expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    },
  );

  it('air-cooled pod: 16 DGX H100 at 10.2 kW = 163.2 kW plus 10.86 kW of network gear', () => {
    // figures.md §1.2: DGX H100 max 10.2 kW. Network: 5 × QM9700 1.72 kW + SN5600 2.1 kW (estimate) + SN2201 0.16 kW.
    const r = validate(load('air-cooled-dgx-h100.json'), builtinCatalog);
    expect(r.pod.gpus).toBe(128);
    expect(r.pod.itKwMax).toBeCloseTo(163.2 + 5 * 1.72 + 2.1 + 0.16, 6);
    expect(r.racks[0]?.kwMax).toBeCloseTo(40.8, 6);
    // 2 × 415 V 60 A PDUs per feed: 2 × √3 × 415 × 60 × 0.8 = 2 × 34,502.45 = 69,004.9 VA with one feed lost; the
    // example is a new pod at power factor 0.95 (POWER.md §1), so 69,004.9 × 0.95 = 65,554.7 W.
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(65.5547, 3);
    // 40.8 kW / 0.95 = 42.947 kVA of PDU-fed load.
    expect(r.racks[0]?.acKvaMax).toBeCloseTo(42.947, 3);
  });

  it('NVL72 pod: 72 GPUs per rack and about 120 kW per rack (figures.md §1.1: "~120 kW")', () => {
    const r = validate(load('liquid-nvl72.json'), builtinCatalog);
    expect(r.pod.gpus).toBe(144);
    for (const rack of r.racks.slice(0, 2)) {
      expect(rack.gpus).toBe(72);
      expect(rack.kwMax).toBeGreaterThan(110);
      expect(rack.kwMax).toBeLessThan(132);
    }
  });

  it('the broken pod trips every rule family', () => {
    const r = validate(load('broken.json'), builtinCatalog);
    const families = new Set(
      r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code.split('.')[0]),
    );
    expect([...families].sort()).toEqual([
      'airflow',
      'cooling',
      'network',
      'power',
      'reference',
      'space',
      'weight',
    ]);
  });
});
