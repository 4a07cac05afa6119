/**
 * The planner's N+1 power path, worked by hand. Figures: DGX H100 10.2 kW max (catalog); Raritan PX3-5878 415 V
 * 3-phase 60 A 0U PDU; usable = √3 × 415 V × 60 A × 0.8 = 34,502 VA (DOMAIN.md, three-phase power; POWER.md,
 * derating); the pod's power factor 0.95, so a load of P kW is P / 0.95 kVA.
 */
import { describe, expect, it } from 'vitest';
import type { Layout, PodPlan } from '../../src/core';
import { builtinCatalog, planPod, validate } from '../../src/core';

const noNetworks = { compute: null, storage: null, inband: null, oob: null } as const;

function planned(powerPath: 'ab-2n' | 'n+1'): PodPlan {
  const r = planPod(
    { target: { kind: 'gpus', gpus: 256 }, platform: 'nvidia-dgx-h100', powerPath, networks: noNetworks },
    builtinCatalog,
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const pdusPerRack = (l: Layout) => l.racks.map((r) => l.sideItems.filter((s) => s.rack === r.id).length);

describe('Pod planner, N+1 power path', () => {
  it('plans one circuit more than the load needs: 3 PDUs on a full DGX H100 rack instead of 2N’s 4', () => {
    // 256 GPUs / 8 = 32 servers; 42 U / 8 U = 5 per rack → 7 racks: 6 × 5 and 1 × 2.
    // Full rack: 5 × 10.2 kW = 51 kW; with the 3% optics margin 52.53 kW over 34,502 VA → ⌈1.52⌉ = 2 circuits
    // carry the load. N+1: 2 + 1 = 3 circuits; with any one lost the other 2 give 69,004 VA ≥ 51 / 0.95 =
    // 53,684 VA. 2N: 2 per feed, 4 in all.
    // Last rack: 2 × 10.2 = 20.4 kW (21.0 kW with margin) → 1 circuit carries it → N+1 2 circuits (one lost:
    // 34,502 VA ≥ 21,474 VA); 2N 1 per feed = 2.
    // PDUs: N+1 6 × 3 + 2 = 20; 2N 6 × 4 + 2 = 26.
    const n1 = planned('n+1');
    const twoN = planned('ab-2n');
    expect(n1.counts.computeRacks).toBe(7);
    expect(pdusPerRack(n1.layout)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(pdusPerRack(twoN.layout)).toEqual([4, 4, 4, 4, 4, 4, 2]);
    expect(n1.counts.pdus).toBe(20);
    expect(twoN.counts.pdus).toBe(26);
    expect(n1.layout.racks.every((r) => r.powerScheme === 'N+1')).toBe(true);
    expect(twoN.layout.racks.every((r) => r.powerScheme === undefined)).toBe(true);
    // Circuits alternate feeds A, B, A so that a lost feed is not the design case for N+1.
    const first = n1.layout.racks[0]!.id;
    expect(n1.layout.sideItems.filter((s) => s.rack === first).map((s) => s.feed)).toEqual(['A', 'B', 'A']);
    expect(n1.errors).toBe(0);
    expect(validate(n1.layout, builtinCatalog).errors).toBe(0);
  });

  it('one circuit fewer on a full N+1 rack really breaks N+1', () => {
    // Two circuits on the 51 kW rack: with one lost, 34,502 VA remains against 53,684 VA: 19.2 kVA short.
    const n1 = planned('n+1');
    const rack = n1.layout.racks[0]!.id;
    const last = n1.layout.sideItems.filter((s) => s.rack === rack).at(-1)!;
    const fewer = { ...n1.layout, sideItems: n1.layout.sideItems.filter((s) => s !== last) };
    const errors = validate(fewer, builtinCatalog).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toContain('power.nPlusOneOverload');
    expect(errors.find((d) => d.code === 'power.nPlusOneOverload')?.message).toContain('19.2 kVA short');
  });

  it('refuses a power path it does not know, naming the field', () => {
    const r = planPod(
      { target: { kind: 'gpus', gpus: 8 }, platform: 'nvidia-dgx-h100', powerPath: '3N' as never },
      builtinCatalog,
    );
    expect(r).toEqual({ ok: false, error: "powerPath: expected one of ab-2n, n+1, got '3N'." });
  });
});
