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

describe('When the generated pod is 200,000 devices', () => {
  it('stands every CDU on the floor grid and scales the pod limits', () => {
    const l = bigPod(200_000);
    // 5,000 racks in 100 rows of 50; 100 CDUs, 25 to a row on the even positions (each CDU is 2 positions wide), so
    // four CDU rows (100-103) and 104 rows in all. Limits: 100 MW per 20,000 devices, 10 × 100 MW.
    expect(l.floor.rows).toBe(104);
    expect(l.floorUnits).toHaveLength(100);
    for (const u of l.floorUnits) {
      expect(u.position.row).toBeGreaterThanOrEqual(100);
      expect(u.position.row).toBeLessThan(l.floor.rows);
      expect(u.position.slot + 1).toBeLessThan(l.floor.positionsPerRow);
    }
    expect(l.limits.utilityFeedKw).toBe(1_000_000);
  });
});
