import { describe, expect, it } from 'vitest';
import { placeDevice, deviceId, rackId } from '../../core';
import { selectReport } from '../selectors';
import { DGX_H100, podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { dispatch } from './registry';

/** A DGX H100 draws 10.2 kW at max: 10.2 / 0.95 = 10.737 kVA at the new pod's PF, 10.2 / 0.9 = 11.333 kVA at 0.9. */
function store() {
  const layout = placeDevice(withPdus(podWithRacks(1), 'rack-1', ['A', 'B']), {
    id: deviceId('dgx-1'),
    sku: DGX_H100,
    rack: rackId('rack-1'),
    u: 1,
    face: 'front',
  });
  return storeWith(layout);
}
const dgx = (s: ReturnType<typeof store>) => selectReport(s.getState()).devices.find((d) => d.id === 'dgx-1');

describe("A device's own power factor", () => {
  it('is set in one undo step and moves its kVA and the rack’s: 10.737 → 11.333 kVA', () => {
    const s = store();
    expect(dgx(s)?.kvaMax).toBeCloseTo(10.73684, 4);
    expect(dispatch(s, 'updateDevice', { id: deviceId('dgx-1'), patch: { powerFactor: 0.9 } })).toBe(true);
    expect(dgx(s)?.powerFactor).toBe(0.9);
    expect(dgx(s)?.kvaMax).toBeCloseTo(11.33333, 4);
    expect(selectReport(s.getState()).racks[0]?.acKvaMax).toBeCloseTo(11.33333, 4);
    expect(s.getState().history.past).toHaveLength(1);
    dispatch(s, 'undo');
    expect(dgx(s)?.kvaMax).toBeCloseTo(10.73684, 4);
  });

  it('cleared, falls back to the pod’s', () => {
    const s = store();
    dispatch(s, 'updateDevice', { id: deviceId('dgx-1'), patch: { powerFactor: 0.9 } });
    dispatch(s, 'updateDevice', { id: deviceId('dgx-1'), patch: { powerFactor: undefined } });
    expect('powerFactor' in (s.getState().layout.devices[0] ?? {})).toBe(false);
    expect(dgx(s)?.powerFactor).toBe(0.95);
  });

  it('outside 0.001 to 1 is refused with the reason and records no step', () => {
    const s = store();
    const before = s.getState().layout;
    dispatch(s, 'updateDevice', { id: deviceId('dgx-1'), patch: { powerFactor: 1.2 } });
    expect(s.getState().session.status).toBe('Not changed: the power factor must be from 0.001 to 1.');
    dispatch(s, 'updateDevice', { id: deviceId('dgx-1'), patch: { powerFactor: 0 } });
    expect(s.getState().layout).toBe(before);
    expect(s.getState().history.past).toHaveLength(0);
  });
});
