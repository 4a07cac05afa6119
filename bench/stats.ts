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

export const fmtMs = (ms: number): string =>
  ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
