/**
 * Fabric planning speed (issue 4): sizing and cabling of a rail-optimised DGX H100 compute fabric of 1,024 and
 * 16,384 GPUs (QM9700, 8 rails, 32-node SUs, 1:1; 16,384 GPUs need three tiers). Target (issue 14): sizing +
 * cabling ≤ 150 ms (median) for 16,384 GPUs. The study layout (racks, devices and wired links) is built once outside
 * the timing, as the app places switches before it cables them; its own time is reported beside. So is the app's
 * own "Plan network" (`placeNetwork`: size, place the switches in new network racks, wire) on the same pod's bare
 * nodes, then its cabling (`test/fixtures/networkPlanPin.ts`, whose plans a test pins byte for byte).
 *
 * Cabling is the plan (medium and sold length per link, cables and optics as BOM lines, optic power per device, the
 * diagnostics). Its per-link run records are made on first read (the cable schedule, the BOM's cabling section), so
 * they are timed beside it, as "runs read", and not in the target.
 *
 * Run alone with `npx tsx bench/fabric.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Layout } from '../src/core';
import { builtinCatalog, sku, updateDevice } from '../src/core';
import type { FabricSizing } from '../src/core/plan';
import { fabricLinks, fabricStudyLayout, planCabling, sizeFabric } from '../src/core/plan';
import { IncrementalCabling } from '../src/core/plan/cablingIncremental';
import { nodesOnlyPod, planComputeNetwork } from '../test/fixtures/networkPlanPin';
import { fmtMs, time } from './stats';

export interface FabricBenchRow {
  readonly gpus: number;
  readonly switches: number;
  readonly links: number;
  /** Medians, ms. */
  readonly sizingMs: number;
  readonly topologyMs: number;
  readonly layoutMs: number;
  readonly cablingMs: number;
  /** Median of the cabling plan with its per-link runs read, ms. */
  readonly cablingWithRunsMs: number;
  /** Median of sizing and cabling run back to back, ms. */
  readonly sizingPlusCablingMs: number;
  readonly minSizingPlusCablingMs: number;
  /** Median of `placeNetwork` (size, place, wire) on the bare nodes, then `planCabling` of its result, ms. */
  readonly planNetworkMs: number;
  readonly planNetworkCablingMs: number;
  /** Median of the app's cabling (`IncrementalCabling`) after moving one node of the study pod, ms. */
  readonly cablingEditMs: number;
  readonly runs: number;
  readonly targetMs: number | null;
}

const STUDY = {
  rackSku: sku('rack-42u-600x1200'),
  nodeSku: sku('nvidia-dgx-h100'),
  leafSku: sku('nvidia-qm9700'),
};

function sized(gpus: number): FabricSizing {
  const r = sizeFabric({ nodes: gpus / 8, portsPerNode: 8, radix: 64 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function study(s: FabricSizing): Layout {
  const l = fabricStudyLayout(s, builtinCatalog, STUDY);
  if (!l.ok) throw new Error(l.error);
  return l.value;
}

export function runFabricBench(runs = 21): FabricBenchRow[] {
  const rows: FabricBenchRow[] = [];
  for (const [gpus, targetMs] of [
    [1_024, null],
    [16_384, 150],
  ] as const) {
    const s = sized(gpus);
    const layout = study(s);
    const bare = nodesOnlyPod(gpus);
    const placed = planComputeNetwork(bare);
    const sizing = time(() => sized(gpus).counts.leaf, runs, 3);
    const topology = time(() => fabricLinks(s).length, runs, 3);
    const placing = time(() => study(s).links.length, runs, 3);
    // The plan: medium and length per link, cables and optics as BOM lines, optic power per device, diagnostics.
    const cabling = time(() => planCabling(layout, builtinCatalog).totals.cables, runs, 3);
    // The plan, then every per-link run record (made on first read: the schedule, the BOM's cabling section).
    const withRuns = time(() => planCabling(layout, builtinCatalog).runs.length, runs, 3);
    const both = time(
      () => sized(gpus).counts.leaf + planCabling(layout, builtinCatalog).totals.cables,
      runs,
      3,
    );
    const cablingEdit = cablingAfterEdits(layout, runs);
    const planNetwork = time(() => planComputeNetwork(bare).links.length, runs, 3);
    const planNetworkCabling = time(() => planCabling(placed, builtinCatalog).runs.length, runs, 3);
    rows.push({
      gpus,
      switches: s.counts.leaf + s.counts.spine + s.counts.core,
      links: layout.links.length,
      sizingMs: sizing.medianMs,
      topologyMs: topology.medianMs,
      layoutMs: placing.medianMs,
      cablingMs: cabling.medianMs,
      cablingWithRunsMs: withRuns.medianMs,
      sizingPlusCablingMs: both.medianMs,
      minSizingPlusCablingMs: both.minMs,
      planNetworkMs: planNetwork.medianMs,
      planNetworkCablingMs: planNetworkCabling.medianMs,
      cablingEditMs: cablingEdit,
      runs,
      targetMs,
    });
  }
  return rows;
}

/**
 * The app's cabling after one edit: a node moved 32 U up its rack (a new record, its 8 links cabled again), one edit
 * after another, each timed alone; median, ms.
 */
function cablingAfterEdits(layout: Layout, runs: number): number {
  const inc = new IncrementalCabling();
  let l = layout;
  inc.update(l, builtinCatalog);
  const nodes = l.devices.filter((d) => d.sku === STUDY.nodeSku);
  return time(
    (i) => {
      const d = nodes[(i * 37) % nodes.length];
      if (d) l = updateDevice(l, d.id, { u: d.u + 32 });
      return inc.update(l, builtinCatalog).totals.cables;
    },
    runs,
    3,
  ).medianMs;
}

export function printFabricBench(rows: readonly FabricBenchRow[]): void {
  console.log('\nFabric planning (medians; DGX H100 + QM9700, rail-optimised, 1:1)');
  console.log(
    '| GPUs | switches | links | sizing | links list | layout + wiring | cabling (runs read) | sizing + cabling (min) | target | Plan network, its cabling | cabling after one edit |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const target =
      r.targetMs === null
        ? '—'
        : `≤ ${r.targetMs} ms (${r.sizingPlusCablingMs <= r.targetMs ? 'ok' : 'OVER'})`;
    console.log(
      `| ${r.gpus.toLocaleString('en-US')} | ${r.switches.toLocaleString('en-US')} | ${r.links.toLocaleString('en-US')} | ${fmtMs(r.sizingMs)} | ${fmtMs(r.topologyMs)} | ${fmtMs(r.layoutMs)} | ${fmtMs(r.cablingMs)} (${fmtMs(r.cablingWithRunsMs)}) | ${fmtMs(r.sizingPlusCablingMs)} (${fmtMs(r.minSizingPlusCablingMs)}) | ${target} | ${fmtMs(r.planNetworkMs)}, ${fmtMs(r.planNetworkCablingMs)} | ${fmtMs(r.cablingEditMs)} |`,
    );
  }
  console.log(
    `(${rows[0]?.runs ?? 0} timed runs per figure after 3 warm-up runs. Plan network: the app's placeNetwork on the same pod's bare nodes, compute fabric into new network racks. Cabling after one edit: the app's incremental cabling after a node moves, timed with the edit itself.)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFabricBench(runFabricBench());
