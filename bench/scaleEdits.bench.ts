/**
 * Unwired edits as the pod grows (issue 14): one edit plus re-validation on generated pods of 20,000 and 200,000
 * devices (`test/fixtures/bigPod.ts`, 40 devices a rack). The edit is timed with the validation, since the edit
 * itself (copying the device list, regrouping) is part of what a user waits for. Target: any single edit ≤ 2 ms at
 * 200,000 devices, i.e. O(one rack); the growth exponent log(t200k / t20k) / log(10) should be near 0.
 *
 * Run alone with `npx tsx bench/scaleEdits.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Layout } from '../src/core';
import { deviceId, placeDevice, removeItems, sku, updateDevice, updateRack } from '../src/core';
import { bigPod } from '../test/fixtures/bigPod';
import { fmtMs, median } from './stats';
import type { Edit } from './editLoop';
import { editMedian } from './editLoop';

export interface ScaleEditRow {
  readonly name: string;
  readonly smallMs: number;
  readonly bigMs: number;
  readonly exponent: number;
  readonly targetMs: number;
  /** A floor printed beside the edits, not an edit: no target applies. */
  readonly floor?: boolean;
}

const SMALL = 20_000;
const BIG = 200_000;
const EDITS = 41;

const EDIT_KINDS: readonly (readonly [string, Edit])[] = [
  [
    'place a 1U server',
    (l, i) =>
      placeDevice(l, {
        id: deviceId(`bench-${i}`),
        sku: sku('cpu-server-1u'),
        rack: l.racks[(i * 37) % l.racks.length]!.id,
        u: 47,
        face: 'front',
      }),
  ],
  ['remove a device', (l, i) => removeItems(l, [l.devices[(i * 7919) % l.devices.length]!.id])],
  [
    'move a device to another rack',
    (l, i) => {
      const d = l.devices[(i * 7919) % l.devices.length]!;
      return updateDevice(l, d.id, { rack: l.racks[(i * 11) % l.racks.length]!.id, u: 47 });
    },
  ],
  [
    'move a rack',
    (l, i) => {
      // Into a free odd slot of the last floor row (the CDU row: CDUs stand on the even slots).
      const r = l.racks[(i * 7) % l.racks.length]!;
      return updateRack(l, r.id, { position: { row: l.floor.rows - 1, slot: 1 + 2 * (i % 24) } });
    },
  ],
];

/**
 * Median ms of one copy of the device list, as every edit that keeps `layout.devices` a plain array must make: at
 * 200,000 devices the new 1.6 MB array is a large object the engine maps fresh (about 400 page faults here).
 */
function copyMedian(l: Layout, copies: number): number {
  const samples: number[] = [];
  for (let i = 0; i < copies; i++) {
    const t0 = performance.now();
    lastCopy = l.devices.slice();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
/** Holds the last copy, so that the engine cannot drop the copying as unused. */
export let lastCopy: readonly unknown[] = [];

export function runScaleEditBench(): ScaleEditRow[] {
  const small = bigPod(SMALL);
  const big = bigPod(BIG);
  const smallCopyMs = copyMedian(small, EDITS);
  const bigCopyMs = copyMedian(big, EDITS);
  const copyFloor: ScaleEditRow = {
    name: 'floor: one copy of the device list (slice), no edit or validation',
    smallMs: smallCopyMs,
    bigMs: bigCopyMs,
    exponent: Math.log(bigCopyMs / smallCopyMs) / Math.log(BIG / SMALL),
    targetMs: 2,
    floor: true,
  };
  const edits = EDIT_KINDS.map(([name, edit]): ScaleEditRow => {
    const smallMs = editMedian(small, edit, EDITS, 'edit+validate');
    const bigMs = editMedian(big, edit, EDITS, 'edit+validate');
    return {
      name: `${name} + validate`,
      smallMs,
      bigMs,
      exponent: Math.log(bigMs / smallMs) / Math.log(BIG / SMALL),
      targetMs: 2,
    };
  });
  return [...edits, copyFloor];
}

export function printScaleEditBench(rows: readonly ScaleEditRow[]): void {
  console.log('\nUnwired edits as the pod grows (edit + validate, medians of 41 edits in sequence)');
  console.log('| case | 20,000 devices | 200,000 devices | growth exponent | target at 200k |');
  console.log('|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${fmtMs(r.smallMs)} | ${fmtMs(r.bigMs)} | ${r.exponent.toFixed(2)} | ${r.floor ? '—' : `≤ ${fmtMs(r.targetMs)} (${r.bigMs <= r.targetMs ? 'ok' : 'OVER'})`} |`,
    );
  console.log(
    '(growth exponent: log(t200k / t20k) / log 10; 0 means the edit does not grow with the pod. Place, remove and move a device each copy the device list once, so the copy floor is part of them.)',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printScaleEditBench(runScaleEditBench());
