/**
 * NetBox import speed: every file of ../shared/devicetypes read once, then `importNetboxDeviceTypes` over all of
 * them 15 times (after 2 warm-up runs). Target (issue 5): the whole folder in under 1 s.
 * Run alone with `npx tsx bench/netboxImport.bench.ts`; a bench runner can call `runNetboxImportBench()`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectYamlFiles } from '../src/cli/commands/catalogImport';
import { importNetboxDeviceTypes } from '../src/core/catalog/netbox';

export interface NetboxImportBenchResult {
  readonly name: string;
  readonly files: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  /** Files imported per second at the median. */
  readonly filesPerSecond: number;
  readonly imported: number;
  readonly partial: number;
  readonly rejected: number;
  /** The target for the whole folder, ms. */
  readonly targetMs: number;
}

const RUNS = 15;
const WARMUP = 2;
const TARGET_MS = 1000;

export const SHARED_DEVICETYPES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/devicetypes',
);

export async function runNetboxImportBench(folder = SHARED_DEVICETYPES): Promise<NetboxImportBenchResult> {
  const files = collectYamlFiles(folder).map((f) => ({ path: f.path, text: readFileSync(f.abs, 'utf8') }));
  for (let i = 0; i < WARMUP; i++) importNetboxDeviceTypes(files);
  const times: number[] = [];
  let report = importNetboxDeviceTypes(files);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    report = importNetboxDeviceTypes(files);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return {
    name: `NetBox import, ${files.length} device-type files`,
    files: files.length,
    runs: RUNS,
    medianMs,
    minMs: times[0] ?? 0,
    filesPerSecond: medianMs > 0 ? (files.length / medianMs) * 1000 : 0,
    imported: report.imported.length,
    partial: report.partial.length,
    rejected: report.rejected.length,
    targetMs: TARGET_MS,
  };
}

export function printNetboxImportBench(r: NetboxImportBenchResult): void {
  console.log(`\n## ${r.name}\n`);
  console.log('| runs | median | min | files/s | target | imported / partial / rejected |');
  console.log('|---:|---:|---:|---:|---:|---|');
  console.log(
    `| ${r.runs} | ${r.medianMs.toFixed(1)} ms | ${r.minMs.toFixed(1)} ms | ${Math.round(r.filesPerSecond).toLocaleString('en-US')} | < ${r.targetMs} ms ${r.medianMs < r.targetMs ? '✓' : '✗'} | ${r.imported} / ${r.partial} / ${r.rejected} |`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  printNetboxImportBench(await runNetboxImportBench());
}
