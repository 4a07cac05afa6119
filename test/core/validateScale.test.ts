import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  deviceId,
  placeDevice,
  removeItems,
  sku,
  updateDevice,
  validate,
} from '../../src/core';
import { bigPod } from '../fixtures/bigPod';

describe('When a generated 20,000-device pod is validated', () => {
  const layout = bigPod(20_000);

  it('validates cleanly with the figures worked out from its composition', () => {
    const r = validate(layout, builtinCatalog);
    expect(layout.devices).toHaveLength(20_000);
    expect(r.pod.racks).toBe(500);
    expect(r.errors).toBe(0);
    expect(r.racks[0]?.usedU).toBe(46);
    expect(r.devices).toHaveLength(20_000);
  });

  it('gives the same report after one device is placed, whether cached or recomputed in full', () => {
    const before = validate(layout, builtinCatalog);
    const next = placeDevice(layout, {
      id: deviceId('new-1'),
      sku: sku('cpu-server-1u'),
      rack: layout.racks[17]!.id,
      u: 47,
      face: 'front',
    });
    const incremental = validate(next, builtinCatalog);
    const full = validate(next, builtinCatalog, { cache: false });
    expect(incremental).toEqual(full);
    expect(incremental.pod.devices).toBe(before.pod.devices + 1);
    expect(incremental.pod.itKwMax).toBeGreaterThan(before.pod.itKwMax);
  });

  it('gives the same report after a move and a removal, cached or not', () => {
    const moved = updateDevice(layout, deviceId('R3-d1'), { rack: layout.racks[4]!.id, u: 47 });
    expect(validate(moved, builtinCatalog)).toEqual(validate(moved, builtinCatalog, { cache: false }));
    const removed = removeItems(moved, ['R9-d4', 'R10']);
    expect(validate(removed, builtinCatalog)).toEqual(validate(removed, builtinCatalog, { cache: false }));
    expect(validate(removed, builtinCatalog).pod.racks).toBe(499);
  });
});
