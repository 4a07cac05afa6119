/**
 * The storage settings edit (src/core/storage/storageOps.ts) checks each patched field against the bounds table the
 * layout schema is built from (model/storageBounds.ts), without zod: what it refuses, the file loader refuses too.
 */
import { describe, expect, it } from 'vitest';
import { emptyLayout } from '../../src/core/model/layout';
import { parseLayoutJson, patchStorage, serializeLayout } from '../../src/core';
import type { StoragePatch } from '../../src/core';

const base = { ...emptyLayout('Storage pod'), storage: { profile: { swingPct: 30 }, ageingMarginPct: 20 } };

const problemOf = (patch: StoragePatch): string | null => {
  const r = patchStorage(base, patch);
  return 'problem' in r ? r.problem : null;
};

/** Whether the file loader takes the same patch when it is written into a layout file. */
const loaderTakes = (patch: StoragePatch): boolean => {
  const storage = {
    ...base.storage,
    ...(patch.profile && { profile: { ...base.storage.profile, ...patch.profile } }),
    ...(patch.grid && { grid: patch.grid }),
  };
  const text = serializeLayout(emptyLayout('Storage pod')).replace(
    /\}\s*$/,
    `,"storage":${JSON.stringify(storage)}}`,
  );
  return parseLayoutJson(text).ok;
};

describe('patchStorage', () => {
  it('merges profile and grid fields into the stored ones, keeping the rest', () => {
    const r = patchStorage(base, { profile: { computeDuty: 0.6 }, grid: { rampMwPerMin: 2 } });
    expect('layout' in r && r.layout.storage).toEqual({
      profile: { swingPct: 30, computeDuty: 0.6 },
      grid: { rampMwPerMin: 2 },
      ageingMarginPct: 20,
    });
  });

  // Each edge from the table: swing 0..100 %, compute duty strictly between 0 and 1, ramp above 0 up to 10,000
  // MW/min, iteration 0.01..3,600 s, checkpoint 0..86,400 s.
  const cases: readonly [StoragePatch, string | null][] = [
    [{ profile: { swingPct: 100 } }, null],
    [{ profile: { swingPct: 100.5 } }, 'storage.profile.swingPct: expected at most 100'],
    [{ profile: { swingPct: -1 } }, 'storage.profile.swingPct: expected at least 0'],
    [{ profile: { computeDuty: 0.999 } }, null],
    [{ profile: { computeDuty: 1 } }, 'storage.profile.computeDuty: expected below 1'],
    [{ profile: { computeDuty: 0 } }, 'storage.profile.computeDuty: expected above 0'],
    [{ grid: { rampMwPerMin: 0 } }, 'storage.grid.rampMwPerMin: expected above 0'],
    [{ grid: { rampMwPerMin: 10_000 } }, null],
    [{ grid: { rampMwPerMin: 10_001 } }, 'storage.grid.rampMwPerMin: expected at most 10000'],
    [{ profile: { iterationPeriodS: 0.009 } }, 'storage.profile.iterationPeriodS: expected at least 0.01'],
    [{ profile: { checkpointDurationS: 86_400 } }, null],
    [
      { profile: { checkpointDurationS: Number.NaN } },
      'storage.profile.checkpointDurationS: expected a number',
    ],
  ];
  it.each(cases)('%j → %s, as the file loader decides', (patch, problem) => {
    expect(problemOf(patch)).toBe(problem);
    if (!Number.isNaN(patch.profile?.checkpointDurationS)) expect(loaderTakes(patch)).toBe(problem === null);
  });

  it('refuses a key that is not a setting and leaves the layout as it was', () => {
    const patch = { profile: { swingPercent: 30 } } as unknown as StoragePatch;
    expect(problemOf(patch)).toBe('storage.profile.swingPercent: not a storage setting');
    expect(loaderTakes(patch)).toBe(false);
    expect(base.storage).toEqual({ profile: { swingPct: 30 }, ageingMarginPct: 20 });
  });
});
