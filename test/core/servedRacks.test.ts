import { describe, expect, it } from 'vitest';
import { rackId, servedRacksOf } from '../../src/core';

const rack = (id: string, row: number, slot: number) => ({ id: rackId(id), position: { row, slot } });
const racks = [rack('a1', 0, 0), rack('a2', 0, 1), rack('b1', 1, 0)];

describe('Which racks a floor CDU serves', () => {
  it('serves the racks of its own row when it has no list', () => {
    const served = servedRacksOf({ position: { row: 1, slot: 5 } }, racks);
    expect(served).toEqual({ racks: [racks[2]], rule: 'row' });
  });

  it('serves exactly its list when it has one, wherever it stands (unknown ids left out)', () => {
    const served = servedRacksOf(
      { position: { row: 1, slot: 5 }, serves: [rackId('a2'), rackId('a1'), rackId('zz')] },
      racks,
    );
    expect(served.rule).toBe('explicit');
    expect(served.racks.map((r) => r.id)).toEqual(['a1', 'a2']);
  });

  it('serves nothing from a row without racks', () => {
    expect(servedRacksOf({ position: { row: 2, slot: 0 } }, racks).racks).toEqual([]);
  });
});
