import { describe, expect, it } from 'vitest';
import type { CatalogItem, CatalogKind } from '../../src/core';
import { builtinCatalog, circuitVa, provenanceOf, sku } from '../../src/core';

/** Issue 10's current-generation catalog: each item present with the figures its sources give. */
function item<K extends CatalogKind>(s: string, kind: K): Extract<CatalogItem, { kind: K }> {
  const found = builtinCatalog.items.get(sku(s));
  if (found?.kind !== kind) throw new Error(`${s} is not a built-in ${kind}`);
  return found as Extract<CatalogItem, { kind: K }>;
}

describe('Current-generation catalog (issue 10)', () => {
  it('every GPU server states a per-GPU max draw, graded, that fits inside its system max draw', () => {
    const gpuServers = [...builtinCatalog.items.values()].filter(
      (i): i is Extract<CatalogItem, { kind: 'server' }> => i.kind === 'server' && i.gpuCount > 0,
    );
    expect(gpuServers.length).toBeGreaterThanOrEqual(8);
    for (const s of gpuServers) {
      expect(s.power.perGpuW, s.sku).toBeGreaterThan(0);
      expect(s.gpuCount * (s.power.perGpuW ?? 0), s.sku).toBeLessThan(s.power.maxW);
      expect(provenanceOf(s, 'power.perGpuW').source, s.sku).not.toBe('');
    }
  });

  it('DGX B300 (8 × 1.1 kW GPUs) and the GB300 NVL72 compute tray (4 GPUs) are GPU servers', () => {
    expect(item('nvidia-dgx-b300', 'server').gpuCount).toBe(8);
    expect(item('nvidia-dgx-b300', 'server').power.perGpuW).toBe(1100);
    expect(item('nvidia-gb300-compute-tray', 'server').gpuCount).toBe(4);
    expect(item('nvidia-gb300-nvlink-switch-tray', 'rackmount').gpuCount).toBe(0);
  });

  it('the GB300 power shelf stores 65 J × 72 GPUs / 8 shelves = 585 J and loses 2.5 % AC→DC', () => {
    const shelf = item('nvidia-gb300-power-shelf-33kw', 'power-shelf');
    expect(shelf.energyStorageJ).toBe(585);
    expect(shelf.efficiency).toBe(0.975);
    expect(provenanceOf(shelf, 'energyStorageJ').grade).toBe('derived');
  });

  it('Quantum-X800 Q3400: radix 144 at 800 Gb/s', () => {
    const q = item('nvidia-q3400', 'switch');
    const ports = q.ports.filter((p) => p.speedGbps === 800).reduce((n, p) => n + p.count, 0);
    expect(ports).toBe(144);
  });

  it('a 52U rack, a 380/400 V 3-phase 32 A PDU (√3 × 400 × 32 = 22,170.3 VA) and a 10 kVA rack UPS', () => {
    expect(item('rack-52u-600x1200', 'rack').heightU).toBe(52);
    const pdu = item('pdu-400v-3ph-32a-0u', 'pdu');
    expect(circuitVa(pdu.voltageV, pdu.inputAmps, pdu.phases)).toBeCloseTo(22_170.3, 1);
    const ups = item('ups-10kva-rack', 'ups');
    expect(ups.placement).toBe('rack-u');
    expect(ups.capacityVa).toBe(10_000);
  });

  it('floor UPS, transformer and generator units, each graded', () => {
    const floor = [...builtinCatalog.items.values()].filter(
      (i) =>
        (i.kind === 'ups' && i.placement === 'floor') || i.kind === 'transformer' || i.kind === 'generator',
    );
    expect(new Set(floor.map((i) => i.kind))).toEqual(new Set(['ups', 'transformer', 'generator']));
    for (const i of floor) expect(['published', 'derived', 'estimate']).toContain(i.provenance.default.grade);
  });
});
