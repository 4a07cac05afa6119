import { describe, expect, it } from 'vitest';
import { emptyLayout, openErrors, validate, worstRacks } from '../../src/core';
import { FLOOR_CDU, GPU_SERVER, LIQUID_SERVER, PDU_60A, testCatalog } from '../fixtures/catalog';
import { device, floorUnit, pdu, pduPair, pod, rack } from '../fixtures/builders';

// 415 V 3-phase 60 A at 80 %: √3 × 415 × 60 × 0.8 = 34,502 W per PDU (see power.test.ts).
const gpus = (n: number, inRack: string) =>
  Array.from({ length: n }, (_, i) => device(`${inRack}-gpu-${i + 1}`, GPU_SERVER, inRack, 1 + i * 8));

describe('When one rack of two is over a feed', () => {
  // R1: 2 × 10.2 kW = 20.4 kW on A+B → 20.4 / 34.502 = 59 %. R2: 4 × 10.2 kW = 40.8 kW → 40.8 / 34.502 = 118.25 %.
  const layout = pod({
    racks: [rack('R1', 0), rack('R2', 1)],
    sideItems: [...pduPair('R1'), ...pduPair('R2')],
    devices: [...gpus(2, 'R1'), ...gpus(4, 'R2')],
  });
  const report = validate(layout, testCatalog);

  it('names the worst rack for "one feed lost" with its ratio and the open error', () => {
    const w = worstRacks(report).find((x) => x.limit === 'feedLost');
    expect(w?.rackName).toBe('R2');
    expect(w?.ratio).toBeCloseTo(40.8 / 34.50245, 4);
    expect(w?.error).toBe(true);
  });

  it('puts the rack under the feedLost family of open errors, and not under weight', () => {
    const open = openErrors(report.diagnostics);
    expect([...(open.racks.get('R2') ?? [])]).toContain('feedLost');
    expect(open.racks.get('R2')?.has('weight')).toBe(false);
    expect(open.racks.has('R1')).toBe(false);
  });

  it('gives "both feeds" to R2 as well: 40.8 / 69.005 = 59.1 %, no error', () => {
    const w = worstRacks(report).find((x) => x.limit === 'bothFeeds');
    expect(w?.rackName).toBe('R2');
    expect(w?.ratio).toBeCloseTo(40.8 / 69.0049, 3);
    expect(w?.error).toBe(false);
  });
});

describe('When every PDU of a rack is on one feed', () => {
  it('leaves 0 kW with that feed lost, so the worst "one feed lost" ratio is infinite', () => {
    const layout = pod({
      racks: [rack('R1')],
      sideItems: [pdu('a1', 'R1', 'A', PDU_60A)],
      devices: gpus(2, 'R1'),
    });
    const report = validate(layout, testCatalog);
    expect(report.racks[0]?.oneFeedLostKw).toBe(0);
    expect(report.racks[0]?.usableKwPerFeed).toBeCloseTo(34.502, 3);
    const w = worstRacks(report).find((x) => x.limit === 'feedLost');
    expect(w?.ratio).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('When a liquid rack has no CDU serving it while another row has one', () => {
  it('opens the pod liquid family, so the pod gauge cannot read green', () => {
    // The CDU in row 1 serves its own row only; R1 in row 0 has 2 × 14 kW × 0.8 = 22.4 kW of liquid heat unserved.
    const layout = pod({
      racks: [rack('R1', 0, 0), rack('R2', 0, 1)],
      sideItems: [...pduPair('R1'), ...pduPair('R2')],
      devices: [device('l1', LIQUID_SERVER, 'R1', 1), device('l2', LIQUID_SERVER, 'R1', 10)],
      floorUnits: [floorUnit('cdu', FLOOR_CDU, 1, 3)],
      floor: { ...emptyLayout().floor, rows: 2, positionsPerRow: 8 },
    });
    const report = validate(layout, testCatalog);
    expect(report.pod.liquidCapacityKw).toBeGreaterThan(report.pod.liquidHeatKw);
    expect(openErrors(report.diagnostics).pod.has('liquid')).toBe(true);
    const w = worstRacks(report).find((x) => x.limit === 'liquid');
    expect(w?.rackName).toBe('R1');
    expect(w?.error).toBe(true);
  });
});
