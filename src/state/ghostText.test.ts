import { describe, expect, it } from 'vitest';
import { deviceId, placeDevice, planDrop, rackId, sku } from '../core';
import { ghostLine, ghostTextOf } from './ghostText';
import { catalog, DGX_H100, podWithRacks, RACK_42U, withPdus } from './testing/podBuilder';

const CDU = sku('vertiv-coolchip-cdu-2300');

describe('What a drop ghost says', () => {
  it('states the exact span and that it fits', () => {
    const layout = withPdus(podWithRacks(1), 'rack-1', ['A', 'B']);
    const v = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      {
        kind: 'slot',
        rack: 'rack-1',
        u: 20,
        face: 'front',
        pointedU: 20,
      },
    )!;
    const g = ghostTextOf(v, catalog);
    expect(g.tone).toBe('ok');
    expect(g.span).toBe('U20–U27');
    expect(g.where).toBe('U20–U27 front, rack A1');
    expect(g.verdict).toBe('NVIDIA DGX H100: fits, no new errors');
  });

  it('says where it snapped from', () => {
    const layout = podWithRacks(1);
    const v = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      {
        kind: 'slot',
        rack: 'rack-1',
        u: 35,
        face: 'front',
        pointedU: 40,
      },
    )!;
    expect(ghostTextOf(v, catalog).where).toBe('U35–U42 front, rack A1 (snapped from U40)');
  });

  it('tells a refused drop from one allowed with errors', () => {
    let layout = podWithRacks(1);
    layout = placeDevice(layout, {
      id: deviceId('s1'),
      sku: DGX_H100,
      rack: rackId('rack-1'),
      u: 20,
      face: 'front',
    });
    const refused = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      {
        kind: 'slot',
        rack: 'rack-1',
        u: 22,
        face: 'front',
      },
    )!;
    expect(ghostTextOf(refused, catalog).tone).toBe('refused');
    expect(ghostTextOf(refused, catalog).verdict).toMatch(/^refused: /);
    // No PDUs in the rack: the server has no power, an error, but the drop is physically possible.
    const warned = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      {
        kind: 'slot',
        rack: 'rack-1',
        u: 2,
        face: 'front',
      },
    )!;
    expect(ghostTextOf(warned, catalog).tone).toBe('warn');
    expect(ghostTextOf(warned, catalog).verdict).toMatch(/^allowed, with errors: /);
  });

  it("names the item not placed yet by what it is, not by the preview's made-up id", () => {
    let layout = podWithRacks(1);
    layout = placeDevice(layout, {
      id: deviceId('s1'),
      sku: DGX_H100,
      rack: rackId('rack-1'),
      u: 20,
      face: 'front',
    });
    const v = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      { kind: 'slot', rack: 'rack-1', u: 22, face: 'front' },
    )!;
    // The overlap message names both devices: the placed one by its id, the new one as "the new …".
    const overlap = v.problems.find((p) => p.includes('overlap'));
    expect(overlap).toContain("'s1' (NVIDIA DGX H100) at U20–U27 front");
    expect(overlap).toContain('the new NVIDIA DGX H100 at U22–U29 front');
    expect(v.problems.join(' ')).not.toContain(`'${v.subjectId}'`);
  });

  it('names a new rack dropped on a taken position by what it is, never "Rack A1 overlaps Rack A1"', () => {
    // A new rack takes its position's name: A1, the name of the rack already standing there.
    const rack = catalog.items.get(RACK_42U)!;
    const onA1 = planDrop(
      podWithRacks(2),
      catalog,
      { kind: 'sku', sku: RACK_42U },
      { kind: 'floor', position: { row: 0, slot: 0 } },
    )!;
    expect(onA1.allowed).toBe(false);
    expect(onA1.problems[0]).toBe(`the new ${rack.name} overlaps Rack A1 at row 1, position 1.`);
    // The rack there is called C1: the new one (A1 by position) is still "the new …", the other keeps its name.
    const base = podWithRacks(2);
    const layout = { ...base, racks: base.racks.map((r, i) => (i === 0 ? { ...r, name: 'C1' } : r)) };
    const onC1 = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: RACK_42U },
      { kind: 'floor', position: { row: 0, slot: 0 } },
    )!;
    expect(onC1.problems[0]).toBe(`the new ${rack.name} overlaps Rack C1 at row 1, position 1.`);
  });

  it('says which racks a floor CDU will serve: its row unless it has a list', () => {
    const layout = podWithRacks(2); // A1, A2 in row 0
    const inRow = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: CDU },
      {
        kind: 'floor',
        position: { row: 0, slot: 5 },
      },
    )!;
    expect(ghostTextOf(inRow, catalog).serves).toBe('serves A1, A2 (the racks of its row)');
    const nextRow = planDrop(
      layout,
      catalog,
      { kind: 'sku', sku: CDU },
      {
        kind: 'floor',
        position: { row: 1, slot: 0 },
      },
    )!;
    expect(ghostLine(ghostTextOf(nextRow, catalog))).toContain('serves no rack: its row has no racks');
  });
});
