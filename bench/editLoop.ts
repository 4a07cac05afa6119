/** Edits made in sequence as a user makes them (each applies to the previous result), each followed by `validate`. */
import type { Layout } from '../src/core';
import { builtinCatalog, validate } from '../src/core';
import { median } from './stats';

export type Edit = (l: Layout, i: number) => Layout;

/**
 * Median ms over `edits` edits in sequence: of `validate` alone (`timed: 'validate'`), or of the edit and `validate`
 * together (`timed: 'edit+validate'`, when making the new layout is part of what the user waits for).
 */
export function editMedian(
  start: Layout,
  edit: Edit,
  edits: number,
  timed: 'validate' | 'edit+validate',
): number {
  let l = start;
  validate(l, builtinCatalog);
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now();
    const next = edit(l, i);
    const t1 = performance.now();
    validate(next, builtinCatalog);
    samples.push(performance.now() - (timed === 'validate' ? t1 : t0));
    l = next;
  }
  return median(samples);
}
