import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DGX_H100, podWithRacks, withPdus } from '../testing/podBuilder';
import { deviceId, placeDevice, rackId } from '../../core';
import { appendStep, freshJournal, writtenOutChars } from './journal';
import { layoutDelta } from './layoutDelta';

describe("The journal's early refusal", () => {
  it('counts 7 characters per record written out, the length of {"r":1}', () => {
    // Two records written out (a number and an object) and one run: 2 × 7 = 14; the delta's JSON is
    // {"devices":{"a":[[0,3],{"r":1},{"r":{"id":"x"}}]}}, 50 characters.
    const delta = { devices: { a: [[0, 3] as const, { r: 1 }, { r: { id: 'x' } }] }, name: { v: 'Hall C' } };
    expect(writtenOutChars(delta)).toBe(14);
    expect(JSON.stringify({ devices: delta.devices })).toHaveLength(50);
  });

  it('is never more than the JSON of the delta', () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.record({ id: fc.string(), u: fc.nat() }));
    const segment = fc.oneof(
      fc.tuple(fc.nat(), fc.nat()),
      value.map((r) => ({ r })),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.array(segment).map((a) => ({ a })),
        ),
        (delta) => {
          expect(writtenOutChars(delta)).toBeLessThanOrEqual(JSON.stringify(delta).length);
        },
      ),
    );
  });

  it('refuses a whole new pod as a step (a full snapshot is due) and still journals one placement', () => {
    let big = podWithRacks(10);
    for (let i = 1; i <= 10; i++) big = withPdus(big, `rack-${i}`, ['A', 'B']);
    const empty = podWithRacks(0);
    const small = freshJournal(JSON.stringify(empty).length);
    expect(appendStep(small, big, empty)).toBeNull();
    const journal = freshJournal(JSON.stringify(big).length);
    const placed = placeDevice(big, {
      id: deviceId('d1'),
      sku: DGX_H100,
      rack: rackId('rack-1'),
      u: 1,
      face: 'front',
    });
    const next = appendStep(journal, placed, big);
    expect(next?.steps).toEqual([JSON.stringify(layoutDelta(placed, big))]);
  });
});
