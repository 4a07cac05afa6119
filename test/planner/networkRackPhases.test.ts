/**
 * Network racks split by phase as well as by total power, worked by hand. Built-in catalog figures: NVIDIA QM9700
 * 1U, 1,720 W max with its optics, 2 PSUs, no own power factor (so the pod's 0.95 applies); the generic 0U PDU
 * 415 V 3-phase 32 A. Formulas are the rules' (DOMAIN.md, three-phase power; `phaseLoads.ts`).
 *
 * Per PDU phase: 415 V / √3 = 239.60 V; limit 32 A × 0.8 = 25.6 A → 25.6 × 239.60 = 6,133.8 VA.
 * One switch with feed B lost: its A cord carries it all, 1,720 W / 0.95 = 1,810.5 VA (7.56 A on its phase).
 * Two PDUs per feed = 6 phases; 3 switches per phase = 5,431.6 VA fit, a 4th = 7,242.1 VA = 30.2 A does not.
 * So by phases a network rack holds 6 × 3 = 18 switches.
 * By total power the split allows 2 PDUs × √3 × 415 × 32 × 0.8 (18,401.3 VA, taken as W) × 0.9 fill = 33,122 W
 * per feed: 33,122 / 1,720 = 19.3 → 19 switches. Before phases counted, 19 switches stayed in one rack and the
 * planner's "32 A PDUs" alternative stopped at 512 GPUs with "phase L1 carries 30.2 A … over its 25.6 A".
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import { builtinCatalog, deviceId, emptyLayout, planPod, rackId, sku, validate } from '../../src/core';
import { resolvePlan } from '../../src/core/planner/platform';
import { splitNetworkRacks } from '../../src/core/planner/splitNetworkRacks';

const PDU_32A = 'pdu-415v-3ph-32a-0u';

/** One network rack NET1 with `switches` QM9700 from U1 and two 32 A PDUs per feed. */
function networkRack(switches: number): Layout {
  const base = emptyLayout('network rack');
  const net = rackId('net-1');
  return {
    ...base,
    limits: { ...base.limits, powerFactor: 0.95, deratingFraction: 0.8 },
    racks: [{ id: net, sku: sku('rack-42u-600x1200'), name: 'NET1', position: { row: 0, slot: 0 } }],
    devices: Array.from({ length: switches }, (_, i) => ({
      id: deviceId(`sw-${i + 1}`),
      sku: sku('nvidia-qm9700'),
      rack: net,
      u: i + 1,
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

const errorCodes = (l: Layout) =>
  validate(l, builtinCatalog)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);

describe('Network racks split by phase', () => {
  it('19 QM9700 on two 32 A PDUs per feed overload a phase: 30.2 A over 25.6 A', () => {
    const l = networkRack(19);
    const pdus = validate(l, builtinCatalog).racks[0]!.pduPhases;
    const worst = Math.max(...pdus.flatMap((p) => p.amps));
    // 4 × 1,810.5 VA / 239.60 V = 30.23 A.
    expect(worst).toBeCloseTo(30.23, 2);
    expect(pdus[0]!.limitA).toBeCloseTo(25.6, 6);
    expect(errorCodes(l)).toContain('power.phaseOverload');
    // 18 fit: 3 × 1,810.5 / 239.60 = 22.67 A per phase.
    const fits = validate(networkRack(18), builtinCatalog).racks[0]!.pduPhases;
    expect(Math.max(...fits.flatMap((p) => p.amps))).toBeCloseTo(22.67, 2);
  });

  it('moves the 19th switch to a new network rack, keeping its U', () => {
    const split = splitNetworkRacks(networkRack(19), builtinCatalog, plan(), [networkRack(19).racks[0]!]);
    expect(split.racks.map((r) => r.name)).toEqual(['NET1', 'NET2']);
    const inNew = split.devices.filter((d) => d.rack === split.racks[1]!.id);
    expect(inNew.map((d) => [d.id, d.u])).toEqual([['sw-19', 19]]);
    expect(split.devices.filter((d) => d.rack === 'net-1')).toHaveLength(18);
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
