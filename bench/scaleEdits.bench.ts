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
import { deviceId, placeDevice, removeItems, setFloor, sku, updateDevice, updateRack } from '../src/core';
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
      // Onto a free position of the pod's last floor row, left empty for these moves (`withFreeRow`; 41 edits, 50
      // positions): the floor stays clean, as in a valid pod.
      const r = l.racks[(i * 7) % l.racks.length]!;
      return updateRack(l, r.id, {
        position: { row: l.floor.rows - 1, slot: i % l.floor.positionsPerRow },
      });
    },
  ],
];

/**
 * Median ms of one copy of the device list, as every edit that keeps `layout.devices` a plain array must make, and the
 * minor page faults per copy. Above 16,384 entries (128 KiB) V8 puts the new array in its large-object space, mapped
 * fresh for each copy: at 200,000 devices 1.6 MB, about 400 page faults. On this VM (Firecracker, free pages handed
 * back to the host) a fault costs ~20 µs of CPU and more of wall time, so the copy costs ~9 ms; the same copy into an
 * array already mapped (`copyIntoMedian`) costs ~0.2 ms, which is what the copy costs where faults are cheap.
 */
function copyMedian(l: Layout, copies: number): { readonly ms: number; readonly faults: number } {
  const samples: number[] = [];
  const faultsBefore = process.resourceUsage().minorPageFault;
  for (let i = 0; i < copies; i++) {
    const t0 = performance.now();
    lastCopy = l.devices.slice();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), faults: (process.resourceUsage().minorPageFault - faultsBefore) / copies };
}
/** Median ms of copying the device list into an array of its length made once beforehand (no fresh memory). */
function copyIntoMedian(l: Layout, copies: number): number {
  const into = l.devices.slice();
  const samples: number[] = [];
  for (let i = 0; i < copies; i++) {
    const t0 = performance.now();
    for (let k = 0; k < l.devices.length; k++) into[k] = l.devices[k]!;
    samples.push(performance.now() - t0);
  }
  lastCopy = into;
  return median(samples);
}
/** Holds the last copy, so that the engine cannot drop the copying as unused. */
export let lastCopy: readonly unknown[] = [];

/** The pod with one more floor row, empty, for the rack moves to land on. */
const withFreeRow = (l: Layout): Layout => setFloor(l, { rows: l.floor.rows + 1 });

export function runScaleEditBench(): ScaleEditRow[] {
  const small = withFreeRow(bigPod(SMALL));
  const big = withFreeRow(bigPod(BIG));
  const smallCopy = copyMedian(small, EDITS);
  const bigCopy = copyMedian(big, EDITS);
  const floor = (name: string, smallMs: number, bigMs: number): ScaleEditRow => ({
    name,
    smallMs,
    bigMs,
    exponent: Math.log(bigMs / smallMs) / Math.log(BIG / SMALL),
    targetMs: 2,
    floor: true,
  });
  const floors = [
    floor(
      `floor: one copy of the device list (slice; ${smallCopy.faults.toFixed(0)} / ${bigCopy.faults.toFixed(0)} page faults each), no edit or validation`,
      smallCopy.ms,
      bigCopy.ms,
    ),
    floor(
      'floor: the same copy into an array already mapped (no page faults)',
      copyIntoMedian(small, EDITS),
      copyIntoMedian(big, EDITS),
    ),
  ];
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
  return [...edits, ...floors];
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
    '(growth exponent: log(t200k / t20k) / log 10; 0 means the edit does not grow with the pod. Place, remove and move a device each copy the device list once, so the copy floor is part of them; the difference between the two floors is the fresh memory the copy maps, page faults this machine makes costly.)',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printScaleEditBench(runScaleEditBench());
