/**
 * The honest floors the planning-core benchmarks print beside each figure (issue 14): the least work any validator
 * must do over the same devices. Two floors, because they answer different questions:
 * - catalog lookups: a loop reading each device's catalog item and summing its max W (what a validator that reads the
 *   layout as it is stored must at least do);
 * - typed array: the same sum over max W already laid out in a Float64Array (the floor of a data-oriented validator).
 * An incremental edit is compared with an incremental floor: the same two loops over only the devices of the rack the
 * edit touched.
 * The loops take nanoseconds per device, so each timed sample repeats the loop enough times to last ~0.2 ms and is
 * divided back down: one call would sit below the timer's resolution.
 */
import type { DevicePlacement, Layout } from '../src/core';
import { builtinCatalog, isItGear } from '../src/core';
import { time } from './stats';

export interface Floors {
  readonly catalogMs: number;
  readonly typedMs: number;
}

function maxWatts(d: DevicePlacement): number {
  const item = builtinCatalog.items.get(d.sku);
  return item && isItGear(item) ? item.power.maxW : 0;
}

/** Median time of one call of `loop`, timed in batches so that sub-microsecond loops are measured honestly. */
function perCallMs(loop: () => number): number {
  const t0 = performance.now();
  let calls = 0;
  let sink = 0;
  while (performance.now() - t0 < 0.2 || calls < 3) {
    sink += loop();
    calls++;
  }
  const batch = calls;
  const t = time(() => {
    let s = 0;
    for (let i = 0; i < batch; i++) s += loop();
    return s + sink;
  }, 31);
  return t.medianMs / batch;
}

export function floorsOver(devices: readonly DevicePlacement[]): Floors {
  const watts = Float64Array.from(devices, maxWatts);
  const catalogMs = perCallMs(() => {
    let total = 0;
    for (const d of devices) total += maxWatts(d);
    return total;
  });
  const typedMs = perCallMs(() => {
    let total = 0;
    for (let i = 0; i < watts.length; i++) total += watts[i]!;
    return total;
  });
  return { catalogMs, typedMs };
}

/** The incremental floor of an edit in `rack`: the two loops over that rack's devices only. */
export function rackFloors(layout: Layout, rack: string): Floors {
  return floorsOver(layout.devices.filter((d) => d.rack === rack));
}

/** A floor to print: nanoseconds below 1 µs, so a 40-device loop does not read "0 µs". */
export const fmtFloor = (ms: number): string =>
  ms < 0.001
    ? `${(ms * 1e6).toFixed(0)} ns`
    : ms < 1
      ? `${(ms * 1000).toFixed(1)} µs`
      : `${ms.toFixed(2)} ms`;
