/**
 * Three pods worked by hand. Catalog figures are the built-in catalog's (each with its own provenance); the
 * formulas are the rules': PDU usable = √3 × V × I × derating (DOMAIN.md, three-phase power); heat = max draw;
 * coolant flow Q = P / (cp × ρ × ΔT) with water cp 4.18 kJ/kg·K, ρ 0.997 kg/L (DOMAIN.md, coolant flow).
 */
import { describe, expect, it } from 'vitest';
import type { Layout, PodPlan } from '../../src/core';
import { builtinCatalog, planPod, validate } from '../../src/core';

const catalog = builtinCatalog;

function planned(request: Parameters<typeof planPod>[0]): PodPlan {
  const r = planPod(request, catalog);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const computeRacks = (l: Layout, rackSku: string) =>
  l.racks.filter((r) => r.sku === rackSku && !r.name.startsWith('NET'));
const inRack = (l: Layout, rack: string, sku: string) =>
  l.devices.filter((d) => d.rack === rack && d.sku === sku).length;
const pdusIn = (l: Layout, rack: string) => l.sideItems.filter((s) => s.rack === rack);

describe('Pod planner, worked by hand', () => {
  it('air-cooled DGX H100, 128 GPUs, rear doors', () => {
    // 128 GPUs / 8 per DGX H100 = 16 servers.
    // Per rack: 42 U / 8 U = 5 servers (space binds): 5 × 10.2 kW = 51 kW at max draw.
    // PDU: Raritan PX3-5878, 415 V 3-phase 60 A: √3 × 415 × 60 = 43,127 VA × 0.8 = 34.5 kW usable.
    // Per feed: 51 kW × 1.03 (optics margin) = 52.5 kW → ⌈52.5 / 34.5⌉ = 2 PDUs per feed, 4 per full rack.
    // Outlets: 5 × 6 C20 inlets / 2 feeds = 15 C19 per feed ≤ 2 × 18. Weight: 150 + 5 × 130.45 + 4 × 14 + 120
    // (active door) = 978.25 kg ≤ 1,361 kg; over 0.6 × 1.2 m = 1,358.7 kg/m² → floor rating sized to 1,359.
    // Racks: 16 = 5 + 5 + 5 + 1 → 4 compute racks; the last (10.2 kW) has 1 PDU per feed.
    // Compute PDUs: 3 × 4 + 2 = 14. Doors: 51 kW × 1.03 = 52.5 kW of air heat → active 60 kW door (the passive
    // 35 kW is too small) on the full racks; 10.5 kW → passive 35 kW door on the last. Cooling draw outside the
    // racks: 3 active doors × 1.5 kW fans = 4.5 kW.
    const p = planned({ target: { kind: 'gpus', gpus: 128 }, platform: 'nvidia-dgx-h100' });
    expect(p.perRack.units).toBe(5);
    expect(p.counts.units).toBe(16);
    expect(p.counts.gpus).toBe(128);
    const racks = computeRacks(p.layout, 'rack-42u-600x1200').filter(
      (r) => inRack(p.layout, r.id, 'nvidia-dgx-h100') > 0,
    );
    expect(racks.map((r) => inRack(p.layout, r.id, 'nvidia-dgx-h100'))).toEqual([5, 5, 5, 1]);
    expect(racks.map((r) => pdusIn(p.layout, r.id).length)).toEqual([4, 4, 4, 2]);
    expect(racks.map((r) => r.rearDoor)).toEqual([
      'rdhx-active-60kw',
      'rdhx-active-60kw',
      'rdhx-active-60kw',
      'rdhx-passive-35kw',
    ]);
    expect(p.coolingKw).toBeCloseTo(4.5, 6);
    // IT: 16 × 10.2 = 163.2 kW of servers, plus the switches and optics of the networks.
    expect(p.itKw).toBeGreaterThan(163.2);
    // Out-of-band: 16 BMC + 18 PDU + 17 switch management ports = 51 > 48, so 2 SN2201 leaves. The leaf serving the
    // compute racks sits in one of them, beside the BMCs (rack A2, the middle of its endpoints); the other serves the
    // network rack. A2 then weighs 978.25 + 7.41 = 985.66 kg over 0.72 m² = 1,368.97 kg/m² → floor sized to 1,369.
    const oobLeaves = p.layout.devices.filter((d) => d.sku === 'nvidia-sn2201');
    expect(oobLeaves.map((d) => d.rack)).toEqual(['A2', 'net-1']);
    expect(p.layout.limits.floorRatingKgPerM2).toBe(1369);
    // Unstated limits are sized to the plan: the feed is the power chain's facility draw, rounded up to whole kW.
    expect(p.layout.limits.utilityFeedKw).toBe(
      Math.ceil(validate(p.layout, catalog).pod.powerChain.facilityKw - 1e-9),
    );
    expect(p.errors).toBe(0);
    expect(validate(p.layout, catalog).errors).toBe(0);
    expect(p.binding).toBeNull();
  });

  it('liquid-cooled HGX B200 (direct to chip), 256 GPUs, one floor CDU', () => {
    // 256 / 8 = 32 servers of 10.6 kW, 4 U, 85% of heat to liquid.
    // Per rack: 7 would be 74.2 kW × 1.03 = 76.4 kW > 2 × 34.5 = 69 kW per feed: a third PDU per feed and the
    // side channels (2 per side) are full. 6 × 10.6 = 63.6 kW × 1.03 = 65.5 kW ≤ 69 kW → 6 per rack, 4 PDUs.
    // Racks: 32 = 5 × 6 + 2 → 6 compute racks; PDUs 5 × 4 + 2 (21.2 kW: 1 per feed) = 22.
    // Liquid heat: 32 × 10.6 × 0.85 = 288.32 kW → facility water sized to 289 kW. CDU (CoolIT CHx2000): 2,000 kW
    // rated, but 2,125 L/min at ΔT 10 K carries 2,125 / 60 × 0.997 × 4.18 × 10 = 1,476 kW → 1 CDU; its own draw
    // 12.24 kW is the cooling draw outside the racks.
    const p = planned({ target: { kind: 'gpus', gpus: 256 }, platform: 'hgx-b200-4u-dlc' });
    expect(p.perRack.units).toBe(6);
    expect(p.perRack.limit).toMatch(/side channel/);
    const racks = computeRacks(p.layout, 'rack-42u-600x1200').filter(
      (r) => inRack(p.layout, r.id, 'hgx-b200-4u-dlc') > 0,
    );
    expect(racks.map((r) => inRack(p.layout, r.id, 'hgx-b200-4u-dlc'))).toEqual([6, 6, 6, 6, 6, 2]);
    expect(racks.reduce((s, r) => s + pdusIn(p.layout, r.id).length, 0)).toBe(22);
    expect(p.counts.cdus).toBe(1);
    expect(p.layout.floorUnits[0]?.serves).toEqual(racks.map((r) => r.id));
    expect(p.coolingKw).toBeCloseTo(12.24, 6);
    expect(p.layout.limits.facilityWaterKw).toBe(289);
    expect(p.errors).toBe(0);
  });

  it('GB200 NVL72-class racks on power shelves with a floor CDU, 144 GPUs', () => {
    // 144 / 72 = 2 racks (one preset per rack-nvl72, 48 U, 132 kW design limit).
    // Busbar load per rack: 18 compute trays × 5.9 kW + 9 NVLink switch trays × 1.5 kW = 106.2 + 13.5 = 119.7 kW
    // (≤ 132 kW). Shelves: 119.7 × 1.03 = 123.3 kW / 33 kW = 3.7 → 4 per feed, 8 per rack (8 U), 16 in all.
    // No AC load in the compute racks → no PDUs there. U: 8 + 18 + 9 = 35 ≤ 48.
    // Liquid heat per rack: 106.2 × 0.85 + 13.5 × 0.7 = 90.27 + 9.45 = 99.72 kW; both racks 199.44 kW → 1 floor
    // CDU (1,476 kW effective, see above) drawing 12.24 kW. Facility water sized to ⌈199.44⌉ = 200 kW.
    const p = planned({ target: { kind: 'gpus', gpus: 144 }, platform: 'gb200-nvl72' });
    expect(p.perRack.units).toBe(1);
    const racks = p.layout.racks.filter((r) => r.sku === 'rack-nvl72');
    expect(racks).toHaveLength(2);
    for (const r of racks) {
      expect(inRack(p.layout, r.id, 'orv3-power-shelf-33kw')).toBe(8);
      expect(inRack(p.layout, r.id, 'nvidia-gb200-compute-tray')).toBe(18);
      expect(inRack(p.layout, r.id, 'nvidia-gb200-nvlink-switch-tray')).toBe(9);
      expect(pdusIn(p.layout, r.id)).toHaveLength(0);
      const feeds = p.layout.devices
        .filter((d) => d.rack === r.id && d.sku === 'orv3-power-shelf-33kw')
        .map((d) => d.feed);
      expect(feeds.filter((f) => f === 'A')).toHaveLength(4);
    }
    expect(p.counts.powerShelves).toBe(16);
    expect(p.counts.cdus).toBe(1);
    expect(p.coolingKw).toBeCloseTo(12.24, 6);
    expect(p.layout.limits.facilityWaterKw).toBe(200);
    expect(p.errors).toBe(0);
  });

  it('names the utility feed when 1,024 DGX B200 GPUs do not fit 2,000 kW, and one more server breaks it', () => {
    // 128 servers × 14.3 kW = 1,830.4 kW of servers; with the networks and door fans the pod needs just over
    // 2,000 kW, so the planner stops one server short and says by how much the feed falls short.
    const p = planned({
      target: { kind: 'gpus', gpus: 1024 },
      platform: 'nvidia-dgx-b200',
      limits: { utilityFeedKw: 2000 },
    });
    expect(p.errors).toBe(0);
    expect(p.counts.units).toBeLessThan(128);
    expect(p.binding?.code).toBe('power.utilityOverload');
    expect(p.binding?.text).toMatch(
      new RegExp(
        `^${(p.counts.units * 8).toLocaleString('en-US')} of 1,024 GPUs: the utility feed \\(2,000 kW\\) allows ${p.counts.units} NVIDIA DGX B200 at 14\\.3 kW max beside .* kW of cooling and network draw; a feed of 2,\\d{3} kW fits all 128`,
      ),
    );
    expect(p.totalKw).toBeLessThanOrEqual(2000);
  });

  it('refuses bad input with a message naming the field', () => {
    const bad = (req: Parameters<typeof planPod>[0]) => {
      const r = planPod(req, catalog);
      return r.ok ? 'planned' : r.error;
    };
    expect(bad({ target: { kind: 'gpus', gpus: 0 }, platform: 'nvidia-dgx-h100' })).toMatch(/^target\.gpus/);
    expect(bad({ target: { kind: 'gpus', gpus: 8 }, platform: 'acme' })).toMatch(/^platform: 'acme'/);
    expect(bad({ target: { kind: 'gpus', gpus: 8 }, platform: 'nvidia-qm9700' })).toMatch(
      /^platform: .* switch/,
    );
    expect(bad({ target: { kind: 'gpus', gpus: 8 }, platform: 'hgx-b200-4u-dlc', cooling: 'air' })).toMatch(
      /^cooling: .*85%/,
    );
    expect(
      bad({ target: { kind: 'gpus', gpus: 8 }, platform: 'nvidia-dgx-h100', limits: { utilityFeedKw: -5 } }),
    ).toMatch(/^limits\.utilityFeedKw/);
  });
});
