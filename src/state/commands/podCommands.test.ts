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
});
