/**
 * Pod planner speed (issue 9): `planPod` for 1,024 and 16,384 DGX H100 GPUs (rear doors, all four networks sized,
 * placed and wired, zero errors), from the request to the validated layout with its price. Targets: 1,024 GPUs
 * ≤ 200 ms, 16,384 GPUs ≤ 2 s (medians).
 *
 * Run alone with `npx tsx bench/planner.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { builtinCatalog, planPod } from '../src/core';
import { fmtMs, time } from './stats';

export interface PlannerBenchRow {
  readonly gpus: number;
  readonly racks: number;
  readonly devices: number;
  readonly links: number;
  readonly errors: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  readonly targetMs: number;
}

export function runPlannerBench(): PlannerBenchRow[] {
  const rows: PlannerBenchRow[] = [];
  for (const [gpus, targetMs, runs] of [
    [1_024, 200, 7],
    [16_384, 2_000, 3],
  ] as const) {
    const plan = () => {
      const r = planPod({ target: { kind: 'gpus', gpus }, platform: 'nvidia-dgx-h100' }, builtinCatalog);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const p = plan();
    const t = time(() => plan().counts.gpus, runs, 1);
    rows.push({
      gpus,
      racks: p.layout.racks.length,
      devices: p.layout.devices.length + p.layout.sideItems.length,
      links: p.layout.links.length,
      errors: p.errors,
      medianMs: t.medianMs,
      minMs: t.minMs,
      runs,
      targetMs,
    });
  }
  return rows;
}

export function printPlannerBench(rows: readonly PlannerBenchRow[]): void {
  console.log('\nPod planner (medians; DGX H100, rear doors, four networks placed and wired)');
  console.log('| GPUs | racks | devices | links | errors | plan (min) | target |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.gpus.toLocaleString('en-US')} | ${r.racks} | ${r.devices.toLocaleString('en-US')} | ${r.links.toLocaleString('en-US')} | ${r.errors} | ${fmtMs(r.medianMs)} (${fmtMs(r.minMs)}) | ≤ ${fmtMs(r.targetMs)} (${r.medianMs <= r.targetMs ? 'ok' : 'OVER'}) |`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printPlannerBench(runPlannerBench());
