/**
 * `npm run bench`: every benchmark, printed as Markdown tables of medians. `npm run bench -- --write` also writes
 * BENCHMARKS.md. Speed targets live here, never in unit tests: the machines are shared and noisy.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { printCoreBench, runCoreBench } from './coreValidate.bench';
import { printWiredBench, runWiredBench } from './wiredValidate.bench';
import { printWholePodBench, runWholePodBench } from './wholePod.bench';
import { printScaleEditBench, runScaleEditBench } from './scaleEdits.bench';
import { printNetboxImportBench, runNetboxImportBench } from './netboxImport.bench';
import { printFabricBench, runFabricBench } from './fabric.bench';
import { printPlannerBench, runPlannerBench } from './planner.bench';
import { printFixPreviewBench, runFixPreviewBench } from './fixPreview.bench';
import { printTable as printAppBench, runAppBench } from './appBench';
import { printAutosaveBench, runAutosaveBench } from './autosave.bench';
import { printLoaderBench, runLoaderBench } from './loader.bench';
import { printStorageBench, runStorageBench } from './storage.bench';
import { printBigPodBrowserBench, runBigPodBrowserBench } from './bigPodBrowser';
import { printOpenBigPodBench, runOpenBigPodBench } from './openBigPod';

const lines: string[] = [];
const origLog = console.log;
console.log = (...args: unknown[]) => {
  lines.push(args.join(' '));
  origLog(...args);
};

console.log(`# podplan benchmarks\n`);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
);
console.log('All figures are medians of repeated runs after warm-up.');
printCoreBench(runCoreBench());
printWiredBench(runWiredBench());
printWholePodBench(runWholePodBench());
printScaleEditBench(runScaleEditBench());
printNetboxImportBench(await runNetboxImportBench());
printFabricBench(runFabricBench());
printPlannerBench(runPlannerBench());
printFixPreviewBench(runFixPreviewBench());
printAutosaveBench(runAutosaveBench());
printLoaderBench(runLoaderBench());
printStorageBench(runStorageBench());
printAppBench(await runAppBench());
printBigPodBrowserBench(await runBigPodBrowserBench());
printOpenBigPodBench(await runOpenBigPodBench());

console.log = origLog;
if (process.argv.includes('--write')) {
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), `${lines.join('\n')}\n`);
  console.log('\nwrote BENCHMARKS.md');
}
