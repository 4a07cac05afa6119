import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceId, linkId, rackId, sku } from '../model/ids';
import type { DevicePlacement, Layout } from '../model/layout';
import { emptyLayout } from '../model/layout';
import { addLink, addRack, placeDevice, removeItems, updateDevice } from '../ops/layoutOps';
import { followedById } from './followedIndex';
import { linkEndsByDevice } from './layoutIndex';

const base: Layout = addRack(emptyLayout('P'), {
  id: rackId('rack-1'),
  sku: sku('rack-42u'),
  name: 'A1',
  position: { row: 0, slot: 0 },
});
const place = (l: Layout, id: string) =>
  placeDevice(l, { id: deviceId(id), sku: sku('s'), rack: rackId('rack-1'), u: 1, face: 'front' });

type Step = { readonly kind: 'place' | 'remove' | 'rename' | 'undo' | 'jump' | 'fresh'; readonly n: number };

describe('An index followed from list to list', () => {
  it('holds the records of each list asked about: an edit, its undo, a jump back, an unrelated copy', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('place', 'remove', 'rename', 'undo', 'jump', 'fresh') as fc.Arbitrary<
              Step['kind']
            >,
            n: fc.nat(30),
          }),
          { maxLength: 40 },
        ),
        (steps) => {
          const byId = followedById<DevicePlacement>();
          const seen: Layout[] = [base];
          const undo: Layout[] = [];
          let l = base;
          for (const s of steps) {
            const before = l;
            const pick = () => l.devices[s.n % l.devices.length]!.id;
            if (s.kind === 'place' && !l.devices.some((d) => d.id === `d-${s.n}`)) l = place(l, `d-${s.n}`);
            else if (s.kind === 'remove' && l.devices.length > 0) l = removeItems(l, [pick()]);
            else if (s.kind === 'rename' && l.devices.length > 0)
              l = updateDevice(l, pick(), { name: `n${s.n}` });
            else if (s.kind === 'undo') l = undo.pop() ?? l;
            else if (s.kind === 'jump') l = seen[s.n % seen.length]!;
            else if (s.kind === 'fresh') l = { ...l, devices: [...l.devices] };
            if (s.kind === 'jump' || s.kind === 'fresh') undo.length = 0;
            else if (s.kind !== 'undo' && l !== before) undo.push(before);
            seen.push(l);
            const index = byId(l.devices);
            expect(new Map(index)).toEqual(new Map(l.devices.map((d) => [d.id, d])));
            for (const d of l.devices) expect(index.get(d.id)).toBe(d);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Link ends by device', () => {
  it('counts each device’s link ends through added and removed links, an undo and a jump back', () => {
    // d-1 ↔ d-2 twice and d-2 ↔ d-2 (a loop): d-1 has 2 ends, d-2 has 2 + 2 = 4.
    const link = (l: Layout, id: string, a: string, b: string) =>
      addLink(l, {
        id: linkId(id),
        a: { device: deviceId(a), port: 'p/1' },
        b: { device: deviceId(b), port: 'p/2' },
      });
    const l0 = link(link(base, 'L1', 'd-1', 'd-2'), 'L2', 'd-1', 'd-2');
    const l1 = link(l0, 'L3', 'd-2', 'd-2');
    expect(Object.fromEntries(linkEndsByDevice(l1.links))).toEqual({ 'd-1': 2, 'd-2': 4 });
    const l2 = removeItems(l1, ['L1']);
    expect(Object.fromEntries(linkEndsByDevice(l2.links))).toEqual({ 'd-1': 1, 'd-2': 3 });
    const l3 = removeItems(l2, ['L2']);
    expect(Object.fromEntries(linkEndsByDevice(l3.links))).toEqual({ 'd-2': 2 });
    // Undo (back by the recorded delta), then a jump to a list with no delta from the kept one.
    expect(Object.fromEntries(linkEndsByDevice(l2.links))).toEqual({ 'd-1': 1, 'd-2': 3 });
    expect(Object.fromEntries(linkEndsByDevice(base.links))).toEqual({});
    expect(Object.fromEntries(linkEndsByDevice(l1.links))).toEqual({ 'd-1': 2, 'd-2': 4 });
  });
});
