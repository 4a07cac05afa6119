import { describe, expect, it } from 'vitest';
import { bom, builtinCatalog, deviceId, linkId, planCabling, sku, validate } from '../../src/core';
import { device, pod, rack } from '../fixtures/builders';

// One DGX H100 in rack A (slot 0) and a QM9700 leaf in rack N (slot 3) of the same row, joined by one 400G link.
const layout = {
  ...pod({
    racks: [rack('A', 0, 0, sku('rack-42u-600x1200')), rack('N', 3, 0, sku('rack-42u-600x1200'))],
    devices: [device('dgx', sku('nvidia-dgx-h100'), 'A', 1), device('leaf', sku('nvidia-qm9700'), 'N', 30)],
  }),
  links: [
    {
      id: linkId('l1'),
      a: { device: deviceId('dgx'), port: 'compute/1' },
      b: { device: deviceId('leaf'), port: 'down/1' },
    },
  ],
};

describe('When a layout has explicit links', () => {
  const plan = planCabling(layout, builtinCatalog);
  const run = plan.runs[0]!;

  it('cables the link with a medium that reaches its sold length', () => {
    expect(plan.runs).toHaveLength(1);
    expect(run.lengthM).toBeLessThanOrEqual(run.reachM);
    expect(run.lengthM * 1000).toBeGreaterThanOrEqual(run.routeMm);
  });

  it('adds the server-side optic power to the DGX but not to the QM9700, whose 1.72 kW max includes its optics', () => {
    const r = validate(layout, builtinCatalog);
    const dgx = r.devices.find((d) => d.id === 'dgx')!;
    const leaf = r.devices.find((d) => d.id === 'leaf')!;
    const optic = plan.power.get(deviceId('dgx'))?.maxW ?? 0;
    expect(dgx.kwMax).toBeCloseTo(10.2 + optic / 1000, 9);
    expect(leaf.kwMax).toBeCloseTo(1.72, 9);
    if (run.a.transceiverSku) expect(optic).toBeGreaterThan(0);
  });

  it('puts the cable and transceivers in the BOM at example prices', () => {
    const b = bom(layout, builtinCatalog);
    const cableLines = b.lines.filter((l) => l.kind === 'cable' || l.kind === 'transceiver');
    expect(cableLines.map((l) => l.sku).sort()).toEqual(plan.bomLines.map((l) => l.sku).sort());
    expect(cableLines.every((l) => l.priceIsExample)).toBe(true);
    expect(b.lines.at(-1)?.kind === 'cable' || b.lines.at(-1)?.kind === 'transceiver').toBe(true);
  });

  it('gives the same report with and without the rack cache', () => {
    expect(validate(layout, builtinCatalog)).toEqual(validate(layout, builtinCatalog, { cache: false }));
  });
});
