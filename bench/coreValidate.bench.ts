/**
 * Planning-core speed: full validation of 1,000- and 20,000-device pods, re-validation after one placement in a
 * 20,000-device pod (2N racks, and all racks N+1 for the power checks of issue 10), and beside each the floors of
 * `floors.ts`: a loop over the catalog lookups and a typed-array loop over the same devices (for a re-validation, over
 * the devices of the one rack the edit touched). Targets (issue 2): ≤ 2 ms, ≤ 50 ms and ≤ 1 ms medians on the 2-core
 * CI machine.
 */
import { pathToFileURL } from 'node:url';
import type { Layout } from '../src/core';
import { builtinCatalog, deviceId, placeDevice, sku, validate } from '../src/core';
import { bigPod } from '../test/fixtures/bigPod';
import { type Floors, floorsOver, fmtFloor, rackFloors } from './floors';
import { fmtMs, time } from './stats';

export interface CoreBenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly targetMs: number;
  readonly floors: Floors;
}

export function runCoreBench(): CoreBenchRow[] {
  const rows: CoreBenchRow[] = [];
  for (const [n, target] of [
    [1_000, 2],
    [20_000, 50],
  ] as const) {
    const layout = bigPod(n);
    const full = time(() => validate(layout, builtinCatalog, { cache: false }), n > 5000 ? 21 : 101);
    rows.push({
      name: `full validation, ${n.toLocaleString('en-US')} devices`,
      medianMs: full.medianMs,
      targetMs: target,
      floors: floorsOver(layout.devices),
    });
  }
  const base = bigPod(20_000);
  validate(base, builtinCatalog);
  // Each candidate adds one 1U server at U47 of a different rack; the edit itself is made outside the timing.
  const server = builtinCatalog.items.get(sku('cpu-server-1u'));
  if (!server) throw new Error('cpu-server-1u missing from the built-in catalog');
  const candidates = Array.from({ length: 221 }, (_, i) =>
    placeDevice(base, {
      id: deviceId(`bench-${i}`),
      sku: server.sku,
      rack: base.racks[(i * 37) % base.racks.length]!.id,
      u: 47,
      face: 'front',
    }),
  );
  let next = 0; // every call validates a candidate never seen before (no report-cache hit)
  const one = time(() => validate(candidates[next++]!, builtinCatalog).errors, 201, 20);
  rows.push({
    name: 're-validation after one placement, 20,000 devices',
    medianMs: one.medianMs,
    targetMs: 1,
    floors: rackFloors(candidates[0]!, candidates[0]!.racks[0]!.id),
  });
  rows.push(onePlacementNPlusOne(server.sku));
  return rows;
}

/**
 * The power checks inside the incremental budget (issue 10): the same pod with every rack planned N+1 over its four
 * three-phase PDUs, so one placement re-runs the N+1 pool check and the per-phase loads with each of the four
 * circuits lost in turn.
 */
function onePlacementNPlusOne(serverSku: string): CoreBenchRow {
  const generated = bigPod(20_000);
  const base: Layout = {
    ...generated,
    racks: generated.racks.map((r) => ({ ...r, powerScheme: 'N+1' as const })),
  };
  validate(base, builtinCatalog);
  const candidates = Array.from({ length: 221 }, (_, i) =>
    placeDevice(base, {
      id: deviceId(`bench-n1-${i}`),
      sku: sku(serverSku),
      rack: base.racks[(i * 37) % base.racks.length]!.id,
      u: 47,
      face: 'front',
    }),
  );
  let next = 0;
  const one = time(() => validate(candidates[next++]!, builtinCatalog).errors, 201, 20);
  return {
    name: 're-validation after one placement, 20,000 devices, N+1 racks (phases per lost circuit)',
    medianMs: one.medianMs,
    targetMs: 1,
    floors: rackFloors(candidates[0]!, candidates[0]!.racks[0]!.id),
  };
}

export function printCoreBench(rows: readonly CoreBenchRow[]): void {
  console.log(
    "\nPlanning core (medians; floors = a loop summing max W through catalog lookups, and the same sum over a typed array: over the same devices for a full validation, over the edited rack's devices for a re-validation)",
  );
  console.log(
    '| case | median | target | floor: catalog lookups | floor: typed array | ratio to catalog floor |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const status = r.medianMs <= r.targetMs ? 'ok' : 'OVER';
    console.log(
      `| ${r.name} | ${fmtMs(r.medianMs)} | ≤ ${r.targetMs} ms (${status}) | ${fmtFloor(r.floors.catalogMs)} | ${fmtFloor(r.floors.typedMs)} | ${(r.medianMs / r.floors.catalogMs).toFixed(0)}× |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printCoreBench(runCoreBench());
