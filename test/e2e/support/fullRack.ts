/** The test pod with rack A1 full: five DGX H100 (8 U each) at U1, U10, U19, U28 and U37, no 8 U gap left. */
import type { Layout } from '../../../src/core';
import { deviceId, placeDevice, rackId, sku } from '../../../src/core';
import { DGX_H100, testPod } from './pods';

export const FULL_RACK_US = [1, 10, 19, 28, 37] as const;

export function podWithFullRack(): Layout {
  let layout = testPod();
  for (const [i, u] of FULL_RACK_US.entries())
    layout = placeDevice(layout, {
      id: deviceId(`full-${i}`),
      sku: sku(DGX_H100),
      rack: rackId('r1'),
      u,
      face: 'front',
    });
  return layout;
}
