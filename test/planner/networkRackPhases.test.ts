/**
 * Network racks split by apparent power and by phase, worked by hand. Built-in catalog figures: NVIDIA QM9700 1U,
 * 1,720 W max with its optics; NVIDIA SN5600 2U, 2,100 W max; both 2 PSUs and no own power factor (the pod's 0.95
 * applies); the generic 0U PDU 415 V 3-phase 32 A. Formulas are the rules' (DOMAIN.md, three-phase power;
 * `phaseLoads.ts`).
 *
 * PDU: √3 × 415 V × 32 A × 0.8 = 18,401.3 VA usable; per phase 415 / √3 = 239.60 V, limit 32 × 0.8 = 25.6 A
 * (6,133.8 VA). A network rack is filled to 0.9 of two PDUs per feed: 2 × 18,401.3 × 0.9 = 33,122.3 VA.
 * With feed B lost each switch's A cord carries all of it, on one phase:
 * - QM9700: 1,720 / 0.95 = 1,810.5 VA = 7.556 A. Total: 33,122.3 / 1,810.5 = 18.3 → 18 per rack. Phases: 3 per
 *   phase = 22.67 A, a 4th = 30.23 A > 25.6 → 6 × 3 = 18. Both give 18.
 * - SN5600: 2,100 / 0.95 = 2,210.5 VA = 9.226 A. Total: 33,122.3 / 2,210.5 = 14.98 → 14. Phases: 2 per phase =
 *   18.45 A, a 3rd = 27.68 A > 25.6 → 6 × 2 = 12. Only the phase check stops the 13th.
 * Before: the split compared W (not VA) against the PDUs' VA, and had no phase check; 19 QM9700 stayed in one rack
 * (33,122 / 1,720 = 19.3) and the planner's "32 A PDUs" alternative stopped at 512 of 1,024 GPUs with "phase L1
 * carries 30.2 A … over its 25.6 A". At 16,384 GPUs it then stopped at 13,600: a rack split off found the floor full
 * and the whole split was dropped. The planner now adds a row when the user did not state the rows (16,384 GPUs on
 * 32 A PDUs: 0 errors, 127 network racks).
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import { builtinCatalog, deviceId, emptyLayout, planPod, rackId, sku, validate } from '../../src/core';
import { resolvePlan } from '../../src/core/planner/platform';
import { splitNetworkRacks } from '../../src/core/planner/splitNetworkRacks';

const PDU_32A = 'pdu-415v-3ph-32a-0u';

/** One network rack NET1 holding `count` switches of `model` stacked from U1, with two 32 A PDUs per feed. */
function networkRack(model: 'nvidia-qm9700' | 'nvidia-sn5600', count: number): Layout {
  const base = emptyLayout('network rack');
  const net = rackId('net-1');
  const height = model === 'nvidia-sn5600' ? 2 : 1;
  return {
    ...base,
    limits: { ...base.limits, powerFactor: 0.95, deratingFraction: 0.8 },
    racks: [{ id: net, sku: sku('rack-42u-600x1200'), name: 'NET1', position: { row: 0, slot: 0 } }],
    devices: Array.from({ length: count }, (_, i) => ({
      id: deviceId(`sw-${i + 1}`),
      sku: sku(model),
      rack: net,
      u: 1 + i * height,
      face: 'front' as const,
    })),
    sideItems: (['A', 'B'] as const).flatMap((feed) =>
      [1, 2].map((k) => ({
        id: deviceId(`net-1-pdu-${feed}${k}`),
        sku: sku(PDU_32A),
        rack: net,
        side: feed === 'A' ? ('left' as const) : ('right' as const),
        feed,
      })),
    ),
  };
}

const plan = () => {
  const p = resolvePlan(
    { target: { kind: 'gpus', gpus: 8 }, platform: 'nvidia-dgx-h100', pduSku: PDU_32A },
    builtinCatalog,
  );
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

const split = (l: Layout, growFloor = false) =>
  splitNetworkRacks(l, builtinCatalog, plan(), [l.racks[0]!], growFloor);

const worstAmps = (l: Layout) =>
  Math.max(...validate(l, builtinCatalog).racks.flatMap((r) => r.pduPhases.flatMap((p) => p.amps)));

const errorCodes = (l: Layout) =>
  validate(l, builtinCatalog)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);

/** [rack name, switch ids] per rack, in rack order. */
const racksAndSwitches = (l: Layout) =>
  l.racks.map((r) => [r.name, l.devices.filter((d) => d.rack === r.id).length]);

describe('Network racks split by apparent power and by phase', () => {
  it("the rules' figures the split relies on: 4 QM9700 or 3 SN5600 on one phase overload it", () => {
    expect(worstAmps(networkRack('nvidia-qm9700', 18))).toBeCloseTo(22.67, 2);
    expect(worstAmps(networkRack('nvidia-qm9700', 19))).toBeCloseTo(30.23, 2);
    expect(worstAmps(networkRack('nvidia-sn5600', 12))).toBeCloseTo(18.45, 2);
    expect(worstAmps(networkRack('nvidia-sn5600', 13))).toBeCloseTo(27.68, 2);
    expect(errorCodes(networkRack('nvidia-sn5600', 13))).toContain('power.phaseOverload');
    expect(errorCodes(networkRack('nvidia-sn5600', 12))).toEqual([]);
  });

  it('19 QM9700: 18 stay, the 19th moves to a new rack at its own U', () => {
    const out = split(networkRack('nvidia-qm9700', 19));
    expect(racksAndSwitches(out)).toEqual([
      ['NET1', 18],
      ['NET2', 1],
    ]);
    expect(out.devices.filter((d) => d.rack !== 'net-1').map((d) => [d.id, d.u])).toEqual([['sw-19', 19]]);
  });

  it('13 SN5600 (28,737 VA, within the 33,122 VA fill): the phase check alone moves the 13th', () => {
    expect(racksAndSwitches(split(networkRack('nvidia-sn5600', 13)))).toEqual([
      ['NET1', 12],
      ['NET2', 1],
    ]);
    expect(racksAndSwitches(split(networkRack('nvidia-sn5600', 12)))).toEqual([['NET1', 12]]);
  });

  it('on a full floor adds a row when rows are not stated, else leaves the switches where they are', () => {
    const l = networkRack('nvidia-sn5600', 13);
    const oneSpot: Layout = { ...l, floor: { ...l.floor, rows: 1, positionsPerRow: 1 } };
    const grown = split(oneSpot, true);
    expect(grown.floor.rows).toBe(2);
    expect(grown.racks.map((r) => [r.name, r.position])).toEqual([
      ['NET1', { row: 0, slot: 0 }],
      ['NET2', { row: 1, slot: 0 }],
    ]);
    const stated = split(oneSpot, false);
    expect(racksAndSwitches(stated)).toEqual([['NET1', 13]]);
    expect(errorCodes(stated)).toContain('power.phaseOverload');
  });

  it("lets the planner's 32 A alternative plan the whole target (it stopped at 512 of 1,024 GPUs)", () => {
    const p = planPod(
      { target: { kind: 'gpus', gpus: 1024 }, platform: 'nvidia-dgx-h100', pduSku: PDU_32A },
      builtinCatalog,
    );
    if (!p.ok) throw new Error(p.error);
    expect(p.value.counts.gpus).toBe(1024);
    expect(p.value.binding).toBeNull();
    expect(p.value.errors).toBe(0);
  });
});
