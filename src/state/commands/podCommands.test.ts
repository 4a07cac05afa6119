import { describe, expect, it } from 'vitest';
import { selectReport } from '../selectors';
import { podWithRacks, storeWith } from '../testing/podBuilder';
import { dispatch } from './registry';

describe('When the pod limits are edited', () => {
  it('changes the utility feed in one undo step, and undo and redo restore it', () => {
    const store = storeWith(podWithRacks(1));
    const before = store.getState().layout;
    expect(dispatch(store, 'setPodLimits', { patch: { utilityFeedKw: 123 } })).toBe(true);
    expect(selectReport(store.getState()).pod.utilityFeedKw).toBe(123);
    expect(store.getState().history.past).toHaveLength(1);
    dispatch(store, 'undo');
    expect(store.getState().layout).toBe(before);
    dispatch(store, 'redo');
    expect(store.getState().layout.limits.utilityFeedKw).toBe(123);
  });

  it('refuses a negative capacity or a derating above 100 %, says why, and records no step', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'setPodLimits', { patch: { roomAirKw: -1 } });
    expect(store.getState().session.status).toBe('Not changed: roomAirKw must be 0 or more.');
    dispatch(store, 'setPodLimits', { patch: { deratingFraction: 1.2 } });
    expect(store.getState().history.past).toHaveLength(0);
    expect(dispatch(store, 'setPodLimits', { patch: { facilityWaterKw: 0 } })).toBe(true);
  });

  it('resizes the floor grid, and a rack left off the grid is reported', () => {
    const store = storeWith(podWithRacks(3));
    dispatch(store, 'setFloorGrid', { patch: { positionsPerRow: 2 } });
    expect(selectReport(store.getState()).diagnostics.some((d) => d.code === 'space.offGrid')).toBe(true);
    dispatch(store, 'undo');
    expect(selectReport(store.getState()).diagnostics.some((d) => d.code === 'space.offGrid')).toBe(false);
    dispatch(store, 'setFloorGrid', { patch: { rows: 1.5 } });
    expect(store.getState().session.status).toContain('whole number');
  });

  it('sets the power factor, the cooling plant by COP then PUE, and clears the imbalance threshold, one step each', () => {
    const store = storeWith(podWithRacks(1));
    expect(dispatch(store, 'setPodLimits', { patch: { powerFactor: 0.9 } })).toBe(true);
    expect(selectReport(store.getState()).pod.powerChain.powerFactor).toBe(0.9);
    dispatch(store, 'setPodLimits', { patch: { coolingPlant: { mode: 'cop', cop: 5 } } });
    expect(selectReport(store.getState()).pod.powerChain.coolingPlantBasis).toBe('cop');
    dispatch(store, 'setPodLimits', { patch: { coolingPlant: { mode: 'pue', pue: 1.25 } } });
    expect(selectReport(store.getState()).pod.powerChain.coolingPlantBasis).toBe('pue');
    dispatch(store, 'setPodLimits', { patch: { phaseImbalanceMaxPct: undefined } });
    expect('phaseImbalanceMaxPct' in store.getState().layout.limits).toBe(false);
    expect(store.getState().history.past).toHaveLength(4);
    dispatch(store, 'undo');
    expect(store.getState().layout.limits.phaseImbalanceMaxPct).toBe(20);
  });

  it('refuses a power factor above 1, a PUE below 1 or an unknown UPS redundancy, says why, records no step', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'setPodLimits', { patch: { powerFactor: 1.2 } });
    expect(store.getState().session.status).toBe('Not changed: the power factor must be from 0.001 to 1.');
    dispatch(store, 'setPodLimits', { patch: { coolingPlant: { mode: 'pue', pue: 0.8 } } });
    expect(store.getState().session.status).toBe('Not changed: the target PUE must be from 1 to 10.');
    dispatch(store, 'setPodLimits', { patch: { upsRedundancy: '3N' as never } });
    expect(store.getState().session.status).toBe('Not changed: UPS redundancy must be N, N+1 or 2N.');
    dispatch(store, 'setPodLimits', { patch: { powerFactor: undefined } });
    expect(store.getState().history.past).toHaveLength(0);
  });
});
