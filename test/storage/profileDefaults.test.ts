/**
 * The training-profile defaults carry their provenance: shared/POWER.md and shared/reference/figures.md source the
 * iteration period (Uptime Institute, 1-2 s) and the swing (±30 %), not the compute duty, the job step or the
 * checkpoint dip, which therefore stay estimates (and the panel says "estimate" beside them).
 */
import { describe, expect, it } from 'vitest';
import { PROFILE_DEFAULT_PROVENANCE, PROFILE_DEFAULTS } from '../../src/core';

describe('The storage profile defaults', () => {
  it('each have a grade and a source', () => {
    expect(Object.keys(PROFILE_DEFAULT_PROVENANCE).sort()).toEqual(Object.keys(PROFILE_DEFAULTS).sort());
    for (const p of Object.values(PROFILE_DEFAULT_PROVENANCE)) expect(p.source.length).toBeGreaterThan(10);
  });

  it('grade the sourced ones published and the rest estimate', () => {
    const grade = (k: keyof typeof PROFILE_DEFAULTS) => PROFILE_DEFAULT_PROVENANCE[k].grade;
    expect([grade('iterationPeriodS'), grade('swingPct')]).toEqual(['published', 'published']);
    expect([grade('computeDuty'), grade('jobStepPct'), grade('checkpointDipPct')]).toEqual([
      'estimate',
      'estimate',
      'estimate',
    ]);
    expect(PROFILE_DEFAULT_PROVENANCE.iterationPeriodS.source).toContain('Uptime Institute');
  });
});
