import { describe, expect, it } from 'vitest';
import { rackId, validate } from '../../src/core';
import { FLOOR_CDU, GPU_SERVER, INCOMPLETE_SERVER, testCatalog } from '../fixtures/catalog';
import { codes, device, floorUnit, pod, rack, unknown } from '../fixtures/builders';

describe('When the layout refers to things that do not exist', () => {
  it('reports unknown SKUs for racks, devices, doors and floor units without throwing, and leaves them out of figures', () => {
    const l = pod({
      racks: [rack('R1'), rack('R2', 1, 0, unknown), rack('R3', 2, 0, undefined, { rearDoor: unknown })],
      devices: [device('d1', unknown, 'R1', 1), device('d2', GPU_SERVER, 'R1', 10)],
      floorUnits: [floorUnit('f1', unknown, 1, 0)],
    });
    const r = validate(l, testCatalog);
    expect(codes(r).filter((c) => c === 'reference.unknownSku')).toHaveLength(4);
    expect(r.pod.itKwMax).toBeCloseTo(10.2, 6);
    expect(r.diagnostics.find((d) => d.targets.some((t) => t.id === 'd1'))?.message).toBe(
      "Rack R1: 'd1' (no-such-sku) at U1 front uses SKU 'no-such-sku', which is not in the catalog; it is left out of every figure.",
    );
  });

  it('reports devices in missing racks and floor units serving missing racks', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('d1', GPU_SERVER, 'R9', 1)],
      floorUnits: [floorUnit('c1', FLOOR_CDU, 1, 0, ['R1', 'R7'])],
    });
    const r = validate(l, testCatalog);
    expect(r.diagnostics.filter((d) => d.code === 'reference.missingRack').map((d) => d.message)).toEqual([
      "Device 'd1' (t-gpu-server) is placed in rack 'R9', which is not in the layout; it is left out of every figure.",
      "Floor unit 'c1' serves rack 'R7', which is not in the layout.",
    ]);
    expect(r.pod.itKwMax).toBe(0);
    expect(l.floorUnits[0]?.serves).toContain(rackId('R7'));
  });

  it('flags catalog items with missing figures once per SKU', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('a', INCOMPLETE_SERVER, 'R1', 1), device('b', INCOMPLETE_SERVER, 'R1', 3)],
    });
    const d = validate(l, testCatalog).diagnostics.filter((x) => x.code === 'reference.incompleteItem');
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toContain('has figures missing: power.maxW, power.typicalW');
  });
});
