import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DevicePlacement, Layout, Report } from '../src/core';
import {
  DEFAULT_FLOOR,
  deviceId,
  placeDevice,
  rackId,
  removeItems,
  setLimits,
  updateDevice,
  updateRack,
  updateSideItem,
  validate,
} from '../src/core';
import { device, floorUnit, pduPair, pod, rack } from './fixtures/builders';
import { FLOOR_CDU, ITEMS, testCatalog } from './fixtures/catalog';

const RACK_U_SKUS = ITEMS.filter((i) => i.placement === 'rack-u').map((i) => i.sku);
const RACKS = ['R1', 'R2', 'R3'];

const deviceArb = fc.record({
  sku: fc.constantFrom(...RACK_U_SKUS),
  rack: fc.constantFrom(...RACKS),
  u: fc.integer({ min: 1, max: 44 }),
  face: fc.constantFrom('front' as const, 'rear' as const),
});

/** Random pods over the test catalog: three racks with PDUs, a CDU, and up to 40 devices anywhere (overlaps too). */
const layoutArb = fc.array(deviceArb, { maxLength: 40 }).map((ds): Layout =>
  pod({
    racks: RACKS.map((r, i) => rack(r, i)),
    sideItems: RACKS.flatMap((r) => pduPair(r)),
    floorUnits: [floorUnit('c1', FLOOR_CDU, 1, 0, ['R1', 'R2'])],
    devices: ds.map((d, i) => device(`d${i}`, d.sku, d.rack, d.u, d.face)),
  }),
);

const full = (l: Layout): Report => validate(l, testCatalog, { cache: false });
const spaceSubjects = (r: Report) =>
  new Set(
    r.diagnostics.filter((d) => d.code.startsWith('space.')).map((d) => `${d.code}@${d.targets[0]?.id}`),
  );

describe('Validation invariants (property tests)', () => {
  it('is deterministic and independent of device order', () => {
    fc.assert(
      fc.property(layoutArb, fc.infiniteStream(fc.nat()), (layout, seeds) => {
        const keyed = layout.devices.map((d) => ({ d, k: seeds.next().value as number }));
        const shuffled = { ...layout, devices: keyed.sort((a, b) => a.k - b.k).map((x) => x.d) };
        expect(full(shuffled)).toEqual(full(layout));
        expect(validate(shuffled, testCatalog)).toEqual(full(layout));
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers the pod power or weight totals when a device is added', () => {
    fc.assert(
      fc.property(layoutArb, deviceArb, (layout, extra) => {
        const before = validate(layout, testCatalog).pod;
        const added: DevicePlacement = device('extra', extra.sku, extra.rack, extra.u, extra.face);
        const after = validate(placeDevice(layout, added), testCatalog).pod;
        expect(after.itKwMax).toBeGreaterThanOrEqual(before.itKwMax);
        expect(after.itKwTypical).toBeGreaterThanOrEqual(before.itKwTypical);
        expect(after.weightKg).toBeGreaterThanOrEqual(before.weightKg);
      }),
      { numRuns: 200 },
    );
  });

  it('never creates a space error when a device is removed', () => {
    fc.assert(
      fc.property(
        layoutArb.filter((l) => l.devices.length > 0),
        fc.nat(),
        (layout, pick) => {
          const victim = layout.devices[pick % layout.devices.length]!;
          const before = spaceSubjects(full(layout));
          const after = spaceSubjects(full(removeItems(layout, [victim.id])));
          for (const s of after) expect(before.has(s), s).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the cached (incremental) report equal to a full recompute after any sequence of edits', () => {
    fc.assert(
      fc.property(layoutArb, fc.array(deviceArb, { minLength: 1, maxLength: 8 }), (layout, edits) => {
        let l = layout;
        validate(l, testCatalog);
        edits.forEach((e, i) => {
          l =
            i % 3 === 2 && l.devices.length
              ? removeItems(l, [l.devices[0]!.id])
              : placeDevice(l, device(`e${i}`, e.sku, e.rack, e.u, e.face));
          expect(validate(l, testCatalog)).toEqual(full(l));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('stays equal to a full recompute when edits, device and rack moves and undos (going back to an earlier layout) interleave', () => {
    // The ops record what they changed (ops/listDelta.ts) and the grouping follows those deltas; going back to an
    // earlier layout has no recorded delta from the current one and must fall back to comparing the lists.
    const stepArb = fc.record({ kind: fc.nat(4), d: deviceArb, back: fc.nat(5) });
    fc.assert(
      fc.property(layoutArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), (layout, steps) => {
        const history: Layout[] = [layout];
        let l = layout;
        validate(l, testCatalog);
        steps.forEach((s, i) => {
          const victim = l.devices.length ? l.devices[s.back % l.devices.length]! : undefined;
          if (s.kind === 0 && history.length > 1) l = history[Math.max(0, history.length - 1 - s.back)]!;
          else if (s.kind === 1 && victim) l = removeItems(l, [victim.id]);
          else if (s.kind === 2 && victim)
            l = updateDevice(l, victim.id, { rack: rackId(s.d.rack), u: s.d.u });
          else if (s.kind === 3)
            l = updateRack(l, rackId(s.d.rack), { position: { row: s.back % 2, slot: s.d.u % 4 } });
          else l = placeDevice(l, device(`e${i}`, s.d.sku, s.d.rack, s.d.u, s.d.face));
          history.push(l);
          expect(validate(l, testCatalog)).toEqual(full(l));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('stays equal to a full recompute as racks move about a floor with CDUs serving a row and a list', () => {
    // A rack moved in place (validate's floor pass, cooling groups and rack ids follow it without a pass over every
    // rack) onto free, taken and off-grid positions, between rows (the row CDU's group changes), renamed, and back.
    const racks = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];
    const moveArb = fc.record({
      rack: fc.constantFrom(...racks),
      row: fc.nat(3),
      slot: fc.nat(6),
      rename: fc.boolean(),
      undo: fc.nat(7),
    });
    const start = pod({
      floor: { ...DEFAULT_FLOOR, rows: 3, positionsPerRow: 6 },
      racks: racks.map((r, i) => rack(r, i % 3, Math.floor(i / 3))),
      sideItems: racks.flatMap((r) => pduPair(r)),
      floorUnits: [
        floorUnit('row-cdu', FLOOR_CDU, 0, 5),
        floorUnit('list-cdu', FLOOR_CDU, 2, 0, ['R4', 'R6']),
      ],
      devices: racks.map((r, i) => device(`d${i}`, RACK_U_SKUS[i % RACK_U_SKUS.length]!, r, 1 + i)),
    });
    fc.assert(
      fc.property(fc.array(moveArb, { minLength: 1, maxLength: 14 }), (moves) => {
        const history: Layout[] = [start];
        let l = start;
        validate(l, testCatalog);
        for (const m of moves) {
          if (m.undo === 0) l = history[Math.floor(history.length / 2)]!;
          else if (m.rename) l = updateRack(l, rackId(m.rack), { name: `${m.rack}-${m.slot}` });
          else l = updateRack(l, rackId(m.rack), { position: { row: m.row, slot: m.slot } });
          history.push(l);
          expect(validate(l, testCatalog)).toEqual(full(l));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the cached report equal to a full recompute over moves, feeds, N+1, limits and returns to earlier states', () => {
    // The cached pass re-evaluates only the racks an edit touched (validate.ts `touchedOnly`); these edits move
    // records between racks, change side items, a rack's scheme and the pod limits, and go back to an earlier
    // layout (undo) before editing again, so every path that can leave a stale rack evaluation is taken.
    const editArb = fc.record({
      kind: fc.constantFrom('place', 'move', 'feed', 'scheme', 'limits', 'undo', 'remove'),
      device: deviceArb,
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(layoutArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (layout, edits) => {
        const history: Layout[] = [layout];
        let l = layout;
        validate(l, testCatalog);
        edits.forEach((e, i) => {
          const d = l.devices.length ? l.devices[e.pick % l.devices.length] : undefined;
          const side = l.sideItems[e.pick % l.sideItems.length];
          const rk = l.racks[e.pick % l.racks.length];
          if (e.kind === 'move' && d)
            l = updateDevice(l, deviceId(d.id), { rack: rackId(e.device.rack), u: e.device.u });
          else if (e.kind === 'feed' && side)
            l = updateSideItem(l, deviceId(side.id), { feed: side.feed === 'A' ? 'B' : 'A' });
          else if (e.kind === 'scheme' && rk)
            l = {
              ...l,
              racks: l.racks.map((r) =>
                r === rk ? { ...r, powerScheme: r.powerScheme === 'N+1' ? '2N' : 'N+1' } : r,
              ),
            };
          else if (e.kind === 'limits')
            l = setLimits(l, { powerFactor: l.limits.powerFactor === 0.9 ? 0.95 : 0.9 });
          else if (e.kind === 'undo') l = history[e.pick % history.length] ?? l;
          else if (e.kind === 'remove' && d) l = removeItems(l, [d.id]);
          else if (rk && e.kind === 'place' && e.pick % 5 === 0)
            l = updateRack(l, rackId(rk.id), { name: `${rk.name}x` });
          else l = placeDevice(l, device(`e${i}`, e.device.sku, e.device.rack, e.device.u, e.device.face));
          history.push(l);
          expect(validate(l, testCatalog)).toEqual(full(l));
        });
      }),
      { numRuns: 150 },
    );
  });
});
