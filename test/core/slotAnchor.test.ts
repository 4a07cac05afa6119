import { describe, expect, it } from 'vitest';
import {
  anchorSlot,
  builtinCatalog,
  deviceId,
  emptyLayout,
  placeDevice,
  addRack,
  rackId,
  sku,
  spanText,
} from '../../src/core';
import type { Layout, Payload } from '../../src/core';

const catalog = builtinCatalog;
const DGX_H100 = sku('nvidia-dgx-h100');

/** `count` empty 42U racks in row A. */
function podWithRacks(count: number): Layout {
  let layout = emptyLayout('Test pod');
  for (let i = 0; i < count; i++)
    layout = addRack(layout, {
      id: rackId(`rack-${i + 1}`),
      sku: sku('rack-42u-600x1200'),
      name: `A${i + 1}`,
      position: { row: 0, slot: i },
    });
  return layout;
}

const QM9700 = sku('nvidia-qm9700'); // 1U switch
const dgx: Payload = { kind: 'sku', sku: DGX_H100 }; // 8U server

/** Two empty 42U racks; in rack-2 a DGX H100 at U2 (U2–U9) and one at U11 (U11–U18), a 1U switch rear U40. */
function pod(): Layout {
  let l = podWithRacks(2);
  const r2 = rackId('rack-2');
  l = placeDevice(l, { id: deviceId('s1'), sku: DGX_H100, rack: r2, u: 2, face: 'front' });
  l = placeDevice(l, { id: deviceId('s2'), sku: DGX_H100, rack: r2, u: 11, face: 'front' });
  l = placeDevice(l, { id: deviceId('sw'), sku: QM9700, rack: r2, u: 40, face: 'rear' });
  return l;
}

describe('The one anchoring rule: the pointed U is the lowest U', () => {
  it('puts an 8U server pointed at U20 of an empty rack on U20–U27', () => {
    expect(anchorSlot(pod(), catalog, dgx, 'rack-1', 20, 'front')).toEqual({
      kind: 'slot',
      rack: 'rack-1',
      u: 20,
      face: 'front',
      pointedU: 20,
    });
    expect(spanText(20, 8)).toBe('U20–U27');
  });

  it('keeps the span inside the rack: pointed at U40 of a 42U rack an 8U server takes U35–U42', () => {
    // The highest lowest U for 8U in 42U is 42 − 8 + 1 = 35.
    expect(anchorSlot(pod(), catalog, dgx, 'rack-1', 40, 'front')).toMatchObject({ u: 35, pointedU: 40 });
  });

  it('snaps to the nearest lowest U where it fits when the pointed span is taken', () => {
    // Front of rack-2 is taken at U2–U9 and U11–U18; 8U first fits from U19 (U19–U26): 14 U above U5, while
    // every lower start (U1…U4) overlaps U2–U9.
    expect(anchorSlot(pod(), catalog, dgx, 'rack-2', 5, 'front')).toMatchObject({ u: 19, pointedU: 5 });
    // The rear U40 holds the switch; 1U fits at U39 and U41 (both 1 U away): the lower one wins.
    const sw: Payload = { kind: 'sku', sku: QM9700 };
    expect(anchorSlot(pod(), catalog, sw, 'rack-2', 40, 'rear')).toMatchObject({ u: 39, face: 'rear' });
  });

  it('lets a moved device overlap its own old place, and moves groups without snapping', () => {
    // s1 (U2–U9) moved to U3 spans U3–U10, free once s1 itself is left out.
    const one: Payload = { kind: 'move', ids: ['s1'] };
    expect(anchorSlot(pod(), catalog, one, 'rack-2', 3, 'front')).toMatchObject({ u: 3 });
    const two: Payload = { kind: 'move', ids: ['s1', 's2'] };
    expect(anchorSlot(pod(), catalog, two, 'rack-2', 5, 'front')).toMatchObject({ u: 5 });
  });

  it('sends 0U items to the rack as a whole and knows no rack that is not there', () => {
    const pdu: Payload = { kind: 'sku', sku: sku('pdu-230v-1ph-32a-0u') };
    expect(anchorSlot(pod(), catalog, pdu, 'rack-1', 10, 'front')).toEqual({ kind: 'rack', rack: 'rack-1' });
    expect(anchorSlot(pod(), catalog, dgx, 'nope', 10, 'front')).toBeNull();
  });
});
