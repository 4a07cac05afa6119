/** The binding sentence when one more unit cannot even be placed: the floor grid vs a network that cannot be sized. */
import { describe, expect, it } from 'vitest';
import { bindingConstraint } from '../../src/core/planner/binding';

const base = {
  unitName: 'NVIDIA DGX H100',
  gpusPerUnit: 8,
  unitKw: 10.2,
  units: 1070,
  wanted: 2048,
  planned: undefined,
  whole: undefined,
  limits: { utilityFeedKw: 1e9, facilityWaterKw: 1e9, roomAirKw: 1e9 },
  floor: { rows: 27, positionsPerRow: 10 },
};

describe('binding constraint from a failed placement', () => {
  it('names the network that cannot be sized, not the floor grid', () => {
    const failure =
      'Out-of-band management: Three tiers: core plane 1 joins 3 spines with 65 uplinks, more than 64-port cores can take with equal links.';
    const b = bindingConstraint({ ...base, oneMore: { failure } });
    expect(b.code).toBe('network.sizing');
    expect(b.limit).toBe('the out-of-band management fabric');
    // 1,070 × 8 = 8,560 of 2,048 × 8 = 16,384 GPUs.
    expect(b.text).toMatch(/^8,560 of 16,384 GPUs: the out-of-band management fabric cannot be sized/);
    expect(b.evidence).toBe(failure);
  });

  it('names the floor grid when the floor or a network rack finds no free position', () => {
    for (const failure of [
      'the floor grid (27 rows × 10 positions) has no free position for compute rack 215 of 215',
      'There is no free floor position for a network rack (27 × 10 positions, all taken). Enlarge the floor or place the switches in chosen racks.',
    ]) {
      const b = bindingConstraint({ ...base, oneMore: { failure } });
      expect(b.code).toBe('space.floorGrid');
      expect(b.text).toContain('the floor grid (27 rows × 10 positions) holds 1,070 NVIDIA DGX H100');
    }
  });
});
