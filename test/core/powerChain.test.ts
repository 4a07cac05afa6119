import { describe, expect, it } from 'vitest';
import type { CatalogItem, Generator, PowerShelf, Transformer, Ups } from '../../src/core';
import { makeCatalog, sku, validate } from '../../src/core';
import { itemPowerFactor } from '../../src/core/rules/power';
import { imbalanceFraction } from '../../src/core/rules/phaseLoads';
import { powerChain, upsUsable } from '../../src/core/rules/powerChain';
import type { PowerChainInput } from '../../src/core/rules/powerChain';
import { upsRuntimeMin } from '../../src/core/rules/rackUps';
import { BUSBAR_TRAY, GPU_SERVER, ITEMS, LEAF_SWITCH, PDU_32A } from '../fixtures/catalog';
import { codes, device, floorUnit, pdu, pduPair, pod, rack } from '../fixtures/builders';

const test = { default: { grade: 'estimate' as const, source: 'test fixture' } };
const price = { amount: 1000, currency: 'USD', example: true } as const;

const UPS_3KVA: Ups = {
  kind: 'ups',
  sku: sku('t-ups-3kva'),
  name: 'Test UPS 3 kVA',
  vendor: 'Test',
  price,
  provenance: test,
  placement: 'rack-u',
  uHeight: 2,
  fullDepth: true,
  capacityW: 2700,
  capacityVa: 3000,
  runtimeMin: 4,
  efficiency: 0.93,
  weightKg: 32,
};
const UPS_FLOOR_50KW: Ups = {
  ...UPS_3KVA,
  sku: sku('t-ups-50kw'),
  name: 'Test UPS 50 kW',
  placement: 'floor',
  uHeight: 0,
  capacityW: 50_000,
  capacityVa: 50_000,
  runtimeMin: 5,
  efficiency: 0.96,
  footprintMm: { width: 1200, depth: 1000 },
};
const SHELF_EFF: PowerShelf = {
  kind: 'power-shelf',
  sku: sku('t-shelf-975'),
  name: 'Test shelf 97.5%',
  vendor: 'Test',
  price,
  provenance: test,
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  outputW: 33_000,
  psuCount: 6,
  psuRedundancy: '6+0',
  busbarV: 50,
  weightKg: 18,
  efficiency: 0.975,
};
/** One PSU cord carrying 12 kW: lands on one phase. */
const SINGLE_CORD_12KW = sku('t-single-cord');
const single: CatalogItem = {
  ...(ITEMS.find((i) => i.sku === GPU_SERVER) as Extract<CatalogItem, { kind: 'server' }>),
  sku: SINGLE_CORD_12KW,
  name: 'Test single-cord 12 kW',
  uHeight: 2,
  power: {
    typicalW: 9000,
    maxW: 12_000,
    psuCount: 1,
    psuRedundancy: '1+0',
    inputVoltageV: 230,
    inlet: 'C20',
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear', cfm: 1105 },
};
const catalog = makeCatalog([...ITEMS, UPS_3KVA, UPS_FLOOR_50KW, SHELF_EFF, single]);

const servers = (n: number, inRack = 'R1') =>
  Array.from({ length: n }, (_, i) => device(`${inRack}-gpu-${i + 1}`, GPU_SERVER, inRack, 1 + i * 8));

describe('Power factor: PDUs are rated in kVA, loads draw kW (POWER.md §1)', () => {
  // 415 V 3-phase 60 A: √3 × 415 × 60 = 43,128.1 VA × 0.8 = 34,502.45 VA usable per feed.
  it('at PF 0.95 a 60 A feed carries 34,502.45 × 0.95 = 32,777.3 W, not 34.5 kW', () => {
    const r = validate(
      pod({ racks: [rack('R1')], sideItems: pduPair('R1'), limits: { powerFactor: 0.95 } }),
      catalog,
    );
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(32.7773, 3);
  });

  it('3 × 10.2 kW + 2 × 1.72 kW = 34.04 kW fits at PF 1 but is 35,831.6 VA at PF 0.95: 1.3 kVA short', () => {
    const devices = [
      ...servers(3),
      device('sw1', LEAF_SWITCH, 'R1', 30),
      device('sw2', LEAF_SWITCH, 'R1', 31),
    ];
    const atPf1 = validate(pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices }), catalog);
    expect(codes(atPf1)).not.toContain('power.feedOverload');
    const r = validate(
      pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices, limits: { powerFactor: 0.95 } }),
      catalog,
    );
    // 34,040 / 0.95 = 35,831.6 VA; 35,831.6 − 34,502.45 = 1,329.1 VA short on each side.
    expect(r.racks[0]?.acKvaMax).toBeCloseTo(35.8316, 3);
    const overloads = r.diagnostics.filter((d) => d.code === 'power.feedOverload');
    expect(overloads).toHaveLength(2);
    expect(overloads[0]?.message).toContain('34.0 kW (35.8 kVA) at max draw');
    expect(overloads[0]?.message).toContain('give 34.5 kVA (32.8 kW at PF 0.95) usable');
    expect(overloads[0]?.message).toContain('feed A alone is 1.3 kVA short');
  });

  it("an item's own PSU power factor overrides the pod's", () => {
    const gpu = ITEMS.find((i) => i.sku === GPU_SERVER) as Extract<CatalogItem, { kind: 'server' }>;
    expect(itemPowerFactor(gpu, 0.95)).toBe(0.95);
    expect(itemPowerFactor({ ...gpu, power: { ...gpu.power, powerFactor: 0.99 } }, 0.95)).toBe(0.99);
  });
});

describe('Phases: the hottest phase limits a three-phase PDU', () => {
  // Phase voltage 415 / √3 = 239.600 V; per-phase limit 60 A × 0.8 = 48 A.
  it('spreads 3 servers × 6 cords over L1-L3: 10.2 kW per phase = 42.57 A each, balanced', () => {
    const r = validate(
      pod({ racks: [rack('R1')], sideItems: [pdu('pa', 'R1', 'A')], devices: servers(3) }),
      catalog,
    );
    const p = r.racks[0]?.pduPhases[0];
    expect(p?.limitA).toBeCloseTo(48, 9);
    expect(p?.phaseV).toBeCloseTo(239.6, 2);
    // 18 cords of 1,700 W: 6 per phase = 10,200 W / 239.600 V = 42.571 A.
    for (const a of p?.amps ?? []) expect(a).toBeCloseTo(42.571, 2);
    expect(codes(r)).not.toContain('power.phaseOverload');
  });

  it('two single-cord 12 kW loads: L1 and L2 at 50.08 A are over 48 A while the 24 kW total fits 34.5 kW', () => {
    const devices = [device('s1', SINGLE_CORD_12KW, 'R1', 1), device('s2', SINGLE_CORD_12KW, 'R1', 3)];
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: [pdu('pa', 'R1', 'A')],
        devices,
        limits: { phaseImbalanceMaxPct: 20 },
      }),
      catalog,
    );
    // 12,000 W / 239.600 V = 50.083 A on L1 and L2, 0 A on L3.
    expect(r.racks[0]?.pduPhases[0]?.amps.map((a) => Math.round(a * 1000) / 1000)).toEqual([
      50.083, 50.083, 0,
    ]);
    expect(codes(r)).not.toContain('power.overload');
    const over = r.diagnostics.find((d) => d.code === 'power.phaseOverload');
    expect(over?.message).toBe(
      "Rack R1: PDU 'pa' phase L1 carries 50.1 A at max draw with every source up, over its 48.0 A per-phase limit (L1 50.1 A, L2 50.1 A, L3 0.0 A).",
    );
    // Mean 33.389 A; largest deviation 33.389 A (L3) → 100% imbalance, above 20%.
    expect(codes(r)).toContain('power.phaseImbalance');
  });

  it('imbalance is the largest deviation from the mean over the mean (NEMA MG-1 form)', () => {
    // mean 20; deviations 10, 0, 10 → 0.5.
    expect(imbalanceFraction([30, 20, 10])).toBeCloseTo(0.5, 12);
    expect(imbalanceFraction([42.5])).toBe(0);
  });

  it('stays quiet about imbalance unless the pod sets a threshold (version-1 behaviour)', () => {
    const devices = [device('s1', SINGLE_CORD_12KW, 'R1', 1)];
    const r = validate(pod({ racks: [rack('R1')], sideItems: [pdu('pa', 'R1', 'A')], devices }), catalog);
    expect(codes(r)).not.toContain('power.phaseImbalance');
  });
});

describe('N+1: racks with 3 or 4 PDUs on separate circuits', () => {
  // 415 V 3-phase 32 A: √3 × 415 × 32 × 0.8 = 18,401.3 VA per circuit; 3 circuits = 55,203.9; any one lost = 36,802.6.
  const threePdus = [
    pdu('p1', 'R1', 'A', PDU_32A),
    pdu('p2', 'R1', 'B', PDU_32A),
    pdu('p3', 'R1', 'A', PDU_32A),
  ];
  const nPlusOne = rack('R1', 0, 0, undefined, { powerScheme: 'N+1' });

  it('carries 30.6 kW with any one of three 32 A circuits lost (36.8 kW left)', () => {
    const r = validate(pod({ racks: [nPlusOne], sideItems: threePdus, devices: servers(3) }), catalog);
    expect(r.racks[0]?.powerScheme).toBe('N+1');
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(36.8026, 3);
    // The test PDU has only 2 C19 outlets each, so the 18 C20 cords are short of outlets; power itself fits.
    expect(codes(r).filter((c) => c.startsWith('power.'))).toEqual([
      'power.outletShortage',
      'power.outletShortage',
      'power.outletShortage',
    ]);
  });

  it('names each circuit short of outlets: 18 C20 cords over 3 circuits is 6 C19 each, and each has 2', () => {
    // 3 servers × 6 PSUs (C20 inlets) = 18 cords; spread evenly over 3 circuits: ⌈18 / 3⌉ = 6 C19 per circuit.
    const r = validate(pod({ racks: [nPlusOne], sideItems: threePdus, devices: servers(3) }), catalog);
    const messages = r.diagnostics.filter((d) => d.code === 'power.outletShortage').map((d) => d.message);
    expect(messages).toContain(
      "Rack R1: circuit 2 of 3 (PDU 'p3') needs 6 C19 and 0 C13 outlets, its share of the rack's 18 C19 and 0 C13 cords spread over 3 circuits; it has 2 C19 and 0 C13.",
    );
    expect(messages.some((m) => m.includes('feed A'))).toBe(false);
    const second = r.diagnostics.find((d) => d.message.includes('circuit 2 of 3'));
    // Circuits are numbered in the rack's order: rack-mounted PDUs by U, then side-channel PDUs by side and id.
    expect(second?.targets.map((t) => t.id)).toEqual(['p3', 'R1']);
  });

  it('a circuit with enough outlets for its share is not named', () => {
    // 1 server: 6 cords over 3 circuits = 2 C19 each, exactly the 2 each PDU has.
    const r = validate(pod({ racks: [nPlusOne], sideItems: threePdus, devices: servers(1) }), catalog);
    expect(codes(r)).not.toContain('power.outletShortage');
  });

  it('flags 40.8 kW: 4.0 kW short with one circuit lost', () => {
    const r = validate(pod({ racks: [nPlusOne], sideItems: threePdus, devices: servers(4) }), catalog);
    const d = r.diagnostics.find((x) => x.code === 'power.nPlusOneOverload');
    expect(d?.message).toBe(
      'Rack R1: 40.8 kW at max draw (30.0 kW typical); its PDUs (3 × 415 V 3-phase 32 A, 80% derating) give 55.2 kW usable in all. With any one circuit lost (the largest gives 18.4 kW), the other 2 give 36.8 kW: 4.0 kW short.',
    );
  });

  it('the same three PDUs planned 2N (A, B, A) hold only the B side: 18.4 kW with feed A lost', () => {
    const r = validate(pod({ racks: [rack('R1')], sideItems: threePdus, devices: servers(3) }), catalog);
    expect(r.racks[0]?.powerScheme).toBe('2N');
    expect(codes(r)).toContain('power.feedOverload');
  });
});

describe('Power shelves: AC input = DC output / efficiency', () => {
  it('4 busbar trays (24 kW) on 97.5% shelves draw 24,000 / 0.975 = 24,615.4 W: 615.4 W of loss', () => {
    const devices = [
      device('sh1', SHELF_EFF.sku, 'R1', 1, 'front', { feed: 'A' }),
      device('sh2', SHELF_EFF.sku, 'R1', 2, 'front', { feed: 'B' }),
      ...[0, 1, 2, 3].map((i) => device(`t${i}`, BUSBAR_TRAY, 'R1', 3 + i)),
    ];
    const r = validate(pod({ racks: [rack('R1')], devices }), catalog);
    expect(r.racks[0]?.kwMax).toBeCloseTo(24, 9);
    expect(r.racks[0]?.lossKwMax).toBeCloseTo(0.61538, 4);
    expect(r.racks[0]?.inputKwMax).toBeCloseTo(24.61538, 4);
    expect(r.pod.powerChain.shelfLossKw).toBeCloseTo(0.61538, 4);
  });
});

describe('UPS capacity and runtime', () => {
  it('a 3 kVA / 2.7 kW rack UPS on a 40.8 kW rack is an error', () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: pduPair('R1'),
        devices: [...servers(4), device('ups', UPS_3KVA.sku, 'R1', 33)],
        limits: { deratingFraction: 1 },
      }),
      catalog,
    );
    const d = r.diagnostics.find((x) => x.code === 'power.upsOverload');
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('its Test UPS 3 kVA (2.7 kW / 3.0 kVA) carry the rack');
    expect(d?.message).toContain('37.8 kVA and 38.1 kW over');
    expect(r.racks[0]?.ups?.capacityKva).toBe(3);
  });

  it('runtime scales with load: 2.7 kW × 4 min / 0.93 = 0.19355 kWh → 8.0 min at 1.35 kW', () => {
    expect(upsRuntimeMin([UPS_3KVA], 2700)).toBeCloseTo(4, 9);
    expect(upsRuntimeMin([UPS_3KVA], 1350)).toBeCloseTo(8, 9);
  });

  it('redundancy: 3 × 500 kW gives 1,500 in N, 1,000 in N+1, 750 in 2N', () => {
    const unit = { ...UPS_FLOOR_50KW, capacityW: 500_000, capacityVa: 500_000 };
    expect(upsUsable([unit, unit, unit], 'N').w).toBe(1_500_000);
    expect(upsUsable([unit, unit, unit], 'N+1').w).toBe(1_000_000);
    expect(upsUsable([unit, unit, unit], '2N').va).toBe(750_000);
  });

  it('a 50 kW floor UPS on a 40.8 kW pod at PF 0.95 (42.9 kVA) passes; at 2N (25 kW) it is an error', () => {
    const base = {
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: servers(4),
      floorUnits: [floorUnit('ups1', UPS_FLOOR_50KW.sku, 1, 0)],
    };
    const ok = validate(pod({ ...base, limits: { deratingFraction: 1, powerFactor: 0.95 } }), catalog);
    expect(ok.pod.powerChain.ups?.loadKva).toBeCloseTo(40.8 / 0.95, 6);
    expect(codes(ok)).not.toContain('power.upsOverload');
    expect(codes(ok)).toContain('power.upsRuntime');
    const bad = validate(
      pod({ ...base, limits: { deratingFraction: 1, powerFactor: 0.95, upsRedundancy: '2N' } }),
      catalog,
    );
    expect(codes(bad)).toContain('power.upsOverload');
  });
});

describe('The chain from the grid to the rack (worked by hand)', () => {
  const ups: Ups = {
    ...UPS_FLOOR_50KW,
    capacityW: 200_000,
    capacityVa: 200_000,
    batteryKwh: 20,
    efficiency: 0.96,
  };
  const tx: Transformer = {
    kind: 'transformer',
    sku: sku('t-tx'),
    name: 'Test transformer',
    vendor: 'Test',
    price,
    provenance: test,
    placement: 'floor',
    ratingVa: 500_000,
    efficiency: 0.985,
    primaryV: 11_000,
    secondaryV: 415,
    weightKg: 2000,
    footprintMm: { width: 2000, depth: 1200 },
  };
  const gen: Generator = {
    kind: 'generator',
    sku: sku('t-gen'),
    name: 'Test generator',
    vendor: 'Test',
    price,
    provenance: test,
    placement: 'floor',
    ratingVa: 187_500,
    ratingW: 150_000,
    blockLoadFraction: 0.5,
    startSeconds: 10,
    weightKg: 3000,
    footprintMm: { width: 3000, depth: 1200 },
  };
  const input: PowerChainInput = {
    itW: 100_000,
    shelfLossW: 2_000,
    rackUpsLossW: 0,
    ownPfExtraVa: 0,
    coolingEquipmentW: 5_000,
    cduPumpW: 3_000,
    ups: [ups],
    transformers: [tx],
    generators: [gen],
    batteryW: 0,
    limits: {
      ...pod().limits,
      powerFactor: 0.95,
      coolingPlant: { mode: 'cop', cop: 4 },
      upsCarriesCduPumps: true,
    },
  };

  it('COP 4: facility 141,338.8 W, PUE 1.4134', () => {
    const c = powerChain(input);
    // Racks 100,000 + 2,000 shelf losses = 102,000; UPS load + 3,000 pumps = 105,000.
    expect(c.ups?.loadW).toBe(105_000);
    // UPS loss 105,000 / 0.96 − 105,000 = 4,375.
    expect(c.ups?.lossW).toBeCloseTo(4375, 6);
    // Plant: heat (102,000 + 5,000 + 4,375) / 4 = 27,843.75.
    expect(c.coolingPlantW).toBeCloseTo(27_843.75, 6);
    // Transformer load 109,375 + 2,000 other cooling + 27,843.75 = 139,218.75; loss × (1/0.985 − 1) = 2,120.08.
    expect(c.transformer?.loadW).toBeCloseTo(139_218.75, 6);
    expect(c.transformer?.lossW).toBeCloseTo(2120.082, 2);
    expect(c.facilityW).toBeCloseTo(141_338.83, 1);
    expect(c.facilityVa).toBeCloseTo(141_338.83 / 0.95, 0);
    expect(c.pue).toBeCloseTo(1.41339, 4);
    // Losses 2,000 + 4,375 + 2,120.08 = 8,495.08.
    expect(c.lossesW).toBeCloseTo(8495.08, 1);
    // Runtime 20 kWh × 0.96 × 60 / 105 kW = 10.971 min.
    expect(c.ups?.runtimeMin).toBeCloseTo(10.9714, 3);
  });

  it('PUE 1.3: facility 130,000 W; the plant is what is left at the transformer: 128,050 − 111,375 = 16,675 W', () => {
    const c = powerChain({ ...input, limits: { ...input.limits, coolingPlant: { mode: 'pue', pue: 1.3 } } });
    expect(c.facilityW).toBeCloseTo(130_000, 6);
    expect(c.coolingPlantW).toBeCloseTo(16_675, 6);
    expect(c.pue).toBeCloseTo(1.3, 9);
  });

  it('generator: 150 kW takes 75 kW per block; storage carries 141,338.8 − 75,000 = 66,338.8 W (the 200 kW UPS)', () => {
    const c = powerChain(input);
    expect(c.generator?.blockW).toBe(75_000);
    expect(c.generator?.storageNeededW).toBeCloseTo(66_338.83, 1);
    expect(c.generator?.storageW).toBe(200_000);
  });

  it('the report carries the chain and a PUE too low for the losses is a warning', () => {
    const lowPue = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: servers(2),
      floorUnits: [floorUnit('ups1', UPS_FLOOR_50KW.sku, 1, 0)],
      limits: { coolingPlant: { mode: 'pue', pue: 1.01 } },
    });
    const r = validate(lowPue, catalog);
    // UPS loss 20,400 / 0.96 − 20,400 = 850 W > the 204 W a PUE of 1.01 leaves.
    expect(codes(r)).toContain('power.pueBelowLosses');
    expect(r.pod.powerChain.coolingPlantKw).toBe(0);
    expect(r.pod.powerChain.facilityKw).toBeCloseTo(21.25, 6);
  });
});

describe('Airflow for planning: design ΔT beside the vendor figure', () => {
  it('12 kW at ΔT 11 °C (19.8 °F) needs 3.16 × 12,000 / 19.8 = 1,915.2 CFM, more than the vendor 1,105: design ΔT used', () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: pduPair('R1'),
        devices: [device('s1', SINGLE_CORD_12KW, 'R1', 1)],
      }),
      catalog,
    );
    const d = r.devices[0];
    expect(d?.airflowCfmDesign).toBeCloseTo(1915.15, 1);
    expect(d?.airflowCfmVendor).toBe(1105);
    expect(d?.airflowCfm).toBeCloseTo(1915.15, 1);
    expect(d?.airflowBasis).toBe('design ΔT');
  });

  it('at ΔT 25 °C (45 °F) the design figure is 842.7 CFM and the vendor 1,105 CFM is used', () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: pduPair('R1'),
        devices: [device('s1', SINGLE_CORD_12KW, 'R1', 1)],
        limits: { airDeltaTC: 25 },
      }),
      catalog,
    );
    expect(r.devices[0]?.airflowCfmDesign).toBeCloseTo(842.67, 1);
    expect(r.devices[0]?.airflowCfm).toBe(1105);
    expect(r.devices[0]?.airflowBasis).toBe('vendor');
  });
});
