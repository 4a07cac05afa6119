/**
 * Writes test/fixtures/v1/diagnostics.json: the GPU count, IT kW at max draw and the diagnostics (severity, code, targets) each schemaVersion 1 file in
 * test/fixtures/v1 produced under the podplan that wrote version 1. test/migrations.test.ts holds every later podplan
 * to the same result for those files: "an old layout file loads and validates as before". Run once, when the pinned
 * files were captured; never regenerate it to make a failing test pass.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinCatalog, parseLayoutJson, validate } from '../src/core';

const dir = new URL('../test/fixtures/v1/', import.meta.url);
const pinned: Record<string, { gpus: number; itKwMax: number; diagnostics: string[] }> = {};
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.json') && n !== 'diagnostics.json')
  .sort()) {
  const r = parseLayoutJson(readFileSync(new URL(name, dir), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  const report = validate(r.value, builtinCatalog);
  pinned[name] = {
    gpus: report.pod.gpus,
    itKwMax: report.pod.itKwMax,
    diagnostics: report.diagnostics.map((d) => `${d.severity} ${d.code} ${JSON.stringify(d.targets)}`),
  };
}
writeFileSync(new URL('diagnostics.json', dir), JSON.stringify(pinned, null, 2) + '\n');
