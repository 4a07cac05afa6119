import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../src/core';
import { makeCatalog, sku, validate } from '../../src/core';
import { GPU_SERVER, ITEMS, PDU_32A } from '../fixtures/catalog';
import { device, pdu, pod, rack } from '../fixtures/builders';

/**
 * Phase imbalance in an N+1 rack is judged one failure case at a time. A device's cords go to one phase of
 * different circuits (the first circuits in rack order on a tie), so a lost circuit's share moves to that phase of
 * the others.
 *
 * Working (POWER.md §1 "Phases"): 415 V 3-phase 32 A circuits; phase voltage 415 / √3 = 239.600 V; per-phase limit
 * 32 A × 0.8 = 25.6 A; imbalance is judged when the hottest phase carries at least 12.8 A (half the limit).
 */
const DUAL_CORD = sku('t-dual-cord');
const gpu = ITEMS.find((i) => i.sku === GPU_SERVER) as Extract<CatalogItem, { kind: 'server' }>;
const dualCord = (maxW: number): CatalogItem => ({
  ...gpu,
  sku: DUAL_CORD,
  name: `Test dual-cord ${maxW / 1000} kW`,
  uHeight: 2,
  power: { typicalW: maxW, maxW, psuCount: 2, psuRedundancy: '1+1', inputVoltageV: 230, inlet: 'C20' },
});
const circuits = [
  pdu('c1', 'R1', 'A', PDU_32A, 'left'),
  pdu('c2', 'R1', 'A', PDU_32A, 'left'),
  pdu('c3', 'R1', 'A', PDU_32A, 'left'),
];
const nPlusOne = rack('R1', 0, 0, undefined, { powerScheme: 'N+1' });
const run = (maxW: number, count: number) =>
  validate(
    pod({
      racks: [nPlusOne],
      sideItems: circuits,
      devices: Array.from({ length: count }, (_, i) => device(`d${i + 1}`, DUAL_CORD, 'R1', 1 + 2 * i)),
      limits: { phaseImbalanceMaxPct: 20 },
    }),
    makeCatalog([...ITEMS, dualCord(maxW)]),
  );
const rounded = (amps: readonly number[] | undefined) => amps?.map((a) => Math.round(a * 1000) / 1000);

describe('N+1 phase imbalance, judged per lost circuit', () => {
  it('3 × 6 kW dual-cord devices: one per phase on c1 and c2, balanced with either lost (25.042 A each)', () => {
    // d1 → L1, d2 → L2, d3 → L3, each on c1 and c2: 3,000 VA per cord = 12.521 A. With c1 lost c2 takes each
    // device whole: 6,000 / 239.600 = 25.042 A on every phase (under 25.6 A), 0% out of balance; c3 carries nothing.
    const r = run(6000, 3);
    const [c1, c2, c3] = r.racks[0]?.pduPhases ?? [];
    expect(rounded(c1?.normalAmps)).toEqual([12.521, 12.521, 12.521]);
    expect(rounded(c2?.amps)).toEqual([25.042, 25.042, 25.042]);
    expect(c2?.imbalance?.fraction).toBeCloseTo(0, 12);
    expect(rounded(c3?.amps)).toEqual([0, 0, 0]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('power.phaseImbalance');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('power.phaseOverload');
  });

  it('4 × 4 kW: one warning per circuit, in its worst case, with that case’s amps', () => {
    // 2,000 VA per cord = 8.347 A. d1-d3 as above on c1 and c2 (L1, L2, L3); d4 on L1 of c3 and c1 (c3 is the
    // emptiest L1; c1 and c2 tie and c1 comes first).
    // c1, c2 lost: L1 d1 whole 16.694 + d4 half 8.347 = 25.042 A; L2, L3 16.694 A. Mean 19.477, largest
    //   deviation 5.565 → 28.6%.
    // c1, c3 lost: L1 d1 half 8.347 + d4 whole 16.694 = 25.042 A; L2, L3 8.347 A. Mean 13.912, deviation 11.130
    //   → 80%: the worst case of c1, reported once.
    // c3, c1 lost: L1 d4 whole 16.694 A, L2 and L3 0 → 200%. (c2 lost leaves c3 at 8.347 A, under 12.8 A.)
    // c2: balanced in every case (16.694 A each with c1 lost).
    // Taking each phase's worst over the cases instead would have paired c1's L1 from one case with L2 and L3
    // from another ([25.042, 16.694, 16.694]), a combination no single failure produces.
    const r = run(4000, 4);
    const [c1, c2, c3] = r.racks[0]?.pduPhases ?? [];
    expect(rounded(c1?.amps)).toEqual([25.042, 16.694, 16.694]);
    expect(rounded(c1?.imbalance?.amps)).toEqual([25.042, 8.347, 8.347]);
    expect(c1?.imbalance?.fraction).toBeCloseTo(0.8, 3);
    expect(c1?.imbalance?.lost).toEqual(['c3']);
    expect(c3?.imbalance?.fraction).toBeCloseTo(2, 9);
    expect(c2?.imbalance?.fraction).toBeCloseTo(0, 9);
    const warnings = r.diagnostics.filter((d) => d.code === 'power.phaseImbalance').map((d) => d.message);
    expect(warnings).toEqual([
      "Rack R1: PDU 'c1' phases are 80% out of balance at max draw with circuit 3 of 3 (PDU 'c3') lost (L1 25.0 A, L2 8.3 A, L3 8.3 A; limit 25.6 A per phase, imbalance warned above 20%). Move loads from L1 to the lighter phases.",
      "Rack R1: PDU 'c3' phases are 200% out of balance at max draw with circuit 1 of 3 (PDU 'c1') lost (L1 16.7 A, L2 0.0 A, L3 0.0 A; limit 25.6 A per phase, imbalance warned above 20%). Move loads from L1 to the lighter phases.",
    ]);
  });
});
