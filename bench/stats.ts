/** Timing helpers for the benchmarks: medians of repeated runs, after warm-up. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. `fn` may return a value to defeat dead-code removal. */
export function time(fn: (i: number) => unknown, runs = 31, warmup = 5): Timing {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn(i) ? 1 : 0;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += fn(i) ? 1 : 0;
    samples.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return { medianMs: median(samples), minMs: Math.min(...samples), runs };
}

/**
 * Median over `batches` of the mean time of `perBatch` calls in a row, after `warmup` calls: each call's share of the
 * garbage collection it causes is counted. Use it for work that allocates megabytes per call (a cold validation):
 * with `time`, a young-generation collection lands in some calls and not in others, and the median of such a
 * two-valued series reads one mode or the other from run to run.
 */
export function timeAmortized(fn: (i: number) => unknown, batches = 9, perBatch = 4, warmup = 4): Timing {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn(i) ? 1 : 0;
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) sink += fn(i) ? 1 : 0;
    samples.push((performance.now() - t0) / perBatch);
  }
  if (sink < 0) console.log(sink);
  return { medianMs: median(samples), minMs: Math.min(...samples), runs: batches * perBatch };
}

export const fmtMs = (ms: number): string =>
  ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
