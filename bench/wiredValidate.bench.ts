/**
 * Validation speed on a wired pod (issue 14): a rail-optimised DGX H100 pod of 16,384 GPUs with every compute link
 * explicit (`test/fixtures/wiredPod.ts`), cold (no caches) beside the same pod unwired, and re-validation after one
 * edit of each kind, made in sequence as a user makes them (each edit applies to the previous result, outside the
 * timing). Beside each edit: the same edit on the unwired pod, and the honest floor of an edit, a typed-array sum
 * over one rack's devices. Targets: one edit ≤ 2 ms; cold wired ≤ 2 × cold unwired.
 *
 * Run alone with `npx tsx bench/wiredValidate.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { DevicePlacement, Layout, LinkPlacement } from '../src/core';
import {
  addLink,
  builtinCatalog,
  deviceId,
  placeDevice,
  removeItems,
  sku,
  updateDevice,
  updateRack,
  validate,
} from '../src/core';
import { unwired, wiredPod } from '../test/fixtures/wiredPod';
import { fmtFloor, rackFloors } from './floors';
import { fmtMs, timeAmortized } from './stats';
import type { Edit } from './editLoop';
import { editMedian } from './editLoop';

export interface WiredBenchRow {
  readonly name: string;
  readonly wiredMs: number;
  readonly unwiredMs: number;
  readonly floorMs: number;
  readonly targetMs: number;
}

const GPUS = 16_384;
const EDITS = 60;

const node = (l: Layout, i: number): DevicePlacement =>
  l.devices.filter((d) => d.sku === 'nvidia-dgx-h100')[(i * 13) % 97] as DevicePlacement;

const EDIT_KINDS: readonly (readonly [string, Edit])[] = [
  [
    'place a 1U server',
    (l, i) =>
      placeDevice(l, {
        id: deviceId(`bench-${i}`),
        sku: sku('cpu-server-1u'),
        rack: l.racks[(i * 37) % l.racks.length]!.id,
        u: 41,
        face: 'front',
      }),
  ],
  ['remove a DGX node (and its 8 links)', (l, i) => removeItems(l, [node(l, i).id])],
  [
    'move a DGX node to another rack',
    (l, i) => {
      const d = node(l, i);
      return updateDevice(l, d.id, { rack: l.racks[(i * 11) % l.racks.length]!.id, u: 33 });
    },
  ],
  [
    'move a rack',
    (l, i) => {
      const r = l.racks[(i * 7) % l.racks.length]!;
      return updateRack(l, r.id, { position: { row: r.position.row, slot: r.position.slot + 40 } });
    },
  ],
  [
    'remove one link',
    (l, i) => (l.links.length ? removeItems(l, [l.links[(i * 101) % l.links.length]!.id]) : l),
  ],
  [
    // A second cable on the ports of an existing link (each also raises 'port used twice').
    'add one link',
    (l, i) => {
      const twin = l.links[(i * 101) % l.links.length];
      return twin ? addLink(l, { ...twin, id: `${twin.id}-twin` as LinkPlacement['id'] }) : l;
    },
  ],
];

export function runWiredBench(): WiredBenchRow[] {
  const wired = wiredPod(GPUS);
  const bare = unwired(wired);
  const rows: WiredBenchRow[] = [];
  // Cold runs allocate megabytes each (the unwired pod ~9 MB, the wired one more): timed in batches so each run pays
  // its share of the young-generation collections. Timed one by one, about every second unwired run met a
  // collection (~20 ms on this machine against ~8 ms of work), and the median of 11 read 8.55 ms in one session and
  // 21.1 ms in the next with the same code.
  const cold = timeAmortized(() => validate(wired, builtinCatalog, { cache: false }).errors);
  const coldBare = timeAmortized(() => validate(bare, builtinCatalog, { cache: false }).errors);
  rows.push({
    name: `cold validation (${wired.links.length.toLocaleString('en-US')} links)`,
    wiredMs: cold.medianMs,
    unwiredMs: coldBare.medianMs,
    floorMs: coldBare.medianMs,
    targetMs: 2 * coldBare.medianMs,
  });
  // The floor of one edit: summing max W over the edited rack's devices held in a typed array (`floors.ts`).
  const floor = rackFloors(wired, wired.devices[0]!.rack).typedMs;
  for (const [name, edit] of EDIT_KINDS) {
    rows.push({
      name: `${name} + validate`,
      wiredMs: editMedian(wired, edit, EDITS, 'validate'),
      unwiredMs: editMedian(bare, edit, EDITS, 'validate'),
      floorMs: floor,
      targetMs: 2,
    });
  }
  return rows;
}

export function printWiredBench(rows: readonly WiredBenchRow[]): void {
  console.log(
    `\nWired pod, ${GPUS.toLocaleString('en-US')} GPUs (DGX H100 + QM9700, every compute link explicit); medians`,
  );
  console.log('| case | wired | unwired | floor | target |');
  console.log('|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${fmtMs(r.wiredMs)} | ${fmtMs(r.unwiredMs)} | ${fmtFloor(r.floorMs)} | ≤ ${fmtMs(r.targetMs)} (${r.wiredMs <= r.targetMs ? 'ok' : 'OVER'}) |`,
    );
  console.log(
    `(floor of an edit: a typed-array sum over the devices of one compute rack; floor of cold: the unwired pod, both cold cases the median of 9 batches of 4 runs, each run's share of garbage collection counted. ${EDITS} edits in sequence per case.)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printWiredBench(runWiredBench());
