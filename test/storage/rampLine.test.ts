/** The ramp-limit line on the storage chart, hand-worked from a 5 MW/min limit. */
import { describe, expect, it } from 'vitest';
import { rampLimitLineW, resolveProfile } from '../../src/core';

const MW = 1e6;
const EVENTS = { jobStartS: 10, checkpointS: 150, jobStopS: 300 };

describe('The ramp-limit line', () => {
  // 20 MW pod, job step 80% = 16 MW, so idle is 4 MW; 5 MW/min = 83,333.3 W/s. From the start at 10 s: 60 s later
  // 4 + 5 = 9 MW; it reaches the 20 MW peak 16 / 5 = 3.2 min = 192 s after the start (202 s), no line beyond. From
  // the stop at 300 s: 60 s later 20 − 5 = 15 MW; it reaches idle 192 s after the stop (492 s), no line beyond.
  const p = resolveProfile({ grid: { rampMwPerMin: 5 } }, 20 * MW);
  it('climbs from idle at the job start and falls from the peak at the stop, at the limit', () => {
    expect(rampLimitLineW(p, EVENTS, 5)).toBeNull();
    expect(rampLimitLineW(p, EVENTS, 10)).toBeCloseTo(4 * MW, 3);
    expect(rampLimitLineW(p, EVENTS, 70)).toBeCloseTo(9 * MW, 3);
    expect(rampLimitLineW(p, EVENTS, 201.9)).toBeCloseTo(19.991_667 * MW, 0);
    expect(rampLimitLineW(p, EVENTS, 202.1)).toBeNull();
    expect(rampLimitLineW(p, EVENTS, 360)).toBeCloseTo(15 * MW, 3);
    expect(rampLimitLineW(p, EVENTS, 491.9)).toBeCloseTo(4.008_333 * MW, 0);
    expect(rampLimitLineW(p, EVENTS, 492.1)).toBeNull();
  });

  it('is not drawn without a ramp limit', () => {
    expect(rampLimitLineW(resolveProfile({}, 20 * MW), EVENTS, 70)).toBeNull();
  });
});
