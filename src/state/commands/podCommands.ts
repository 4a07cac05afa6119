/** Pod-wide settings: limits (utility feed, cooling capacities, floor rating, design ΔT, derating) and the floor grid. */
import type { CoolingPlant, FloorGrid, PodLimits } from '../../core';
import type { Patch } from '../../core';
import { setFloor, setLimits } from '../../core';
import type { CommandDef } from './commandTypes';
import { outOfRange } from '../powerSettingRanges';

export interface PodCommandArgs {
  /** An optional setting given as undefined is cleared. */
  setPodLimits: { readonly patch: Patch<PodLimits> };
  setFloorGrid: { readonly patch: Partial<FloorGrid> };
}

/** The optional power-chain settings: absent (undefined) clears one; present ones must be in range. */
function powerSettingProblem(key: string, value: unknown): string | null {
  if (value === undefined) return key === 'powerFactor' ? 'the power factor cannot be cleared' : null;
  if (key === 'upsRedundancy')
    return value === 'N' || value === 'N+1' || value === '2N' ? null : 'UPS redundancy must be N, N+1 or 2N';
  if (key === 'upsCarriesCduPumps') return typeof value === 'boolean' ? null : 'choose yes or no';
  if (key === 'coolingPlant') {
    const p = value as CoolingPlant;
    if (p.mode === 'cop') return outOfRange('cop', p.cop);
    if (p.mode === 'pue') return outOfRange('pue', p.pue);
    return 'the cooling plant is a COP or a target PUE';
  }
  return key === 'powerFactor' || key === 'phaseImbalanceMaxPct' || key === 'upsMinRuntimeMin'
    ? outOfRange(key, value)
    : null;
}

const POWER_KEYS = new Set([
  'powerFactor',
  'phaseImbalanceMaxPct',
  'upsMinRuntimeMin',
  'upsRedundancy',
  'upsCarriesCduPumps',
  'coolingPlant',
]);

/** Every value must be finite; capacities may be 0, the rest must be positive; derating in (0, 1]. */
function limitsProblem(patch: Patch<PodLimits>): string | null {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'coolant') continue;
    if (POWER_KEYS.has(key)) {
      const problem = powerSettingProblem(key, value);
      if (problem) return problem;
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${key} must be a number`;
    const mayBeZero = key === 'facilityWaterKw' || key === 'roomAirKw';
    if (mayBeZero ? value < 0 : value <= 0) return `${key} must be ${mayBeZero ? '0 or more' : 'above 0'}`;
    if (key === 'deratingFraction' && value > 1) return 'derating must be at most 100 %';
  }
  return null;
}

function floorProblem(patch: Partial<FloorGrid>): string | null {
  for (const [key, value] of Object.entries(patch)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return `${key} must be above 0`;
    if ((key === 'rows' || key === 'positionsPerRow') && (!Number.isInteger(value) || value > 1000))
      return `${key} must be a whole number from 1 to 1,000`;
  }
  return null;
}

export const podCommands: { readonly [K in keyof PodCommandArgs]: CommandDef<PodCommandArgs[K]> } = {
  setPodLimits: {
    label: 'Change pod limits',
    undoable: true,
    run: (state, { patch }) => {
      const problem = limitsProblem(patch);
      if (problem) return { session: { status: `Not changed: ${problem}.` } };
      const layout = setLimits(state.layout, patch);
      return layout === state.layout ? null : { layout, label: `Change ${Object.keys(patch).join(', ')}` };
    },
  },
  setFloorGrid: {
    label: 'Change floor grid',
    undoable: true,
    run: (state, { patch }) => {
      const problem = floorProblem(patch);
      if (problem) return { session: { status: `Not changed: ${problem}.` } };
      const layout = setFloor(state.layout, patch);
      return layout === state.layout
        ? null
        : { layout, label: `Change floor ${Object.keys(patch).join(', ')}` };
    },
  },
};
