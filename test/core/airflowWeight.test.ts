import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core';
import { BUSBAR_TRAY, FLOOR_CDU, GPU_SERVER, REVERSE_SWITCH, testCatalog } from '../fixtures/catalog';
import { codes, device, floorUnit, pduPair, pod, rack } from '../fixtures/builders';

describe('When devices in a rack move air in opposite directions', () => {
  it('warns about a rear-to-front switch on the front face among front-to-rear servers', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('g', GPU_SERVER, 'R1', 1), device('s', REVERSE_SWITCH, 'R1', 20)],
    });
    const d = validate(l, testCatalog).diagnostics.find((x) => x.code === 'airflow.mixed');
    expect(d?.message).toContain(
      "1 devices move air front-to-rear but 1 move it rear-to-front ('s' (Test reverse-airflow switch, front at U20))",
    );
    expect(d?.targets).toContainEqual({ kind: 'device', id: 's' });
  });

  it('accepts the same switch mounted on the rear face, where its airflow matches the rack', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('g', GPU_SERVER, 'R1', 1), device('s', REVERSE_SWITCH, 'R1', 20, 'rear')],
    });
    expect(codes(validate(l, testCatalog))).not.toContain('airflow.mixed');
  });

  it('reports a rack airflow of 1,628 CFM per 10.2 kW air-cooled server at an 11 °C rise', () => {
    const r = validate(
      pod({ racks: [rack('R1')], devices: [device('g', GPU_SERVER, 'R1', 1)] }),
      testCatalog,
    );
    expect(r.racks[0]?.airflowCfm).toBeCloseTo(1627.88, 1);
  });
});

describe('When a rack or the floor is overloaded', () => {
  it('sums rack, contents and 0U items: 4 × 130 + 2 × 12 + 150 = 694 kg, 964 kg/m² over 0.72 m²', () => {
    const devices = [1, 9, 17, 25].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u));
    const l = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices,
      limits: { floorRatingKgPerM2: 900 },
    });
    const r = validate(l, testCatalog);
    expect(r.racks[0]?.weightKg).toBe(694);
    expect(r.racks[0]?.floorLoadKgPerM2).toBeCloseTo(963.89, 2);
    expect(r.diagnostics.find((d) => d.code === 'weight.floorOverload')?.message).toBe(
      'Rack R1: 694 kg over 0.72 m² is 964 kg/m², above the floor rating of 900 kg/m².',
    );
  });

  it('flags 31 trays × 40 kg + 150 kg rack = 1,390 kg against a 1,361 kg static load, but not 30 (1,350 kg)', () => {
    const trays = (n: number) =>
      Array.from({ length: n }, (_, i) => device(`t${i}`, BUSBAR_TRAY, 'R1', 1 + i));
    const limits = { floorRatingKgPerM2: 5000 };
    expect(
      codes(validate(pod({ racks: [rack('R1')], devices: trays(30), limits }), testCatalog)),
    ).not.toContain('weight.rackOverload');
    const r = validate(pod({ racks: [rack('R1')], devices: trays(31), limits }), testCatalog);
    expect(r.diagnostics.find((d) => d.code === 'weight.rackOverload')?.message).toBe(
      'Rack R1: 1,390 kg (1,240 kg of equipment + 150 kg rack) exceeds its static load rating of 1,361 kg by 29 kg.',
    );
  });

  it('checks floor units over their footprint: a 900 kg CDU on 0.72 m² is 1,250 kg/m² > 1,220', () => {
    const r = validate(pod({ floorUnits: [floorUnit('c', FLOOR_CDU, 0, 0)] }), testCatalog);
    expect(codes(r)).toContain('weight.floorOverload');
    expect(r.pod.weightKg).toBe(900);
  });
});
