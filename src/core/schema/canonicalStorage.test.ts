import { describe, expect, it } from 'vitest';
import { canonicalStorage, GRID_KEYS, PROFILE_KEYS } from './canonicalStorage';
import { gridSchema, profileSchema } from './storageSettingsSchema';

describe('canonicalStorage', () => {
  it("lists the schema's fields in the schema's order (a field added to one and not the other fails here)", () => {
    expect(PROFILE_KEYS).toEqual(Object.keys(profileSchema.shape));
    expect(GRID_KEYS).toEqual(Object.keys(gridSchema.shape));
  });

  it('rebuilds the record in schema order, drops undefined fields and writes -0 as 0', () => {
    const out = canonicalStorage({
      ageingMarginPct: 20,
      grid: { allowedSwingKw: -0, rampMwPerMin: 5 },
      profile: { swingPct: 30, iterationPeriodS: 2, computeDuty: undefined },
      batterySku: 'tesla-megapack-2xl',
    } as unknown as Parameters<typeof canonicalStorage>[0]);
    expect(JSON.stringify(out)).toBe(
      '{"profile":{"iterationPeriodS":2,"swingPct":30},"grid":{"rampMwPerMin":5,"allowedSwingKw":0},"batterySku":"tesla-megapack-2xl","ageingMarginPct":20}',
    );
    expect(Object.is(out.grid?.allowedSwingKw, 0)).toBe(true);
  });
});
