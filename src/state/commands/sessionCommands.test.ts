import { describe, expect, it } from 'vitest';
import { podWithRacks, storeWith } from '../testing/podBuilder';
import { commands, dispatch } from './registry';

describe('Session commands', () => {
  it('never make an undo step', () => {
    for (const [id, def] of Object.entries(commands)) {
      if (['undo', 'redo', 'select', 'cancel', 'arm', 'setColourMode', 'camera', 'reveal'].includes(id))
        expect(def.undoable, id).toBe(false);
    }
  });

  it('select replaces; shift-click toggles; undo leaves the selection alone', () => {
    const store = storeWith(podWithRacks(3));
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-1' }] });
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-2' }], mode: 'toggle' });
    expect(store.getState().session.selection.map((r) => r.id)).toEqual(['rack-1', 'rack-2']);
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-1' }], mode: 'toggle' });
    expect(store.getState().session.selection.map((r) => r.id)).toEqual(['rack-2']);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().session.elevationRack).toBe('rack-2');
  });

  it('reveal selects the target and asks the camera to fly there', () => {
    const store = storeWith(podWithRacks(2));
    const nonce = store.getState().session.camera.nonce;
    dispatch(store, 'reveal', { ref: { kind: 'rack', id: 'rack-2' } });
    const { session } = store.getState();
    expect(session.selection).toEqual([{ kind: 'rack', id: 'rack-2' }]);
    expect(session.camera).toEqual({
      preset: 'selected',
      focus: { kind: 'rack', id: 'rack-2' },
      nonce: nonce + 1,
    });
  });

  it('Escape puts down an armed item before it clears the selection', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'select', { refs: [{ kind: 'rack', id: 'rack-1' }] });
    dispatch(store, 'armSelectionForMove');
    expect(store.getState().session.armed).toEqual({ kind: 'move', ids: ['rack-1'] });
    dispatch(store, 'cancel');
    expect(store.getState().session.armed).toBeNull();
    expect(store.getState().session.selection).toHaveLength(1);
    dispatch(store, 'cancel');
    expect(store.getState().session.selection).toHaveLength(0);
  });

  it('undo drops selection refs whose records are gone', () => {
    const store = storeWith(podWithRacks(0));
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: 'rack-42u-600x1200' as never },
      target: { kind: 'floor', position: { row: 0, slot: 0 } },
    });
    expect(store.getState().session.selection).toHaveLength(1);
    dispatch(store, 'undo');
    expect(store.getState().session.selection).toHaveLength(0);
  });
});
