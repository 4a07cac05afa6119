import { describe, expect, it } from 'vitest';
import { airflowCfm, coolantLitresPerMinute, sku, validate, wattsToBtuPerHour } from '../../src/core';
import {
  DOOR_35KW,
  FLOOR_CDU,
  GPU_SERVER,
  INRACK_CDU,
  INROW_40KW,
  LIQUID_SERVER,
  testCatalog,
} from '../fixtures/catalog';
import { codes, device, floorUnit, pduPair, pod, rack } from '../fixtures/builders';

const liquidServers = (n: number, inRack: string, firstU = 1) =>
  Array.from({ length: n }, (_, i) => device(`${inRack}-l${i + 1}`, LIQUID_SERVER, inRack, firstU + i * 4));
const gpus = (n: number, inRack = 'R1') =>
  Array.from({ length: n }, (_, i) => device(`${inRack}-g${i + 1}`, GPU_SERVER, inRack, 1 + i * 8));

describe('Heat and coolant arithmetic', () => {
  it('converts W to BTU/h at 3.41214 (figures.md §4: 1 BTU = 1055.056 J)', () => {
    expect(wattsToBtuPerHour(10_200)).toBeCloseTo(34_803.84, 1);
  });

  it('needs ~172.8 L/min of water to remove 120 kW at a 10 K rise (DOMAIN.md: "about 172 L/min")', () => {
    // 120 kW / (4.18 kJ/kg·K × 10 K) = 2.871 kg/s; / 0.997 kg/L = 2.8795 L/s = 172.77 L/min.
    expect(coolantLitresPerMinute(120_000, 10, 'water')).toBeCloseTo(172.767, 2);
  });

  it('needs more 25% propylene glycol: 179.8 L/min (cp 3.92, ρ 1,021.5 kg/m³, figures.md §4 [AIREDALE-PG])', () => {
    expect(coolantLitresPerMinute(120_000, 10, 'pg25')).toBeCloseTo(179.808, 2);
  });

  it('computes airflow as 3.16 × W / ΔT°F: 10.2 kW at 11 °C (19.8 °F) is 1,628 CFM', () => {
    expect(airflowCfm(10_200, 11)).toBeCloseTo(1627.88, 1);
  });
});

describe('When liquid-cooled servers are served by a floor CDU', () => {
  it('splits each 14 kW server 80/20 into liquid and air heat and fits 112 kW of liquid on a 200 kW CDU', () => {
    const l = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: liquidServers(10, 'R1'),
      floorUnits: [floorUnit('c1', FLOOR_CDU, 1, 0, ['R1'])],
    });
    const r = validate(l, testCatalog);
    expect(r.racks[0]?.liquidHeatKw).toBeCloseTo(112, 6);
    expect(r.racks[0]?.airHeatKw).toBeCloseTo(28, 6);
    expect(r.racks[0]?.liquidCapacityKw).toBeCloseTo(200, 6);
    // 112 kW / (4.18 × 10) / 0.997 × 60 = 161.25 L/min
    expect(r.racks[0]?.coolantLitresPerMinute).toBeCloseTo(161.249, 2);
    expect(r.pod.heatBtuPerHour).toBeCloseTo(140_000 * 3.41214, -1);
    expect(codes(r).filter((c) => c.startsWith('cooling.'))).toEqual([]);
  });

  it('flags a CDU group over capacity and over its rated flow, and shares capacity by heat', () => {
    const l = pod({
      racks: [rack('R1'), rack('R2', 1)],
      sideItems: [...pduPair('R1'), ...pduPair('R2')],
      devices: [...liquidServers(10, 'R1'), ...liquidServers(10, 'R2')],
      floorUnits: [floorUnit('c1', FLOOR_CDU, 1, 0)], // no list: serves its own row (row 1), so none of these racks
    });
    expect(codes(validate(l, testCatalog))).toContain('cooling.noLiquidCooling');
    const served = { ...l, floorUnits: [floorUnit('c1', FLOOR_CDU, 0, 5)] }; // same row: serves R1 and R2
    const r = validate(served, testCatalog);
    expect(r.diagnostics.find((d) => d.code === 'cooling.liquidOverCapacity')?.message).toBe(
      "CDU 'c1' serve racks R1, R2 with 224.0 kW of liquid heat at max draw; their capacity is 200.0 kW (24.0 kW over).",
    );
    // 224 kW needs 322.5 L/min of water at 10 K; the CDU is rated 300 L/min.
    expect(r.diagnostics.find((d) => d.code === 'cooling.flowOverCapacity')?.message).toContain(
      'needs 322.5 L/min',
    );
    expect(r.racks[0]?.liquidCapacityKw).toBeCloseTo(100, 6);
  });
});

describe('When a rack has its own in-rack CDU', () => {
  it('counts the pump draw as rack load and liquid heat: 8 × 11.2 kW + 1 kW = 90.6 kW on a 100 kW CDU', () => {
    const l = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: [...liquidServers(8, 'R1', 5), device('cdu', INRACK_CDU, 'R1', 1)],
      limits: { deratingFraction: 1 },
    });
    const r = validate(l, testCatalog);
    expect(r.racks[0]?.liquidHeatKw).toBeCloseTo(90.6, 6);
    expect(r.racks[0]?.kwMax).toBeCloseTo(113, 6);
    expect(codes(r).filter((c) => c.startsWith('cooling.'))).toEqual([]);
  });

  it('flags liquid heat beyond the in-rack CDU when no floor CDU serves the rack', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [...liquidServers(9, 'R1', 5), device('cdu', INRACK_CDU, 'R1', 1)],
    });
    // 9 × 11.2 + 1 = 101.8 kW of liquid heat against 100 kW
    expect(
      validate(l, testCatalog).diagnostics.find((d) => d.code === 'cooling.liquidOverCapacity')?.message,
    ).toContain('(1.8 kW over)');
  });
});

describe('When air heat exceeds what doors, in-row coolers and the room can take', () => {
  const doorRack = rack('R1', 0, 0, sku('t-rack-42u'), { rearDoor: DOOR_35KW });

  it('sends what the 35 kW door cannot take to the room: 40.8 − 35 = 5.8 kW against a 5 kW room', () => {
    const l = pod({
      racks: [doorRack],
      sideItems: pduPair('R1'),
      devices: gpus(4),
      limits: { roomAirKw: 5, deratingFraction: 1 },
    });
    const r = validate(l, testCatalog);
    expect(r.pod.roomAirHeatKw).toBeCloseTo(5.8, 6);
    expect(r.pod.airHeatToWaterKw).toBeCloseTo(35, 6);
    expect(r.diagnostics.find((d) => d.code === 'cooling.roomAirOverCapacity')?.message).toContain(
      'Pod: 5.8 kW of air heat reaches the room after rear doors and in-row coolers; room air cooling is 5.0 kW (0.8 kW over). Largest: R1 5.8 kW.',
    );
  });

  it('lets an in-row cooler in the same row take the rest, and counts its 2 kW draw as cooling load', () => {
    const l = pod({
      racks: [doorRack],
      sideItems: pduPair('R1'),
      devices: gpus(4),
      floorUnits: [floorUnit('ir', INROW_40KW, 0, 1)],
      limits: { roomAirKw: 5, deratingFraction: 1 },
    });
    const r = validate(l, testCatalog);
    expect(r.pod.roomAirHeatKw).toBe(0);
    expect(r.pod.coolingKw).toBeCloseTo(2, 6);
    expect(r.racks[0]?.airCapacityKw).toBeCloseTo(75, 6);
    expect(codes(r).filter((c) => c.startsWith('cooling.'))).toEqual([]);
  });

  it('checks facility water against liquid heat plus air heat removed by doors: 112 + 28 = 140 kW > 100 kW', () => {
    const l = pod({
      racks: [rack('R1', 0, 0, sku('t-rack-42u'), { rearDoor: DOOR_35KW })],
      sideItems: pduPair('R1'),
      devices: liquidServers(10, 'R1'),
      floorUnits: [floorUnit('c1', FLOOR_CDU, 0, 3)],
      limits: { facilityWaterKw: 100 },
    });
    expect(
      validate(l, testCatalog).diagnostics.find((d) => d.code === 'cooling.facilityWaterOverCapacity')
        ?.message,
    ).toContain(
      'Pod: 140.0 kW goes to facility water (112.0 kW liquid + 28.0 kW from rear doors and in-row coolers); the facility loop takes 100.0 kW (40.0 kW over).',
    );
  });
});
