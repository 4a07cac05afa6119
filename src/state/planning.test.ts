/** The planning code is fetched on first use: nothing runs it before it is loaded, and loading gives the core's code. */
import { describe, expect, it } from 'vitest';
import { fixFor, placeNetwork } from '../core';
import { loadPlanning, planning, planningLoaded } from './planning';

describe('planning code loaded on first use', () => {
  it('is absent until loaded, and a command run before that names what is missing', () => {
    expect(planningLoaded()).toBeUndefined();
    expect(() => planning()).toThrow(/not loaded yet.*loadPlanning/);
  });

  it('loads once and is then the core functions themselves', async () => {
    const first = loadPlanning();
    expect(loadPlanning()).toBe(first);
    const code = await first;
    expect(code.fixFor).toBe(fixFor);
    expect(code.placeNetwork).toBe(placeNetwork);
    expect(planning()).toBe(code);
    expect(planningLoaded()).toBe(code);
  });
});
