/** One colour per network, shared by the 3D cable layer, the schedule and the planner (CSS strings). */
import type { NetworkRole } from '../../core';

export const FABRIC_COLOURS_CSS: Readonly<Record<NetworkRole | 'other', string>> = {
  compute: '#e8590c',
  storage: '#2f9e44',
  inband: '#7048e8',
  oob: '#0b7285',
  other: '#868e96',
};

export const FABRIC_SHORT: Readonly<Record<NetworkRole | 'other', string>> = {
  compute: 'compute',
  storage: 'storage',
  inband: 'in-band',
  oob: 'out-of-band',
  other: 'other',
};

/** Short medium names for the schedule's column (the full label is its tooltip). */
export const MEDIUM_SHORT: Readonly<Record<string, string>> = {
  dac: 'DAC',
  acc: 'ACC',
  aoc: 'AOC',
  mmf: 'MMF optics',
  'smf-dr': 'SMF DR optics',
  'smf-fr': 'SMF FR optics',
  'twisted-pair': 'Cat6',
};

export const fabricKey = (fabric: string | null): NetworkRole | 'other' =>
  fabric === 'compute' || fabric === 'storage' || fabric === 'inband' || fabric === 'oob' ? fabric : 'other';
