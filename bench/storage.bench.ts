/**
 * Storage simulation (issue 11): 5 minutes of a 10 MW pod's load at 10 ms steps (30,000 steps) through 11 Megapack
 * 2 XL units under a 5 MW/min ramp limit and a 1 MW allowed swing. Target ≤ 50 ms. Also the chart columns built from
 * it (chartSpec.ts: 8 columns of 30,000 points with the ramp-limit line), the work the panel and the printed proposal
 * do before uPlot draws.
 *
 * Run alone with `npx tsx bench/storage.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { defaultEvents, resolveProfile, simulate } from '../src/core';
import { storageChartData } from '../src/ui/storage/chartSpec';
import { fmtMs, time } from './stats';

export interface StorageBench {
  readonly steps: number;
  readonly medianMs: number;
  readonly chartMedianMs: number;
}

export function runStorageBench(): StorageBench {
  const profile = resolveProfile({ grid: { rampMwPerMin: 5, allowedSwingKw: 1000 } }, 10e6);
  const battery = { powerW: 11 * 1.927e6, energyWh: 11 * 3.9e6, roundTripEfficiency: 0.9 };
  const run = () => simulate(profile, battery, { dtS: 0.01, durationS: 300 });
  const sim = run();
  const pod = { ...sim, batteryBasis: 'sized' as const, battery, profile, events: defaultEvents(300) };
  return {
    steps: sim.series.loadW.length,
    medianMs: time(run, 21, 3).medianMs,
    chartMedianMs: time(() => storageChartData(pod), 21, 3).medianMs,
  };
}

export function printStorageBench(b: StorageBench): void {
  console.log('\n## Storage simulation (10 MW pod, 5 min at 10 ms, target ≤ 50 ms)\n');
  console.log('| steps | median | chart columns (median) |');
  console.log('| --- | --- | --- |');
  console.log(`| ${b.steps.toLocaleString('en-US')} | ${fmtMs(b.medianMs)} | ${fmtMs(b.chartMedianMs)} |`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printStorageBench(runStorageBench());
