import { describe, expect, it } from 'vitest';
import { dispatch } from './commands/registry';
import {
  currentUnits,
  followPodPowerFactor,
  parsePreferences,
  PREFERENCES_KEY,
  preferences,
  setUnits,
  startPreferences,
} from './preferences';
import { podWithRacks, storeWith } from './testing/podBuilder';

const memory = () => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};

describe('When display units are chosen', () => {
  it('keeps known values and falls back to SI for anything else', () => {
    expect(parsePreferences('{"units":{"power":"kVA","heat":"furlongs","system":"imperial"}}').units).toEqual(
      {
        power: 'kVA',
        heat: 'kW',
        system: 'imperial',
      },
    );
    expect(parsePreferences('not json').units).toEqual({ power: 'kW', heat: 'kW', system: 'metric' });
  });

  it('saves a change under its own key and reads it back on the next start', () => {
    const storage = memory();
    const stop = startPreferences(storage);
    setUnits({ heat: 'tons' });
    stop();
    expect(JSON.parse(storage.map.get(PREFERENCES_KEY) ?? '{}').units.heat).toBe('tons');
    preferences.setState({ units: { power: 'kW', heat: 'kW', system: 'metric' } });
    startPreferences(storage)();
    expect(preferences.getState().units.heat).toBe('tons');
  });

  it("shows kVA at the open pod's power factor and never saves it as a preference", () => {
    const storage = memory();
    const stop = startPreferences(storage);
    const store = storeWith(podWithRacks(1));
    const unfollow = followPodPowerFactor(store);
    expect(currentUnits().powerFactor).toBe(store.getState().layout.limits.powerFactor);
    dispatch(store, 'setPodLimits', { patch: { powerFactor: 0.9 } });
    expect(currentUnits().powerFactor).toBe(0.9);
    setUnits({ power: 'kVA' });
    expect(JSON.parse(storage.map.get(PREFERENCES_KEY) ?? '{}').units).toEqual({
      power: 'kVA',
      heat: 'kW',
      system: 'metric',
    });
    unfollow();
    stop();
    preferences.setState({ units: { power: 'kW', heat: 'kW', system: 'metric' } });
  });
});
