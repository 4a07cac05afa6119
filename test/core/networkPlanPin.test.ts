/**
 * Pins the 16,384-GPU network plans the fabric benchmark times, byte for byte, so work on their speed (issue 14) can
 * show the plans unchanged. The digests were taken before that work began (commit caa192b). The counts beside them
 * are the readable part: 2,048 DGX H100 × 8 rails = 16,384 node–leaf links, and at 1:1 as many leaf–spine and
 * spine–core links, 49,152 in all (512 leaves, 512 spines, 256 cores = 1,280 QM9700).
 */
import { describe, expect, it } from 'vitest';
import { cablingOf, digest, nodesOnlyPod, planComputeNetwork, planFacts } from '../fixtures/networkPlanPin';
import { wiredPod } from '../fixtures/wiredPod';

describe('16,384-GPU network plans, pinned', () => {
  it('the study layout (layout + wiring) and its cabling plan are unchanged', () => {
    const study = wiredPod(16_384);
    expect(study.links).toHaveLength(49_152);
    expect(
      digest({ racks: study.racks, devices: study.devices, links: study.links, floor: study.floor }),
    ).toBe('9f6b27ecd2a49e1cec657bc5ffe81848cc1287f969c49ed3f5b95aba510bece6');
    const plan = cablingOf(study);
    expect(plan.totals).toEqual({
      cables: 49_152,
      transceivers: 24_160,
      typicalW: 788_764,
      maxW: 869_784,
      price: 44_223_360,
    });
    expect(plan.power.size).toBe(3_328);
    expect(digest(planFacts(plan))).toBe('f247dd9735e9210c5e83c6b0bba3539ef55c11a77cb52fba91d8c52b60fadabf');
  }, 60_000);

  it("Plan network (size, place, wire) on the bare nodes and the plan's cabling are unchanged", () => {
    const placed = planComputeNetwork(nodesOnlyPod(16_384));
    expect([placed.racks.length, placed.devices.length, placed.links.length]).toEqual([543, 3_328, 49_152]);
    expect(digest(placed)).toBe('89f32c3d4de79dd03e64f876de44690dc3d469f148ae502fe5c452d58a0cbe75');
    const plan = cablingOf(placed);
    expect(plan.totals).toEqual({
      cables: 49_152,
      transceivers: 23_006,
      typicalW: 797_008,
      maxW: 882_664,
      price: 47_768_380,
    });
    expect(digest(planFacts(plan))).toBe('3792545cf1ac538fd0c56dbd414dd831cbc391a0f1af4f3a1af1c67a99a86728');
  }, 60_000);

  it('at 1,024 GPUs too', () => {
    const study = wiredPod(1_024);
    expect(digest(planFacts(cablingOf(study)))).toBe(
      '35e0ade99758c2c46cf574f1fcd92e1e4e6a79ca3868d9e6cd83e05f60b773ae',
    );
    const placed = planComputeNetwork(nodesOnlyPod(1_024));
    expect(digest(placed)).toBe('082990cf440a1102cd5bbb7150fb6eafe2d0145205cb69db9ce6ac18923cf624');
    expect(digest(planFacts(cablingOf(placed)))).toBe(
      '71ff0b219cf0333f57720e45a08561aab3b30acac38a77df5b531f3b376991b4',
    );
  }, 60_000);
});
