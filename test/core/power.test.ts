import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core';
import {
  BUSBAR_TRAY,
  GPU_SERVER,
  HALF_DEPTH_1U,
  PDU_1PH,
  PDU_32A,
  PDU_60A,
  RACK_LIMITED,
  SHELF_33KW,
  testCatalog,
  BATTERY,
} from '../fixtures/catalog';
import { codes, device, floorUnit, pdu, pduPair, pod, rack } from '../fixtures/builders';

// 415 V 3-phase 60 A: √3 × 415 V × 60 A = 43,128 VA nameplate; × 0.8 (NEC 80% continuous) = 34,502 W usable.
// figures.md §3: "Raritan PX3 415 V 3-ph 60 A, 34.5 kVA"; DOMAIN.md: "43.1 kVA nameplate".
const USABLE_60A_W = 34_502.45;

const gpus = (n: number, inRack = 'R1') =>
  Array.from({ length: n }, (_, i) => device(`${inRack}-gpu-${i + 1}`, GPU_SERVER, inRack, 1 + i * 8));

describe('When a rack has A and B PDUs of 415 V 3-phase 60 A', () => {
  it('gives each feed 34.5 kW usable at 80% derating', () => {
    const r = validate(pod({ racks: [rack('R1')], sideItems: pduPair('R1') }), testCatalog);
    expect(r.racks[0]?.usableKwByFeed.A).toBeCloseTo(USABLE_60A_W / 1000, 2);
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(34.502, 3);
  });

  it('carries three 10.2 kW servers (30.6 kW) on either feed alone', () => {
    const r = validate(pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices: gpus(3) }), testCatalog);
    expect(r.racks[0]?.kwMax).toBeCloseTo(30.6, 6);
    expect(r.racks[0]?.kwTypical).toBeCloseTo(22.5, 6);
    expect(codes(r).filter((c) => c.startsWith('power.'))).toEqual([]);
  });

  it('flags both feeds when four servers draw 40.8 kW, with the numbers in the message', () => {
    const r = validate(pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices: gpus(4) }), testCatalog);
    const overloads = r.diagnostics.filter((d) => d.code === 'power.feedOverload');
    expect(overloads).toHaveLength(2);
    expect(overloads[0]?.message).toBe(
      'Rack R1: 40.8 kW at max draw (30.0 kW typical); its A-side PDUs (1 × 415 V 3-phase 60 A, 80% derating) give 34.5 kW usable. With feed B lost, feed A alone is 6.3 kW short.',
    );
    expect(overloads[0]?.targets).toEqual([{ kind: 'rack', id: 'R1' }]);
  });

  it('uses the derating setting: at 100% a 60 A feed gives 43.1 kW and four servers fit', () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: pduPair('R1'),
        devices: gpus(4),
        limits: { deratingFraction: 1 },
      }),
      testCatalog,
    );
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(43.128, 3);
    expect(codes(r)).not.toContain('power.feedOverload');
  });
});

describe('When the feeds are unequal', () => {
  it('sizes the rack by the weaker feed: A 60 A (34.5 kW), B 32 A (18.4 kW)', () => {
    // 415 V 3-phase 32 A: √3 × 415 × 32 × 0.8 = 18,401 W.
    const sideItems = [pdu('a', 'R1', 'A', PDU_60A), pdu('b', 'R1', 'B', PDU_32A)];
    const r = validate(pod({ racks: [rack('R1')], sideItems, devices: gpus(2) }), testCatalog);
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(18.401, 3);
    const d = r.diagnostics.filter((x) => x.code === 'power.feedOverload');
    expect(d).toHaveLength(1); // 20.4 kW > 18.4 kW on B only
    expect(d[0]?.message).toContain('feed B alone is 2.0 kW short');
  });
});

describe('When all PDUs are on one feed', () => {
  it('warns that there is no redundancy and checks the load against that feed', () => {
    const sideItems = [pdu('a1', 'R1', 'A'), pdu('a2', 'R1', 'A', PDU_60A, 'right')];
    const r = validate(pod({ racks: [rack('R1')], sideItems, devices: gpus(4) }), testCatalog);
    expect(codes(r)).toContain('power.singleFeed');
    expect(codes(r)).not.toContain('power.overload'); // 40.8 kW < 2 × 34.5 kW
    expect(r.racks[0]?.usableKwPerFeed).toBeCloseTo(69.005, 3);
  });
});

describe('When a rack has load but no power source', () => {
  it('reports the missing PDUs', () => {
    const r = validate(pod({ racks: [rack('R1')], devices: gpus(1) }), testCatalog);
    expect(codes(r)).toContain('power.noPdu');
  });

  it('reports busbar trays with no power shelf, and fits them on shelves by feed', () => {
    const trays = Array.from({ length: 10 }, (_, i) => device(`t${i}`, BUSBAR_TRAY, 'R1', 1 + i));
    const noShelf = validate(pod({ racks: [rack('R1')], devices: trays }), testCatalog);
    expect(codes(noShelf)).toContain('power.noPowerShelf');
    // 10 × 6 kW = 60 kW on the busbar; 2 × 33 kW shelves per feed = 66 kW per feed.
    const shelves = [11, 12, 13, 14].map((u, i) =>
      device(`s${i}`, SHELF_33KW, 'R1', 20 + u, 'front', { feed: i < 2 ? 'A' : 'B' }),
    );
    const ok = validate(pod({ racks: [rack('R1')], devices: [...trays, ...shelves] }), testCatalog);
    expect(codes(ok).filter((c) => c.startsWith('power.'))).toEqual([]);
    expect(ok.racks[0]?.usableKwByFeed).toEqual({ A: 66, B: 66 });
  });
});

describe('When a U-mounted PDU has no feed side', () => {
  it('warns and counts it on feed A (230 V single-phase 32 A = 5.9 kW at 80%)', () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        devices: [device('p', PDU_1PH, 'R1', 42), device('h', HALF_DEPTH_1U, 'R1', 1)],
      }),
      testCatalog,
    );
    expect(codes(r)).toContain('power.feedUnset');
    expect(r.racks[0]?.usableKwByFeed.A).toBeCloseTo(5.888, 6);
  });
});

describe('When the rack has a design limit', () => {
  it('flags load above the rack maximum', () => {
    const r = validate(
      pod({ racks: [rack('R1', 0, 0, RACK_LIMITED)], sideItems: pduPair('R1'), devices: gpus(3) }),
      testCatalog,
    );
    expect(r.diagnostics.find((d) => d.code === 'power.rackLimit')?.message).toContain(
      '30.6 kW at max draw exceeds the rack',
    );
  });
});

describe('When the PDUs lack outlets of the right type', () => {
  it("warns: one server's 6 C20 PSUs split over 2 feeds need 3 C19 per feed; a 32 A PDU has 2", () => {
    const r = validate(
      pod({
        racks: [rack('R1')],
        sideItems: pduPair('R1', PDU_32A),
        devices: gpus(1),
        limits: { deratingFraction: 1 },
      }),
      testCatalog,
    );
    const w = r.diagnostics.filter((d) => d.code === 'power.outletShortage');
    expect(w).toHaveLength(2);
    expect(w[0]?.message).toContain('needs 3 C19');
  });
});

describe('When the pod draws more than its utility feed', () => {
  it('adds cooling equipment to the IT load and reports both typical and max', () => {
    const racks = [rack('R1'), rack('R2', 1)];
    const layout = pod({
      racks,
      sideItems: [...pduPair('R1'), ...pduPair('R2')],
      devices: [...gpus(3, 'R1'), ...gpus(3, 'R2')],
      limits: { utilityFeedKw: 60 },
    });
    const r = validate(layout, testCatalog);
    expect(r.pod.itKwMax).toBeCloseTo(61.2, 6);
    const d = r.diagnostics.find((x) => x.code === 'power.utilityOverload');
    expect(d?.message).toBe(
      'Pod: 61.2 kW at max draw (61.2 kW IT + 0.0 kW cooling equipment; 45.0 kW typical) exceeds the 60.0 kW utility feed by 1.2 kW.',
    );
  });

  it('reports battery ride-through: 1,000 kWh at 30.6 kW is 1,961 min', () => {
    const layout = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: gpus(3),
      floorUnits: [floorUnit('b', BATTERY, 1, 0)],
    });
    const r = validate(layout, testCatalog);
    expect(r.diagnostics.find((d) => d.code === 'power.batteryRideThrough')?.message).toContain('1961 min');
    expect(r.pod.batteryKwh).toBe(1000);
  });
});

describe('When a server draws more than its PSUs deliver with the redundant ones lost', () => {
  it('warns once per model: 6 × 3,200 W in 3+3 give 9.6 kW for an 11.5 kW server', async () => {
    const { builtinCatalog } = await import('../../src/core');
    const l = pod({
      racks: [rack('R1')],
      devices: [device('x1', 'dell-xe9680' as never, 'R1', 1), device('x2', 'dell-xe9680' as never, 'R1', 7)],
    });
    const d = validate(l, builtinCatalog).diagnostics.filter((x) => x.code === 'power.psuRedundancy');
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toBe(
      'Dell PowerEdge XE9680: 11.5 kW max draw exceeds the 9.6 kW that 3 of its 6 × 3,200 W PSUs deliver in 3+3; at full load it loses PSU redundancy or throttles.',
    );
  });

  it('stays quiet for the DGX H100: 4 of 6 × 3,300 W = 13.2 kW ≥ 10.2 kW (figures.md §1.2)', async () => {
    const { builtinCatalog } = await import('../../src/core');
    const l = pod({
      racks: [rack('R1', 0, 0, 'rack-42u-600x1200' as never)],
      devices: [device('d', 'nvidia-dgx-h100' as never, 'R1', 1)],
    });
    expect(codes(validate(l, builtinCatalog))).not.toContain('power.psuRedundancy');
  });
});
