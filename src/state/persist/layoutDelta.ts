/**
 * The difference between two layouts that share untouched records (edits through `src/core/ops` do): fields that
 * are the same object are left out, and a record list is written as runs copied from the other layout's list plus
 * the records that differ. One placement in a 20,000-device pod is one run and one record, not the pod. Used by the
 * saved undo history (`historyCodec.ts`) and the autosave's journal of edits (`journal.ts`).
 */
import { changedWindow } from '../changedWindow';

/** A run `[start, length]` copied from the neighbour's list, or one record written out. */
export type Segment = readonly [number, number] | { readonly r: unknown };
/** A field set to a value, a list given as segments, or a field removed. */
export type FieldDelta = { readonly v: unknown } | { readonly a: readonly Segment[] } | { readonly x: 1 };
export type LayoutDelta = Readonly<Record<string, FieldDelta>>;

/**
 * Runs of `list` found in `neighbour`. The common head and tail (by identity) are one run each, found by a tight
 * scan; in between, records are looked up where the last run left off (an edit in place keeps positions), and
 * through an index of `neighbour`'s part between its head and tail, built only when that guess misses. A record
 * not found there is written out (always correct; a record is in a list once, so it is not in the head or tail): a
 * placement appended to 20,000 devices indexes nothing. Works for lists of values too (equal values are
 * interchangeable).
 */
function arrayDelta(list: readonly unknown[], neighbour: readonly unknown[]): Segment[] {
  const w = changedWindow(neighbour, list);
  let at: Map<unknown, number> | null = null;
  const find = (record: unknown, guess: number): number | undefined => {
    if (guess < w.oldEnd && neighbour[guess] === record) return guess;
    if (!at) {
      at = new Map();
      for (let i = w.start; i < w.oldEnd; i++) if (!at.has(neighbour[i])) at.set(neighbour[i], i);
    }
    return at.get(record);
  };
  const out: Segment[] = [];
  let run: [number, number] | null = w.start > 0 ? [0, w.start] : null;
  if (run) out.push(run);
  let next = w.start;
  for (let i = w.start; i < w.newEnd; i++) {
    const record = list[i];
    const j = find(record, next);
    if (j !== undefined && run && run[0] + run[1] === j) run[1]++;
    else if (j !== undefined) out.push((run = [j, 1]));
    else {
      run = null;
      out.push({ r: record });
    }
    next = j === undefined ? next + 1 : j + 1;
  }
  const tail = list.length - w.newEnd;
  if (tail > 0 && run && run[0] + run[1] === w.oldEnd) run[1] += tail;
  else if (tail > 0) out.push([w.oldEnd, tail]);
  return out;
}

/** What turns `neighbour` into `layout` (any two plain objects; layouts in practice). */
export function layoutDelta(layout: object, neighbour: object): LayoutDelta {
  const a = layout as Record<string, unknown>;
  const b = neighbour as Record<string, unknown>;
  const out: Record<string, FieldDelta> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const mine = a[key];
    const theirs = b[key];
    if (mine === theirs) continue;
    if (mine === undefined) out[key] = { x: 1 };
    else if (Array.isArray(mine) && Array.isArray(theirs)) out[key] = { a: arrayDelta(mine, theirs) };
    else out[key] = { v: mine };
  }
  return out;
}

/**
 * `neighbour` with `delta` applied, as a new object (`neighbour` is not changed; untouched fields and records are
 * shared). Throws on a delta that does not fit `neighbour` (a run out of range, a list that is not a list).
 */
export function applyDelta<T extends object>(neighbour: T, delta: LayoutDelta): T {
  const out: Record<string, unknown> = { ...(neighbour as Record<string, unknown>) };
  for (const [key, change] of Object.entries(delta)) {
    if (typeof change !== 'object' || change === null) throw new Error(`layout delta: ${key} is malformed`);
    if ('x' in change) delete out[key];
    else if ('v' in change) out[key] = change.v;
    else {
      const source = out[key];
      if (!Array.isArray(source) || !Array.isArray(change.a))
        throw new Error(`layout delta: ${key} is not a list`);
      const list: unknown[] = [];
      for (const seg of change.a) {
        if (Array.isArray(seg)) {
          const [start, length] = seg as unknown as readonly [number, number];
          if (!Number.isInteger(start) || !Number.isInteger(length))
            throw new Error(`layout delta: ${key} run is malformed`);
          if (start < 0 || length < 0 || start + length > source.length)
            throw new Error(`layout delta: ${key} run out of range`);
          for (let i = start; i < start + length; i++) list.push(source[i]);
        } else list.push((seg as { r: unknown }).r);
      }
      out[key] = list;
    }
  }
  return out as T;
}
