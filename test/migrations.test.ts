import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  LAYOUT_SCHEMA_VERSION,
  parseLayoutJson,
  serializeLayout,
  validate,
} from '../src/core';

/**
 * Layout files written by older podplans load and validate as they did then. test/fixtures/v1 holds the example pods
 * as version 1 wrote them, and diagnostics.json what version 1's validation said of each (written once by
 * scripts/pinV1Diagnostics.ts before version 2 existed).
 */
const dir = new URL('./fixtures/v1/', import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('diagnostics.json', dir), 'utf8')) as Record<
  string,
  { gpus: number; itKwMax: number; diagnostics: string[] }
>;
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.json') && n !== 'diagnostics.json')
  .sort();

describe('schemaVersion 1 files', () => {
  it('are all pinned', () => {
    expect(files).toEqual(Object.keys(pinned).sort());
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s loads, upgrades to the current version and validates as version 1 did', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const r = parseLayoutJson(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.schemaVersion).toBe(LAYOUT_SCHEMA_VERSION);
    const report = validate(r.value, builtinCatalog);
    const want = pinned[name]!;
    expect(report.pod.gpus).toBe(want.gpus);
    expect(report.pod.itKwMax).toBeCloseTo(want.itKwMax, 9);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.code} ${JSON.stringify(d.targets)}`)).toEqual(
      want.diagnostics,
    );
    // Saving writes the current version, and that file reads back to the same layout.
    const saved = serializeLayout(r.value);
    expect(saved).toContain(`"schemaVersion": ${LAYOUT_SCHEMA_VERSION}`);
    const again = parseLayoutJson(saved);
    expect(again.ok && again.value).toEqual(r.value);
  });
});
