/**
 * Rack BBU shelves: runtime at the rack's busbar load read from the shelf's runtime curve and checked against the
 * pod's ride-through minimum. The ORv3 BBU shelf's curve (rackBbu.ts, 33 kW): 25 % → 480 s, 50 % → 210 s,
 * 75 % → 130 s, 100 % → 90 s. Test busbar trays draw 6 kW each at max.
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import { makeCatalog, validate } from '../../src/core';
import { RACK_BBU_SHELF } from '../../src/core/catalog/builtin/rackBbu';
import { runtimeOnCurve } from '../../src/core/rules/bbuRuntime';
import { BUSBAR_TRAY, ITEMS, SHELF_33KW } from '../fixtures/catalog';
import { device, pod, rack } from '../fixtures/builders';

const catalog = makeCatalog([...ITEMS, RACK_BBU_SHELF]);
const curve = RACK_BBU_SHELF.runtimeCurve ?? [];

/** A rack with A and B power shelves, `trays` busbar trays and `bbus` BBU shelves; `minutes` ride-through minimum. */
function rackWith(trays: number, bbus: number, minutes?: number): Layout {
  const devices = [
    device('sh1', SHELF_33KW, 'R1', 1, 'front', { feed: 'A' }),
    device('sh2', SHELF_33KW, 'R1', 2, 'front', { feed: 'B' }),
    ...Array.from({ length: bbus }, (_, i) => device(`bbu${i}`, RACK_BBU_SHELF.sku, 'R1', 3 + i)),
    ...Array.from({ length: trays }, (_, i) => device(`t${i}`, BUSBAR_TRAY, 'R1', 10 + i)),
  ];
  const l = pod({ racks: [rack('R1')], devices });
  return minutes === undefined ? l : { ...l, limits: { ...l.limits, upsMinRuntimeMin: minutes } };
}

const bbuDiagnostics = (l: Layout) =>
  validate(l, catalog).diagnostics.filter((d) => d.code.startsWith('power.bbu'));

describe('A BBU shelf runtime curve', () => {
  it('is read on its points, interpolated between them, a floor below the lightest, none beyond the rating', () => {
    expect(runtimeOnCurve(curve, 1).runtimeS).toBe(90);
    expect(runtimeOnCurve(curve, 0.75)).toMatchObject({ runtimeS: 130, basis: 'point' });
    // Halfway between 50 % → 210 s and 75 % → 130 s: 170 s.
    expect(runtimeOnCurve(curve, 0.625)).toMatchObject({ runtimeS: 170, basis: 'interpolated' });
    expect(runtimeOnCurve(curve, 0.1)).toMatchObject({ runtimeS: 480, basis: 'at-least' });
    expect(runtimeOnCurve(curve, 1.01)).toMatchObject({ runtimeS: 0, basis: 'overloaded' });
  });
});

describe('Rack BBU shelves in the rack checks', () => {
  // 4 trays = 24 kW on one 33 kW shelf: 24 / 33 = 72.73 % of its rating, between 50 % → 210 s and 75 % → 130 s:
  // 210 + (0.7273 − 0.5) / 0.25 × (130 − 210) = 210 − 72.73 = 137.27 s. The pod asks 2 min = 120 s: it holds.
  it('gives the runtime at the rack load from the curve and holds a 2-minute minimum', () => {
    const r = validate(rackWith(4, 1, 2), catalog);
    expect(r.racks[0]?.ups?.loadKw).toBeCloseTo(24, 9);
    expect((r.racks[0]?.ups?.runtimeMin ?? 0) * 60).toBeCloseTo(137.2727, 3);
    const d = r.diagnostics.filter((x) => x.code.startsWith('power.bbu'));
    expect(d.map((x) => [x.severity, x.code])).toEqual([['info', 'power.bbuRuntime']]);
    expect(d[0]?.message).toBe(
      'Rack R1: its ORv3 BBU shelf 33 kW carries 24.0 kW (73 % of its rating) for 137 s, interpolated on the runtime curve between 50 % → 210 s and 75 % → 130 s; the pod asks 120 s.',
    );
  });

  // The same rack against a 2.5-minute (150 s) minimum: 137 s is short.
  it('is an error when the curve runtime is short of the ride-through minimum', () => {
    const d = bbuDiagnostics(rackWith(4, 1, 2.5));
    expect(d.map((x) => [x.severity, x.code])).toEqual([['error', 'power.bbuRuntimeShort']]);
    expect(d[0]?.message).toContain('for 137 s');
    expect(d[0]?.message).toContain("less than the pod's 2.5 min (150 s) ride-through minimum");
  });

  // Two shelves share 24 kW: 24 / 66 = 36.36 %, between 25 % → 480 s and 50 % → 210 s:
  // 480 − (0.3636 − 0.25) / 0.25 × 270 = 480 − 122.73 = 357.27 s.
  it('shares the load among shelves in proportion to their rating', () => {
    const r = validate(rackWith(4, 2, 2.5), catalog);
    expect((r.racks[0]?.ups?.runtimeMin ?? 0) * 60).toBeCloseTo(357.2727, 3);
    expect(r.diagnostics.map((x) => x.code)).not.toContain('power.bbuRuntimeShort');
  });

  // 1 tray = 6 kW on 33 kW: 18 % is below the lightest point, 25 % → 480 s: at least 480 s. 6 trays = 36 kW on
  // 33 kW: 109 %, 3.0 kW over, no ride-through.
  it('reads a light load as at least the lightest point, and an overload as no ride-through', () => {
    expect(bbuDiagnostics(rackWith(1, 1, 2))[0]?.message).toContain(
      'for 480 s, at least, below the lightest point of the runtime curve (25 % → 480 s)',
    );
    const over = bbuDiagnostics(rackWith(6, 1));
    expect(over.map((x) => [x.severity, x.code])).toEqual([['error', 'power.bbuOverload']]);
    expect(over[0]?.message).toContain(
      "carries the rack's 36.0 kW at max draw, 109 % of its rating: 3.0 kW over",
    );
  });
});
