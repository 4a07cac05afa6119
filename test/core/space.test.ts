import { describe, expect, it } from 'vitest';
import { sku, validate } from '../../src/core';
import {
  RACK_42U,
  FLOOR_CDU,
  GPU_SERVER,
  HALF_DEPTH_1U,
  INRACK_CDU,
  PDU_60A,
  DOOR_35KW,
  testCatalog,
  BATTERY,
} from '../fixtures/catalog';
import { codes, device, floorUnit, pdu, pod, rack } from '../fixtures/builders';

const spaceCodes = (l: Parameters<typeof validate>[0]) =>
  codes(validate(l, testCatalog)).filter((c) => c.startsWith('space.'));

describe('When devices share U space in a rack', () => {
  it('accepts two half-depth devices on opposite faces of the same U', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('f', HALF_DEPTH_1U, 'R1', 10, 'front'), device('r', HALF_DEPTH_1U, 'R1', 10, 'rear')],
    });
    expect(spaceCodes(l)).toEqual([]);
    expect(validate(l, testCatalog).racks[0]?.usedU).toBe(1);
  });

  it('rejects a half-depth device behind a full-depth one (full depth blocks both faces)', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('g', GPU_SERVER, 'R1', 10, 'front'), device('h', HALF_DEPTH_1U, 'R1', 17, 'rear')],
    });
    const r = validate(l, testCatalog);
    const d = r.diagnostics.find((x) => x.code === 'space.overlap');
    expect(d?.message).toBe(
      "Rack R1: 'h' (Test half-depth 1U) at U17 rear overlaps 'g' (Test GPU server) at U10–U17 front at U17 (a full-depth device blocks both faces).",
    );
  });

  it('rejects two devices overlapping on the same face', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('a', GPU_SERVER, 'R1', 1), device('b', GPU_SERVER, 'R1', 5)],
    });
    expect(spaceCodes(l)).toEqual(['space.overlap']);
  });

  it('counts used U across faces: an 8U server and a 1U device behind nothing else use 9 U', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('a', GPU_SERVER, 'R1', 1), device('b', HALF_DEPTH_1U, 'R1', 20, 'rear')],
    });
    expect(validate(l, testCatalog).racks[0]?.usedU).toBe(9);
  });
});

describe('When a device does not fit the rack height', () => {
  it('rejects an 8U server at U36 of a 42U rack (needs up to U43)', () => {
    const l = pod({ racks: [rack('R1')], devices: [device('a', GPU_SERVER, 'R1', 36)] });
    const r = validate(l, testCatalog);
    expect(r.diagnostics.find((d) => d.code === 'space.outOfRack')?.message).toContain(
      'needs 8 U up to U43, but the rack has 42 U',
    );
  });

  it('accepts it at U35 (U35–U42)', () => {
    expect(spaceCodes(pod({ racks: [rack('R1')], devices: [device('a', GPU_SERVER, 'R1', 35)] }))).toEqual(
      [],
    );
  });
});

describe('When an item is placed where its kind does not go', () => {
  it('rejects a floor CDU in rack U space and a 0U PDU there', () => {
    const l = pod({
      racks: [rack('R1')],
      devices: [device('c', FLOOR_CDU, 'R1', 1), device('p', PDU_60A, 'R1', 10)],
    });
    expect(spaceCodes(l)).toEqual(['space.wrongPlacement', 'space.wrongPlacement']);
  });

  it('accepts an in-rack CDU in U space but not in a side channel', () => {
    const ok = pod({ racks: [rack('R1')], devices: [device('c', INRACK_CDU, 'R1', 1)] });
    expect(spaceCodes(ok)).toEqual([]);
    const bad = pod({ racks: [rack('R1')], sideItems: [pdu('c', 'R1', 'A', INRACK_CDU)] });
    expect(spaceCodes(bad)).toEqual(['space.wrongPlacement']);
  });

  it('rejects a server used as a rack, a rack used as a floor unit, and a PDU as a rear door', () => {
    const l = pod({
      racks: [rack('R1', 0, 0, GPU_SERVER), rack('R2', 1, 0, sku('t-rack-42u'), { rearDoor: PDU_60A })],
      floorUnits: [floorUnit('u', sku('t-rack-42u'), 1, 0)],
    });
    expect(spaceCodes(l)).toEqual(['space.wrongPlacement', 'space.wrongPlacement', 'space.wrongPlacement']);
  });

  it('accepts a rear-door heat exchanger as a door', () => {
    expect(
      spaceCodes(pod({ racks: [rack('R1', 0, 0, sku('t-rack-42u'), { rearDoor: DOOR_35KW })] })),
    ).toEqual([]);
  });
});

describe('When a side channel holds more than two 0U items', () => {
  it('reports the channel as full', () => {
    const l = pod({
      racks: [rack('R1')],
      sideItems: [
        pdu('a', 'R1', 'A', PDU_60A, 'left'),
        pdu('b', 'R1', 'B', PDU_60A, 'left'),
        pdu('c', 'R1', 'A', PDU_60A, 'left'),
      ],
    });
    expect(spaceCodes(l)).toEqual(['space.sideChannelFull']);
  });
});

describe('When items stand on the floor grid', () => {
  it('rejects two racks on one position and a rack off the grid', () => {
    const l = pod({ racks: [rack('R1', 0), rack('R2', 0), rack('R3', 10)] });
    expect(spaceCodes(l).sort()).toEqual(['space.floorOverlap', 'space.offGrid']);
    expect(validate(l, testCatalog).diagnostics.find((d) => d.code === 'space.offGrid')?.message).toContain(
      'row 1, position 11 is off the floor grid (2 rows × 10 positions of 600 mm)',
    );
  });

  it("tells two racks of the same name apart by id: \"Rack A1 ('r2') overlaps Rack A1 ('r1')\"", () => {
    const l = pod({
      racks: [rack('r1', 0, 0, RACK_42U, { name: 'A1' }), rack('r2', 0, 0, RACK_42U, { name: 'A1' })],
    });
    const d = validate(l, testCatalog).diagnostics.find((x) => x.code === 'space.floorOverlap');
    expect(d?.message).toBe("Rack A1 ('r2') overlaps Rack A1 ('r1') at row 1, position 1.");
  });

  it('spans wide floor units over several positions: a 1,200 mm battery takes two 600 mm positions', () => {
    const l = pod({ racks: [rack('R1', 1, 1)], floorUnits: [floorUnit('b', BATTERY, 1, 0)] });
    expect(spaceCodes(l)).toEqual(['space.floorOverlap']);
    expect(
      spaceCodes(pod({ racks: [rack('R1', 2, 1)], floorUnits: [floorUnit('b', BATTERY, 1, 0)] })),
    ).toEqual([]);
  });
});
