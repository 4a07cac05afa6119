import { describe, expect, it } from 'vitest';
import type { FloorGrid } from '../model/layout';
import type { PortSite } from './cableLength';
import { DEFAULT_GEOMETRY, cableRouteMm, climbMm, soldLengthM } from './cableLength';
import { MEDIA, mediaFor, pickMedium } from './cableMedia';

// Floor of the hand-worked cases: 600 mm pitch, 1,200 mm rows, 1,200 mm aisles; 42U racks; tray 300 mm above the
// racks; 1 m slack; U = 44.45 mm.
const floor: FloorGrid = { rows: 2, positionsPerRow: 10, pitchMm: 600, rowDepthMm: 1200, aisleMm: 1200 };
const site = (rack: string, row: number, slot: number, u: number): PortSite => ({
  rack,
  position: { row, slot },
  rackHeightU: 42,
  u,
});

describe('When a cable runs between two racks three positions apart in one row', () => {
  // Up from U11 in rack A: (42 − 11 + 1) × 44.45 = 1,422.4 mm, + 300 mm to the tray = 1,722.4 mm.
  // Along the row: 3 × 600 = 1,800 mm. Down to U40 in rack B: (42 − 40 + 1) × 44.45 + 300 = 433.35 mm.
  // Slack 1,000 mm. Total 4,955.75 mm → a 5 m cable.
  const a = site('A', 0, 0, 11);
  const b = site('B', 0, 3, 40);

  it('measures 4,955.75 mm and buys a 5 m cable', () => {
    expect(climbMm(a)).toBeCloseTo(1722.4, 6);
    expect(climbMm(b)).toBeCloseTo(433.35, 6);
    expect(cableRouteMm(a, b, floor)).toBeCloseTo(4955.75, 6);
    expect(soldLengthM(cableRouteMm(a, b, floor))).toBe(5);
  });

  it('is the same length either way round', () => {
    expect(cableRouteMm(b, a, floor)).toBeCloseTo(cableRouteMm(a, b, floor), 9);
  });
});

describe('When a cable crosses to the next row', () => {
  // Rack C is in row 1, slot 2: along 2 × 600 = 1,200 mm, across 1 × (1,200 row + 1,200 aisle) = 2,400 mm.
  // 1,722.4 + 1,200 + 2,400 + 433.35 + 1,000 = 6,755.75 mm → a 7 m cable.
  it('adds a row depth and an aisle per row change and buys a 7 m cable', () => {
    const route = cableRouteMm(site('A', 0, 0, 11), site('C', 1, 2, 40), floor);
    expect(route).toBeCloseTo(6755.75, 6);
    expect(soldLengthM(route)).toBe(7);
  });
});

describe('When both ports are in the same rack', () => {
  // No tray: |41 − 1| × 44.45 = 1,778 mm + 1,000 mm slack = 2,778 mm → a 3 m cable.
  it('runs the vertical distance plus slack', () => {
    const route = cableRouteMm(site('A', 0, 0, 1), site('A', 0, 0, 41), floor);
    expect(route).toBeCloseTo(2778, 6);
    expect(soldLengthM(route)).toBe(3);
  });

  it('takes the slack and tray height from the geometry setting', () => {
    const g = { ...DEFAULT_GEOMETRY, slackMm: 500, trayAboveRackMm: 0 };
    expect(cableRouteMm(site('A', 0, 0, 1), site('A', 0, 0, 41), floor, g)).toBeCloseTo(2278, 6);
    expect(cableRouteMm(site('A', 0, 0, 42), site('B', 0, 1, 42), floor, g)).toBeCloseTo(
      44.45 * 2 + 600 + 500,
      6,
    );
  });
});

describe('When a length is rounded to what is sold', () => {
  it.each([
    [400, 0.5],
    [500, 0.5],
    [501, 1],
    [3000, 3],
    [3001, 5],
    [120_000, 150],
    [2_000_000, 2000],
    [2_345_000, 2400],
  ])('%d mm → %d m', (mm, m) => expect(soldLengthM(mm)).toBe(m));
});

describe('When a medium is chosen by speed and length', () => {
  const at400 = mediaFor(400, 'OSFP');
  it.each([
    [0.5, 'dac'],
    [3, 'dac'],
    [5, 'acc'],
    [7, 'aoc'],
    [30, 'aoc'],
    [50, 'mmf'],
    [100, 'smf-dr'],
    [500, 'smf-dr'],
    [1000, 'smf-fr'],
    [2000, 'smf-fr'],
  ] as const)('400G over %d m is %s', (m, kind) => {
    expect(pickMedium(at400, m)).toEqual({ row: expect.objectContaining({ kind }), withinReach: true });
  });

  it('uses copper only to 2 m at 800G, then active copper', () => {
    const at800 = mediaFor(800, 'OSFP');
    expect(pickMedium(at800, 2)?.row.kind).toBe('dac');
    expect(pickMedium(at800, 3)?.row.kind).toBe('acc');
  });

  it('skips media that are not allowed (optics everywhere, as the SuperPOD bill of cables does)', () => {
    expect(pickMedium(at400, 7, new Set(['mmf', 'smf-dr']))?.row.kind).toBe('mmf');
  });

  it('returns the longest-reaching medium, out of reach, past 2 km', () => {
    expect(pickMedium(at400, 2500)).toEqual({
      row: expect.objectContaining({ kind: 'smf-fr' }),
      withinReach: false,
    });
  });

  it('cables RJ45 ports with twisted pair only, to 100 m', () => {
    expect(mediaFor(1, 'RJ45').map((m) => m.kind)).toEqual(['twisted-pair']);
    expect(pickMedium(mediaFor(1, 'RJ45'), 150)?.withinReach).toBe(false);
  });

  it('uses the published optic power: 400G DR4 9 W, 400G SR4 8 W typical / 9 W max (figures.md §2.1)', () => {
    const dr4 = MEDIA.find((m) => m.kind === 'smf-dr' && m.speedGbps === 400);
    const sr4 = MEDIA.find((m) => m.kind === 'mmf' && m.speedGbps === 400);
    expect(dr4).toMatchObject({ endTypicalW: 9, endMaxW: 9, provenance: { grade: 'published' } });
    expect(sr4).toMatchObject({ endTypicalW: 8, endMaxW: 9, provenance: { grade: 'published' } });
  });

  it('gives every row a provenance', () => {
    for (const m of MEDIA) {
      expect(['published', 'derived', 'estimate']).toContain(m.provenance.grade);
      expect(m.provenance.source.length).toBeGreaterThan(10);
    }
  });
});
