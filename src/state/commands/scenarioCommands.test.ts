import { describe, expect, it } from 'vitest';
import { deviceId, placeDevice, rackId } from '../../core';
import { DGX_H100, podWithRacks, storeWith } from '../testing/podBuilder';
import { dispatch } from './registry';

const withServer = () =>
  placeDevice(podWithRacks(1), {
    id: deviceId('srv-1'),
    sku: DGX_H100,
    rack: rackId('rack-1'),
    u: 2,
    face: 'front',
  });

describe('When the working pod is saved as scenarios', () => {
  it('saves, opens another, and undo returns to the pod that was open', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'saveScenarioAs', { name: 'empty' });
    dispatch(store, 'replaceLayout', {
      layout: { ...withServer(), scenarios: store.getState().layout.scenarios ?? [] },
      label: 'edit',
    });
    dispatch(store, 'saveScenarioAs', { name: 'one server' });
    const scenarios = store.getState().layout.scenarios ?? [];
    expect(scenarios.map((s) => s.name)).toEqual(['empty', 'one server']);
    expect(store.getState().layout.activeScenario).toBe(scenarios[1]?.id);

    dispatch(store, 'openScenario', { id: scenarios[0]?.id ?? '' });
    expect(store.getState().layout.devices).toHaveLength(0);
    expect(store.getState().history.past.at(-1)?.label).toBe("Open scenario 'empty'");
    dispatch(store, 'undo');
    expect(store.getState().layout.devices).toHaveLength(1);
    dispatch(store, 'redo');
    expect(store.getState().layout.devices).toHaveLength(0);
  });

  it('duplicates, renames and deletes, one undo step each', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'saveScenarioAs', { name: 'air-cooled' });
    const id = store.getState().layout.scenarios?.[0]?.id ?? '';
    dispatch(store, 'duplicateScenario', { id, name: 'liquid-cooled' });
    const copy = store.getState().layout.scenarios?.[1];
    expect(copy?.name).toBe('liquid-cooled');
    expect(copy?.pod).toBe(store.getState().layout.scenarios?.[0]?.pod);
    dispatch(store, 'renameScenario', { id: copy?.id ?? '', name: 'liquid, 2 CDUs' });
    dispatch(store, 'removeScenario', { id });
    expect(store.getState().layout.scenarios?.map((s) => s.name)).toEqual(['liquid, 2 CDUs']);
    expect(store.getState().history.past).toHaveLength(4);
    dispatch(store, 'undo');
    expect(store.getState().layout.scenarios?.map((s) => s.name)).toEqual(['air-cooled', 'liquid, 2 CDUs']);
    dispatch(store, 'undo');
    expect(store.getState().layout.scenarios?.map((s) => s.name)).toEqual(['air-cooled', 'liquid-cooled']);
  });

  it('refuses an empty name with a message and no undo step', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'saveScenarioAs', { name: '   ' });
    expect(store.getState().session.status).toBe('A scenario needs a name.');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('overwrites a scenario with the working pod', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'saveScenarioAs', { name: 'base' });
    const id = store.getState().layout.scenarios?.[0]?.id ?? '';
    dispatch(store, 'replaceLayout', { layout: { ...store.getState().layout, ...withServer() }, label: 'x' });
    dispatch(store, 'saveScenario', { id });
    expect(store.getState().layout.scenarios?.[0]?.pod.devices).toHaveLength(1);
    dispatch(store, 'undo');
    expect(store.getState().layout.scenarios?.[0]?.pod.devices).toHaveLength(0);
  });
});
