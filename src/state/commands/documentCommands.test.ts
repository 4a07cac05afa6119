import { describe, expect, it } from 'vitest';
import { deviceId, planDrop, rackId } from '../../core';
import type { EditorStore } from '../editorStore';
import { selectReport } from '../selectors';
import { catalog, DGX_H100, PDU_230_32A, podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { dispatch } from './registry';

const rackKw = (store: EditorStore, id: string) =>
  selectReport(store.getState()).racks.find((r) => r.id === id)?.kwMax;

/** Runs undo then redo and checks the layout goes back to `before` and forward to `after`. */
function expectUndoRedo(store: EditorStore) {
  const after = store.getState().layout;
  const steps = store.getState().history.past.length;
  expect(dispatch(store, 'undo')).toBe(true);
  const before = store.getState().layout;
  expect(before).not.toBe(after);
  expect(store.getState().history.past).toHaveLength(steps - 1);
  expect(dispatch(store, 'redo')).toBe(true);
  expect(store.getState().layout).toBe(after);
  return before;
}

describe('When a GPU server is dropped into an empty rack', () => {
  it("raises the rack's max draw by the server's and makes one undo step", () => {
    const store = storeWith(withPdus(podWithRacks(1), 'rack-1', ['A', 'B']));
    expect(rackKw(store, 'rack-1')).toBe(0);
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 5, face: 'front' },
    });
    expect(store.getState().history.past).toHaveLength(1);
    expect(rackKw(store, 'rack-1')).toBeCloseTo(10.2, 9);
    const placed = store.getState().layout.devices[0];
    expect(placed).toMatchObject({ sku: DGX_H100, rack: 'rack-1', u: 5, face: 'front' });
    expect(store.getState().session.selection).toEqual([{ kind: 'device', id: placed?.id }]);
    const before = expectUndoRedo(store);
    expect(before.devices).toHaveLength(0);
  });

  it('commits exactly the candidate that was checked while hovering', () => {
    const store = storeWith(podWithRacks(1));
    const payload = { kind: 'sku', sku: DGX_H100 } as const;
    const target = { kind: 'slot', rack: 'rack-1', u: 3, face: 'rear' } as const;
    const verdict = planDrop(store.getState().layout, catalog, payload, target);
    dispatch(store, 'drop', { payload, target, verdict });
    expect(store.getState().layout).toBe(verdict?.candidate);
  });
});

describe('When a drop is physically impossible', () => {
  it('refuses an overlapping device, says why, and records no undo step', () => {
    let store = storeWith(podWithRacks(1));
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 1, face: 'front' },
    });
    const layout = store.getState().layout;
    store = storeWith(layout);
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 4, face: 'rear' },
    });
    expect(store.getState().layout).toBe(layout);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().session.status).toMatch(/Cannot place: .*overlaps/);
  });
});

describe("When a drop overloads a rack's PDUs", () => {
  it('is allowed, reported red with the reason, and undo clears the diagnostic', () => {
    const store = storeWith(withPdus(podWithRacks(1), 'rack-1', ['A', 'B'], PDU_230_32A));
    const verdict = planDrop(
      store.getState().layout,
      catalog,
      { kind: 'sku', sku: DGX_H100 },
      { kind: 'slot', rack: 'rack-1', u: 1, face: 'front' },
    );
    expect(verdict?.allowed).toBe(true);
    expect(verdict?.problems.some((p) => /A-side PDUs .* usable/.test(p))).toBe(true);
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 1, face: 'front' },
      verdict,
    });
    const codes = () => selectReport(store.getState()).diagnostics.map((d) => d.code);
    expect(codes()).toContain('power.feedOverload');
    dispatch(store, 'undo');
    expect(codes()).not.toContain('power.feedOverload');
    dispatch(store, 'redo');
    expect(codes()).toContain('power.feedOverload');
  });
});

describe('When devices and racks are moved', () => {
  it('moves a device to another rack in one step', () => {
    const store = storeWith(podWithRacks(2));
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 1, face: 'front' },
    });
    const id = store.getState().layout.devices[0]!.id;
    dispatch(store, 'drop', {
      payload: { kind: 'move', ids: [id] },
      target: { kind: 'slot', rack: 'rack-2', u: 10, face: 'front' },
    });
    expect(store.getState().layout.devices[0]).toMatchObject({ rack: 'rack-2', u: 10 });
    expect(store.getState().history.past).toHaveLength(2);
    const before = expectUndoRedo(store);
    expect(before.devices[0]).toMatchObject({ rack: 'rack-1', u: 1 });
  });

  it('moves a rack to a free floor position and refuses an occupied one', () => {
    const store = storeWith(podWithRacks(2));
    dispatch(store, 'drop', {
      payload: { kind: 'move', ids: ['rack-1'] },
      target: { kind: 'floor', position: { row: 1, slot: 4 } },
    });
    expect(store.getState().layout.racks[0]?.position).toEqual({ row: 1, slot: 4 });
    expectUndoRedo(store);
    const layout = store.getState().layout;
    dispatch(store, 'drop', {
      payload: { kind: 'move', ids: ['rack-1'] },
      target: { kind: 'floor', position: { row: 0, slot: 1 } },
    });
    expect(store.getState().layout).toBe(layout);
  });

  it('places a new rack from the palette on the floor, named by its position', () => {
    const store = storeWith(podWithRacks(0));
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: catalog.items.get('rack-48u-600x1200' as never)!.sku },
      target: { kind: 'floor', position: { row: 1, slot: 2 } },
    });
    expect(store.getState().layout.racks[0]).toMatchObject({ name: 'B3', position: { row: 1, slot: 2 } });
    expectUndoRedo(store);
  });
});

describe('When the selection is deleted or duplicated', () => {
  it('deletes a rack with its contents, and undo restores them', () => {
    const store = storeWith(withPdus(podWithRacks(1), 'rack-1', ['A', 'B']));
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-1' }] });
    dispatch(store, 'deleteSelection');
    expect(store.getState().layout.racks).toHaveLength(0);
    expect(store.getState().layout.sideItems).toHaveLength(0);
    expect(store.getState().session.selection).toEqual([]);
    const before = expectUndoRedo(store);
    expect(before.sideItems).toHaveLength(2);
  });

  it('duplicates a device into the next free U of its rack', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: DGX_H100 },
      target: { kind: 'slot', rack: 'rack-1', u: 1, face: 'front' },
    });
    dispatch(store, 'duplicateSelection');
    const devices = store.getState().layout.devices;
    expect(devices.map((d) => d.u)).toEqual([1, 9]);
    expect(store.getState().session.selection).toEqual([{ kind: 'device', id: devices[1]?.id }]);
    expectUndoRedo(store);
  });
});

describe('When settings are edited in the inspector', () => {
  it('switches a PDU to feed B, renames a rack, hangs a rear door', () => {
    const store = storeWith(withPdus(podWithRacks(1), 'rack-1', ['A', 'A']));
    dispatch(store, 'updateSideItem', { id: deviceId('rack-1-pdu-2'), patch: { feed: 'B' } });
    expect(store.getState().layout.sideItems[1]?.feed).toBe('B');
    expectUndoRedo(store);
    dispatch(store, 'updateRack', { id: rackId('rack-1'), patch: { name: 'GPU-1' } });
    expect(store.getState().layout.racks[0]?.name).toBe('GPU-1');
    expectUndoRedo(store);
    dispatch(store, 'updateRack', {
      id: rackId('rack-1'),
      patch: { rearDoor: catalog.items.get('rdhx-passive-35kw' as never)!.sku },
    });
    expect(selectReport(store.getState()).racks[0]?.airCapacityKw).toBeCloseTo(35, 6);
    expectUndoRedo(store);
  });

  it('makes no undo step when nothing changes', () => {
    const store = storeWith(podWithRacks(1));
    expect(dispatch(store, 'updateRack', { id: rackId('rack-1'), patch: { name: 'A1' } })).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('When a layout is replaced (new pod, import)', () => {
  it('clears the selection and can be undone', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-1' }] });
    dispatch(store, 'replaceLayout', { layout: podWithRacks(3), label: 'New pod' });
    expect(store.getState().layout.racks).toHaveLength(3);
    expect(store.getState().session.selection).toEqual([]);
    const before = expectUndoRedo(store);
    expect(before.racks).toHaveLength(1);
  });

  it('asks the 3D view to jump to the whole pod (no flight from the old pod), while a preset still flies', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'replaceLayout', { layout: podWithRacks(3), label: 'New pod' });
    expect(store.getState().session.camera).toEqual({ preset: 'pod', nonce: 1, jump: true });
    dispatch(store, 'camera', { preset: 'overview' });
    expect(store.getState().session.camera).toEqual({ preset: 'overview', nonce: 2 });
  });
});
