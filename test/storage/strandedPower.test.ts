/**
 * Stranded power on the liquid NVL72 example: two GB200 NVL72 racks (18 compute trays each, 5,900 W max, 4,248 W
 * under Max-Q = 5,900 × 90/125), 400 kW utility feed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, catalogForLayout, parseLayoutJson, strandedPower, validate } from '../../src/core';

describe('The stranded-power view', () => {
  // Per rack (120,020 W at max with its switches) the cap frees 18 × (5,900 − 4,248) = 29,736 W → 90,284 W; the
  // pod 2 × 29,736 = 59,472 W (254.18 → 194.708 kW). f = 340.7 / 254.18 = 1.3404. At max:
  // (400 − 340.7) / (1.3404 × 120.02) = 59.3 / 160.87 = 0.37 → 0 more racks. At the cap:
  // (400 − 1.3404 × 194.708) / (1.3404 × 90.284) = (400 − 260.99) / 121.02 = 1.15 → 1 more rack.
  it('finds one more NVL72 rack under the same feed when budgeted at Max-Q, none at max', () => {
    const loaded = parseLayoutJson(readFileSync('public/examples/liquid-nvl72.json', 'utf8'));
    if (!loaded.ok) throw new Error('example must load');
    const layout = loaded.value;
    const catalog = catalogForLayout(builtinCatalog, layout);
    const chain = validate(layout, catalog).pod.powerChain;
    const s = strandedPower(layout, catalog, chain.utilityFeedKw * 1000, chain.facilityKw * 1000);
    expect(s?.freedW).toBe(59_472);
    expect(s?.rackMaxW).toBeCloseTo(120_020, 6);
    expect(s?.rackCappedW).toBeCloseTo(90_284, 6);
    expect(s?.facilityRatio).toBeCloseTo(1.3404, 3);
    expect([s?.moreRacksAtMax, s?.moreRacksAtCap]).toEqual([0, 1]);
  });

  it('is absent for a pod without capped devices', () => {
    const loaded = parseLayoutJson(readFileSync('public/examples/air-cooled-dgx-h100.json', 'utf8'));
    if (!loaded.ok) throw new Error('example must load');
    expect(strandedPower(loaded.value, builtinCatalog, 1e6, 5e5)).toBeNull();
  });
});
