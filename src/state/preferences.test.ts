import { describe, expect, it } from 'vitest';
import { formatPower } from '../core';
import { dispatch } from './commands/registry';
import {
  currentUnits,
  followPodPowerFactor,
  parsePreferences,
  pinPowerFactor,
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
  it("shows an issued revision's kVA at its own power factor while pinned, then the working pod's again", () => {
    const store = storeWith(podWithRacks(1));
    const unfollow = followPodPowerFactor(store);
    dispatch(store, 'setPodLimits', { patch: { powerFactor: 0.9 } });
    setUnits({ power: 'kVA' });
    // A revision frozen at PF 0.95: 100 kW shows as 100 / 0.95 = 105.26 → "105.3 kVA" (not 100 / 0.9 = 111.1).
    const release = pinPowerFactor(0.95);
    expect(formatPower(100, currentUnits())).toBe('105.3 kVA');
    // The working pod changing meanwhile does not move the pinned page's figures...
    dispatch(store, 'setPodLimits', { patch: { powerFactor: 0.8 } });
    expect(currentUnits().powerFactor).toBe(0.95);
    // ...and the release goes back to the working pod's, as it is now: 100 / 0.8 = 125.0 kVA.
    release();
    expect(formatPower(100, currentUnits())).toBe('125.0 kVA');
    unfollow();
    preferences.setState({ units: { power: 'kW', heat: 'kW', system: 'metric' } });
  });
});
