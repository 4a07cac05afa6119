import { describe, expect, it } from 'vitest';
import { rackId, sku } from '../core';
import { floorLabels } from './floorLabels';

const rack = (name: string, row: number, slot: number) => ({
  id: rackId(name),
  sku: sku('rack-48u-600x1200'),
  name,
  position: { row, slot },
});

describe('floorLabels', () => {
  // The air-cooled example: racks C1…C4 and N1 on row A, positions 1-5 of 6.
  const labels = floorLabels({ rows: 2, positionsPerRow: 6 }, [
    rack('C1', 0, 0),
    rack('C2', 0, 1),
    rack('C3', 0, 2),
    rack('C4', 0, 3),
    rack('N1', 0, 4),
  ]);

  it('names the rack standing at a position, with the position under it', () => {
    expect(labels[2]).toEqual({ row: 0, slot: 2, text: 'C3', position: 'A3', occupied: true });
    expect(labels[4]).toEqual({ row: 0, slot: 4, text: 'N1', position: 'A5', occupied: true });
  });

  it('names an empty position by its position only, row by row', () => {
    expect(labels).toHaveLength(12);
    expect(labels[5]).toEqual({ row: 0, slot: 5, text: 'A6', position: null, occupied: false });
    expect(labels[6]).toEqual({ row: 1, slot: 0, text: 'B1', position: null, occupied: false });
  });

  it('does not repeat the position under a rack named after it, and the first of two racks on one cell wins', () => {
    const l = floorLabels({ rows: 1, positionsPerRow: 2 }, [
      rack('A1', 0, 0),
      rack('B2', 0, 1),
      rack('B3', 0, 1),
    ]);
    expect(l[0]).toEqual({ row: 0, slot: 0, text: 'A1', position: null, occupied: true });
    expect(l[1]?.text).toBe('B2');
  });
});
