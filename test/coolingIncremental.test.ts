import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../src/core';
import {
  DEFAULT_FLOOR,
  deviceId,
  placeDevice,
  rackId,
  removeItems,
  updateDevice,
  updateRack,
  validate,
} from '../src/core';
import { device, floorUnit, pduPair, pod, rack } from './fixtures/builders';
import {
  DOOR_35KW,
  FLOOR_CDU,
  GPU_SERVER,
  INRACK_CDU,
  INROW_40KW,
  LIQUID_SERVER,
  testCatalog,
} from './fixtures/catalog';

/**
 * The cooling pass is carried from edit to edit (rules/cooling.ts: only the changed racks and their groups are passed
 * again, pod totals summed in blocks of 64 racks). On a pod of 70 racks (two blocks) with every kind of group
 * this checks the carried pass against one made from scratch.
 */
const ROWS = 5;
const PER_ROW = 14;
const RACKS = Array.from({ length: ROWS * PER_ROW }, (_, i) => `R${i + 1}`);
const rowOf = (i: number) => Math.floor(i / PER_ROW);

/**
 * Row 0: liquid servers only, served by a row CDU (2 × 14 × 11.2 = 313.6 kW of liquid heat, over its 200 kW); rows 1-2: a CDU listing racks of both rows (one group across the first two blocks);
 * row 3: in-row coolers serving the row, every other rack with a rear door; row 4: no floor CDU (liquid heat there is
 * an error), in-rack CDUs in some racks. Room air is limited so that the pod-wide room-air check can fire.
 */
const start: Layout = pod({
  floor: { ...DEFAULT_FLOOR, rows: ROWS + 1, positionsPerRow: PER_ROW + 4 },
  limits: { roomAirKw: 100 },
  racks: RACKS.map((r, i) =>
    rack(r, i % PER_ROW, rowOf(i), undefined, rowOf(i) === 3 && i % 2 === 0 ? { rearDoor: DOOR_35KW } : {}),
  ),
  sideItems: RACKS.flatMap((r) => pduPair(r)),
  floorUnits: [
    floorUnit('row-cdu', FLOOR_CDU, 0, PER_ROW),
    floorUnit(
      'list-cdu',
      FLOOR_CDU,
      ROWS,
      0,
      RACKS.filter((_, i) => (rowOf(i) === 1 || rowOf(i) === 2) && i % 3 === 0),
    ),
    floorUnit('inrow-a', INROW_40KW, 3, PER_ROW),
    floorUnit('inrow-b', INROW_40KW, 3, PER_ROW + 1),
  ],
  devices: RACKS.flatMap((r, i) => [
    device(`${r}-a`, rowOf(i) === 0 || i % 2 ? LIQUID_SERVER : GPU_SERVER, r, 1),
    ...(rowOf(i) === 0 ? [device(`${r}-b`, LIQUID_SERVER, r, 10)] : []),
    ...(rowOf(i) === 4 && i % 4 === 0 ? [device(`${r}-cdu`, INRACK_CDU, r, 20)] : []),
  ]),
});

const full = (l: Layout) => validate(l, testCatalog, { cache: false });

describe('The cooling pass carried from edit to edit on a 70-rack pod', () => {
  it('starts from a pod whose cooling checks fire: unserved liquid heat, room air, a CDU group over capacity', () => {
    const codes = new Set(full(start).diagnostics.map((d) => d.code));
    expect(codes).toContain('cooling.noLiquidCooling');
    expect(codes).toContain('cooling.roomAirOverCapacity');
    expect(codes).toContain('cooling.liquidOverCapacity');
  });

  it('equals a pass from scratch after any sequence of places, moves, removals, rack moves and undos', () => {
    const editArb = fc.record({
      kind: fc.constantFrom('place', 'move', 'remove', 'rack', 'undo'),
      rack: fc.nat(RACKS.length - 1),
      liquid: fc.boolean(),
      u: fc.integer({ min: 2, max: 16 }),
      slot: fc.nat(PER_ROW + 3),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        const history: Layout[] = [start];
        let l = start;
        validate(l, testCatalog);
        edits.forEach((e, i) => {
          const target = RACKS[e.rack] as string;
          const d = l.devices[e.pick % l.devices.length];
          if (e.kind === 'place')
            l = placeDevice(l, device(`n${i}`, e.liquid ? LIQUID_SERVER : GPU_SERVER, target, e.u));
          else if (e.kind === 'move' && d)
            l = updateDevice(l, deviceId(d.id), { rack: rackId(target), u: e.u });
          else if (e.kind === 'remove' && d) l = removeItems(l, [d.id]);
          else if (e.kind === 'rack')
            l = updateRack(l, rackId(target), { position: { row: rowOf(e.rack), slot: e.slot } });
          else l = history[e.pick % history.length] ?? l;
          history.push(l);
          expect(validate(l, testCatalog)).toEqual(full(l));
        });
      }),
      { numRuns: 20 },
    );
  });
});
