/**
 * One-click fix preview speed (issue 9): `fixFor` on a 5,000-device pod (1,000 racks of 5 DGX H100, two 60 A PDUs
 * per feed, one rack left with one per feed so its feed overloads), from the diagnostic to the previewed layout with
 * what it changes and what it costs. Target: ≤ 50 ms (median).
 *
 * Run alone with `npx tsx bench/fixPreview.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Layout } from '../src/core';
import { builtinCatalog, deviceId, emptyLayout, fixFor, rackId, sku, validate } from '../src/core';
import { fmtMs, time } from './stats';

export interface FixPreviewBenchRow {
  readonly devices: number;
  readonly fix: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  readonly targetMs: number;
}

const RACKS = 1_000;
const PER_RACK = 5;

/** `RACKS` racks of 5 DGX H100 (51 kW) with two PDUs per feed, except the middle one with one (32.8 kW per feed). */
function pod(): Layout {
  const racks: Layout['racks'][number][] = [];
  const devices: Layout['devices'][number][] = [];
  const sideItems: Layout['sideItems'][number][] = [];
  for (let i = 0; i < RACKS; i++) {
    const id = rackId(`R${i + 1}`);
    racks.push({
      id,
      sku: sku('rack-42u-600x1200'),
      name: `R${i + 1}`,
      position: { row: Math.floor(i / 20), slot: i % 20 },
    });
    for (let k = 0; k < PER_RACK; k++)
      devices.push({
        id: deviceId(`R${i + 1}-s${k + 1}`),
        sku: sku('nvidia-dgx-h100'),
        rack: id,
        u: 1 + 8 * k,
        face: 'front',
      });
    const perFeed = i === RACKS / 2 ? 1 : 2;
    for (let k = 0; k < perFeed; k++)
      for (const feed of ['A', 'B'] as const)
        sideItems.push({
          id: deviceId(`R${i + 1}-p${feed}${k + 1}`),
          sku: sku('raritan-px3-5878-415v-60a'),
          rack: id,
          side: feed === 'A' ? 'left' : 'right',
          feed,
        });
  }
  const base = emptyLayout('fix preview');
  return {
    ...base,
    floor: { ...base.floor, rows: RACKS / 20, positionsPerRow: 20 },
    limits: { ...base.limits, utilityFeedKw: 1e6, roomAirKw: 1e6, facilityWaterKw: 1e6 },
    racks,
    devices,
    sideItems,
  };
}

export function runFixPreviewBench(): FixPreviewBenchRow[] {
  const layout = pod();
  const short = validate(layout, builtinCatalog).diagnostics.find((d) => d.code === 'power.feedOverload');
  if (!short) throw new Error('the bench pod should have one rack short of power');
  const preview = () => {
    const fix = fixFor(layout, builtinCatalog, short);
    if (!fix) throw new Error('no fix offered');
    return fix;
  };
  const fix = preview();
  const runs = 9;
  const t = time(() => preview().costMinor, runs, 2);
  return [
    {
      devices: layout.devices.length,
      fix: `${fix.label}: ${fix.change}`,
      medianMs: t.medianMs,
      minMs: t.minMs,
      runs,
      targetMs: 50,
    },
  ];
}

export function printFixPreviewBench(rows: readonly FixPreviewBenchRow[]): void {
  console.log('\nOne-click fix preview (medians; a rack short of power in a 5,000-device pod)');
  console.log('| devices | fix | preview (min) | target |');
  console.log('|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.devices.toLocaleString('en-US')} | ${r.fix} | ${fmtMs(r.medianMs)} (${fmtMs(r.minMs)}) | ≤ ${fmtMs(r.targetMs)} (${r.medianMs <= r.targetMs ? 'ok' : 'OVER'}) |`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFixPreviewBench(runFixPreviewBench());
