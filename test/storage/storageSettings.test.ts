import { describe, expect, it } from 'vitest';
import { emptyLayout } from '../../src/core/model/layout';
import type { Layout } from '../../src/core/model/layout';
import { sku } from '../../src/core/model/ids';
import { loadLayout, parseLayoutJson } from '../../src/core/schema/loadLayout';
import { serializeLayout } from '../../src/core/schema/serializeLayout';

const withStorage: Layout = {
  ...emptyLayout('Storage pod'),
  storage: {
    profile: { iterationPeriodS: 2, computeDuty: 0.7, swingKw: 3000, checkpointDurationS: 30 },
    grid: { rampMwPerMin: 5, allowedSwingKw: 500 },
    batterySku: sku('tesla-megapack-2xl-4h'),
    socWindowFraction: 0.8,
  },
};

describe('A layout’s storage settings', () => {
  it('round-trip through the file, keys in schema order', () => {
    const text = serializeLayout(withStorage);
    expect(parseLayoutJson(text)).toEqual({ ok: true, value: withStorage });
    const parsed = JSON.parse(text) as { storage: Record<string, unknown> };
    expect(Object.keys(parsed.storage)).toEqual(['profile', 'grid', 'batterySku', 'socWindowFraction']);
  });

  it('are absent from a layout that never set them (old files unchanged)', () => {
    const text = serializeLayout(emptyLayout());
    expect(text).not.toContain('storage');
  });

  it('refuse a bad figure with its JSON path and change nothing', () => {
    const file = JSON.parse(serializeLayout(withStorage)) as Record<string, unknown>;
    const bad = { ...file, storage: { grid: { rampMwPerMin: -5 } } };
    const result = loadLayout(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.path).toBe('$.storage.grid.rampMwPerMin');
    const duty = loadLayout({ ...file, storage: { profile: { computeDuty: 1 } } });
    expect(duty.ok).toBe(false);
    if (!duty.ok) expect(duty.error[0]?.path).toBe('$.storage.profile.computeDuty');
  });

  it('refuse a misspelt key by name', () => {
    const file = JSON.parse(serializeLayout(withStorage)) as Record<string, unknown>;
    const result = loadLayout({ ...file, storage: { grid: { rampMWPerMin: 5 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.error)).toContain('rampMWPerMin');
  });
});
