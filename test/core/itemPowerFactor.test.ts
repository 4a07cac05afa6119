import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../src/core';
import { makeCatalog, parseLayoutJson, provenanceOf, serializeLayout, validate } from '../../src/core';
import { GPU_SERVER, ITEMS, LEAF_SWITCH } from '../fixtures/catalog';
import { device, pduPair, pod, rack } from '../fixtures/builders';

/**
 * Per-item power factor: a load's kVA is its kW / its own power factor (the placed device's, else its catalog item's,
 * else the pod's), and the rack's PDU budget sums kVA (POWER.md §1 "Power factor").
 *
 * Working: the pod is at PF 0.95; one 415 V 3-phase 60 A PDU per feed gives √3 × 415 × 60 × 0.8 = 34,502.45 VA usable
 * per feed. The rack holds 3 servers of 10.2 kW and 2 switches of 1.72 kW: 30,600 W + 3,440 W = 34,040 W.
 * - All at the pod's 0.95: 34,040 / 0.95 = 35,831.58 VA, 1,329.1 VA over a feed (the power-factor test's case).
 * - Servers placed at their own PF 1, switches at the pod's 0.95: 30,600 + 3,440 / 0.95 = 30,600 + 3,621.05 =
 *   34,221.05 VA: fits, 281.4 VA to spare.
 * - And the switch's catalog item at PF 0.8: 30,600 + 3,440 / 0.8 = 30,600 + 4,300 = 34,900 VA: 397.55 VA over.
 *   The pod's chain carries the same: IT kVA = 34,040 / 0.95 + (30,600 / 1 − 30,600 / 0.95) + (4,300 − 3,621.05)
 *   = 35,831.58 − 1,610.53 + 678.95 = 34,900 VA.
 */
const leaf = ITEMS.find((i) => i.sku === LEAF_SWITCH) as Extract<CatalogItem, { kind: 'switch' }>;
const leafAt08: CatalogItem = {
  ...leaf,
  power: { ...leaf.power, powerFactor: 0.8 },
  provenance: {
    ...leaf.provenance,
    fields: { 'power.powerFactor': { grade: 'estimate', source: 'test: PSU spec sheet PF at 50% load' } },
  },
};
const servers = (pf?: number) =>
  [1, 9, 17].map((u, i) =>
    device(`gpu-${i + 1}`, GPU_SERVER, 'R1', u, 'front', pf === undefined ? {} : { powerFactor: pf }),
  );
const switches = [device('sw1', LEAF_SWITCH, 'R1', 30), device('sw2', LEAF_SWITCH, 'R1', 31)];
const layout = (serverPf?: number) =>
  pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: [...servers(serverPf), ...switches],
    limits: { powerFactor: 0.95 },
  });

describe('Per-item power factor against a kVA-rated PDU', () => {
  it('servers placed at PF 1 beside switches at the pod’s 0.95: 34,221.05 VA, fits 34,502.45 VA', () => {
    const r = validate(layout(1), makeCatalog(ITEMS));
    expect(r.racks[0]?.kwMax).toBeCloseTo(34.04, 9);
    expect(r.racks[0]?.acKvaMax).toBeCloseTo(34.22105, 4);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('power.feedOverload');
    const byId = new Map(r.devices.map((d) => [d.id, d]));
    expect(byId.get('gpu-1')?.powerFactor).toBe(1);
    expect(byId.get('gpu-1')?.kvaMax).toBeCloseTo(10.2, 9);
    expect(byId.get('sw1')?.powerFactor).toBe(0.95);
    expect(byId.get('sw1')?.kvaMax).toBeCloseTo(1.81053, 4);
  });

  it('with the switch item at PF 0.8 the rack is 34,900 VA: 0.4 kVA over, said in kW and kVA', () => {
    const catalog = makeCatalog([...ITEMS.filter((i) => i.sku !== LEAF_SWITCH), leafAt08]);
    expect(provenanceOf(leafAt08, 'power.powerFactor').grade).toBe('estimate');
    const r = validate(layout(1), catalog);
    expect(r.racks[0]?.acKvaMax).toBeCloseTo(34.9, 9);
    const over = r.diagnostics.filter((d) => d.code === 'power.feedOverload');
    expect(over).toHaveLength(2);
    expect(over[0]?.message).toBe(
      'Rack R1: 34.0 kW (34.9 kVA) at max draw (24.0 kW typical); its A-side PDUs (1 × 415 V 3-phase 60 A, 80% derating) give 34.5 kVA (32.8 kW at PF 0.95) usable. With feed B lost, feed A alone is 0.4 kVA short.',
    );
    expect(r.pod.powerChain.itKw).toBeCloseTo(34.04, 9);
    expect(r.pod.powerChain.itKva).toBeCloseTo(34.9, 9);
  });

  it('a device’s own figure beats its item’s: servers at 1, a switch placed at 0.95 over its item’s 0.8', () => {
    const catalog = makeCatalog([...ITEMS.filter((i) => i.sku !== LEAF_SWITCH), leafAt08]);
    const l = layout(1);
    const placed = {
      ...l,
      devices: l.devices.map((d) => (d.id === 'sw1' || d.id === 'sw2' ? { ...d, powerFactor: 0.95 } : d)),
    };
    // 30,600 + 3,440 / 0.95 = 34,221.05 VA again.
    expect(validate(placed, catalog).racks[0]?.acKvaMax).toBeCloseTo(34.22105, 4);
  });

  it('absent everywhere: the pod’s figure (35,831.58 VA), as before the field existed', () => {
    const r = validate(layout(), makeCatalog(ITEMS));
    expect(r.racks[0]?.acKvaMax).toBeCloseTo(35.83158, 4);
    expect(r.pod.powerChain.itKva).toBeCloseTo(35.83158, 4);
  });

  it('is saved with the device and read back; out of range is refused with its JSON path', () => {
    const text = serializeLayout(layout(0.99));
    expect(text).toContain('"powerFactor": 0.99');
    const back = parseLayoutJson(text);
    expect(back.ok && back.value.devices[0]?.powerFactor).toBe(0.99);
    const bad = parseLayoutJson(text.replace('"powerFactor": 0.99', '"powerFactor": 1.2'));
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(!bad.ok && bad.error)).toContain('devices[0].powerFactor');
  });
});
