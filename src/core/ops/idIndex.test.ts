import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceId, rackId, sku } from '../model/ids';
import type { Layout } from '../model/layout';
import { emptyLayout } from '../model/layout';
import { addRack, placeDevice, removeItems, updateDevice } from './layoutOps';
import { nextId } from './idIndex';

/** The rule stated plainly, over every id: one past the highest `<prefix>-<n>` (n ≥ 1), then the first free. */
function reference(layout: Layout, prefix: string): string {
  const ids = [layout.racks, layout.devices, layout.sideItems, layout.floorUnits, layout.links].flatMap((l) =>
    l.map((r) => r.id as string),
  );
  let n = 1;
  for (const id of ids) {
    if (!id.startsWith(`${prefix}-`)) continue;
    const k = Number(id.slice(prefix.length + 1));
    if (Number.isInteger(k) && k >= n) n = k + 1;
  }
  while (ids.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const base: Layout = addRack(emptyLayout('P'), {
  id: rackId('rack-1'),
  sku: sku('rack-42u'),
  name: 'A1',
  position: { row: 0, slot: 0 },
});

type Step =
  | { readonly kind: 'place'; readonly id: string }
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'rename'; readonly pick: number }
  | { readonly kind: 'ask'; readonly prefix: string }
  | { readonly kind: 'back' }
  | { readonly kind: 'undo' };

const prefix = fc.constantFrom('srv', 'sw', 'pdu', 'rack');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(
      prefix,
      fc.oneof(fc.integer({ min: -2, max: 40 }).map(String), fc.constantFrom('', 'x', '1.5', '07')),
    )
    .map(([p, n]) => ({ kind: 'place' as const, id: `${p}-${n}` })),
  fc.nat().map((pick) => ({ kind: 'remove' as const, pick })),
  fc.nat().map((pick) => ({ kind: 'rename' as const, pick })),
  prefix.map((p) => ({ kind: 'ask' as const, prefix: p })),
  fc.constant({ kind: 'back' as const }),
  fc.constant({ kind: 'undo' as const }),
);

describe('A fresh id for a new record', () => {
  it('is one past the highest of its prefix, then the first free: srv-3 beside srv-1 and srv-2, srv-8 beside srv-7', () => {
    let l = base;
    for (const id of ['srv-1', 'srv-2', 'sw-9'])
      l = placeDevice(l, { id: deviceId(id), sku: sku('s'), rack: rackId('rack-1'), u: 1, face: 'front' });
    expect(nextId(l, 'srv')).toBe('srv-3');
    expect(nextId(l, 'sw')).toBe('sw-10');
    expect(nextId(l, 'pdu')).toBe('pdu-1');
    l = placeDevice(l, { id: deviceId('srv-7'), sku: sku('s'), rack: rackId('rack-1'), u: 2, face: 'front' });
    expect(nextId(l, 'srv')).toBe('srv-8');
    l = removeItems(l, ['srv-7']);
    expect(nextId(l, 'srv')).toBe('srv-3');
  });

  it('after an undo is what it was before the edit: placing srv-7 then undoing it gives srv-3 again, removing srv-1 then undoing keeps srv-3', () => {
    let l = base;
    for (const id of ['srv-1', 'srv-2'])
      l = placeDevice(l, { id: deviceId(id), sku: sku('s'), rack: rackId('rack-1'), u: 1, face: 'front' });
    expect(nextId(l, 'srv')).toBe('srv-3');
    const placed = placeDevice(l, {
      id: deviceId('srv-7'),
      sku: sku('s'),
      rack: rackId('rack-1'),
      u: 2,
      face: 'front',
    });
    expect(nextId(placed, 'srv')).toBe('srv-8');
    expect(nextId(l, 'srv')).toBe('srv-3');
    const removed = removeItems(l, ['srv-1']);
    // srv-1 free again, but the rule is one past the highest first: srv-3.
    expect(nextId(removed, 'srv')).toBe('srv-3');
    expect(nextId(l, 'srv')).toBe('srv-3');
    const bothGone = removeItems(l, ['srv-2']);
    expect(nextId(bothGone, 'srv')).toBe('srv-2');
    expect(nextId(l, 'srv')).toBe('srv-3');
  });

  it('equals the rule over every id after any sequence of placements, removals, replacements, undos and going back', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const seen: Layout[] = [base];
        // The layouts before each edit still undoable (an undo goes back one, by the edit's recorded deltas).
        const undo: Layout[] = [];
        let l = base;
        for (const s of steps) {
          const before = l;
          if (s.kind === 'undo') l = undo.pop() ?? l;
          else if (s.kind === 'place' && !l.devices.some((d) => d.id === s.id))
            l = placeDevice(l, {
              id: deviceId(s.id),
              sku: sku('s'),
              rack: rackId('rack-1'),
              u: 1,
              face: 'front',
            });
          else if (s.kind === 'remove' && l.devices.length > 0)
            l = removeItems(l, [l.devices[s.pick % l.devices.length]!.id]);
          else if (s.kind === 'rename' && l.devices.length > 0)
            l = updateDevice(l, l.devices[s.pick % l.devices.length]!.id, { name: `n${s.pick}` });
          else if (s.kind === 'back') l = seen[Math.floor(seen.length / 2)]!;
          if (s.kind === 'back') undo.length = 0;
          else if (s.kind !== 'undo' && l !== before) undo.push(before);
          seen.push(l);
          const p = s.kind === 'ask' ? s.prefix : 'srv';
          expect(nextId(l, p)).toBe(reference(l, p));
        }
      }),
      { numRuns: 300 },
    );
  });
});
