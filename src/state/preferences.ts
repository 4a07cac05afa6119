/**
 * The reader's preferences: display units, whether the help is open, whether the first-run hint was closed. Not part
 * of the pod (never in the layout, never undone, never fed to the rules); kept in their own storage key so every pod
 * opens in the same units. Formatting reads `currentUnits()`; panels re-render through `usePreferences`.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { DisplayUnits } from '../core';
import { SI_UNITS } from '../core';
import type { EditorStore } from './editorStore';
import type { StorageLike } from './persist/saveStore';

export interface Preferences {
  readonly units: DisplayUnits;
  /** The help overlay (panels and keyboard map). */
  readonly helpOpen: boolean;
  /** The first-run hint was closed once; it stays closed. */
  readonly hintDismissed: boolean;
}

export const PREFERENCES_KEY = 'podplan.preferences';

export const preferences = createStore<Preferences>(() => ({
  units: SI_UNITS,
  helpOpen: false,
  hintDismissed: false,
}));

const POWER = ['kW', 'kVA'] as const;
const HEAT = ['kW', 'BTU/h', 'tons'] as const;
const SYSTEM = ['metric', 'imperial'] as const;
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;

/** Reads saved preferences, keeping only known values (a bad or foreign entry falls back to SI, nothing thrown). */
export function parsePreferences(text: string | null): Pick<Preferences, 'units' | 'hintDismissed'> {
  let raw: Record<string, unknown> = {};
  try {
    const v: unknown = text ? JSON.parse(text) : {};
    if (v && typeof v === 'object') raw = v as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const u = (raw.units && typeof raw.units === 'object' ? raw.units : {}) as Record<string, unknown>;
  return {
    units: {
      power: oneOf(POWER, u.power, 'kW'),
      heat: oneOf(HEAT, u.heat, 'kW'),
      system: oneOf(SYSTEM, u.system, 'metric'),
    },
    hintDismissed: raw.hintDismissed === true,
  };
}

/** Loads saved preferences and saves every later change of units or hint under `PREFERENCES_KEY`. */
export function startPreferences(storage: StorageLike): () => void {
  const saved = parsePreferences(storage.getItem(PREFERENCES_KEY));
  preferences.setState((s) => ({ ...saved, units: { ...saved.units, ...podPf(s.units) } }));
  return preferences.subscribe((s, prev) => {
    if (s.units === prev.units && s.hintDismissed === prev.hintDismissed) return;
    try {
      const { power, heat, system } = s.units;
      storage.setItem(
        PREFERENCES_KEY,
        JSON.stringify({ units: { power, heat, system }, hintDismissed: s.hintDismissed }),
      );
    } catch {
      // A full or refused storage only loses the preference, never the pod.
    }
  });
}

export const setPreferences = (patch: Partial<Preferences>): void => preferences.setState(patch);
export const setUnits = (patch: Partial<DisplayUnits>): void =>
  preferences.setState((s) => ({ units: { ...s.units, ...patch } }));
const podPf = (u: DisplayUnits) => (u.powerFactor === undefined ? {} : { powerFactor: u.powerFactor });

/** The working pod's power factor, and the one pinned while an issued revision's page is shown (null: none). */
const shown: { working: number | undefined; pinned: { pf: number | undefined } | null } = {
  working: undefined,
  pinned: null,
};

function applyPowerFactor(pf: number | undefined): void {
  if (preferences.getState().units.powerFactor === pf) return;
  preferences.setState((s) => {
    const { powerFactor: _old, ...rest } = s.units;
    return { units: pf === undefined ? rest : { ...rest, powerFactor: pf } };
  });
}

/**
 * kVA is shown at the open pod's power factor (what its budgets use), so the units follow the pod's
 * `limits.powerFactor` from now on. Not saved with the preferences: it belongs to the pod.
 */
export function followPodPowerFactor(store: EditorStore): () => void {
  shown.working = store.getState().layout.limits.powerFactor;
  if (shown.pinned === null) applyPowerFactor(shown.working);
  return store.subscribe((s, prev) => {
    // A listener that throws stops zustand from telling the others (React's among them), so a pod whose limits
    // cannot be read is left to the panels' error boundaries, which say so.
    try {
      if (s.layout.limits === prev.layout.limits) return;
      shown.working = s.layout.limits.powerFactor;
      if (shown.pinned === null) applyPowerFactor(shown.working);
    } catch {
      /* reported by the panels */
    }
  });
}

/**
 * Shows kVA at an issued revision's own power factor (its frozen `limits.powerFactor`) while its printed page is
 * open, not at the working pod's, which may have changed since. Returns the release, which goes back to the working
 * pod's power factor.
 */
export function pinPowerFactor(pf: number | undefined): () => void {
  const pin = { pf };
  shown.pinned = pin;
  applyPowerFactor(pf);
  return () => {
    if (shown.pinned !== pin) return;
    shown.pinned = null;
    applyPowerFactor(shown.working);
  };
}

export const currentUnits = (): DisplayUnits => preferences.getState().units;

export function usePreferences<T>(select: (s: Preferences) => T): T {
  return useStore(preferences, select);
}
