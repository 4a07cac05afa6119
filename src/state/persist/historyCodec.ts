/**
 * The undo history, saved with the autosave. Each step is stored as its difference from its neighbour nearer the
 * working layout: fields that are the same object are left out, and a record list is written as runs copied from
 * the neighbour's list plus the records that differ. Edits share untouched records (see `src/core/ops`), so one
 * placement in a 20,000-device pod costs one record, not the pod. Only the last `HISTORY_SAVE_LIMIT` undo steps
 * (and as many redo steps) are kept; older ones are dropped.
 */
import type { Layout } from '../../core';
import type { History, HistoryEntry } from '../history';

export const HISTORY_SAVE_LIMIT = 50;
/** Above this many characters the saved history is dropped from the oldest step until it fits. */
export const HISTORY_SAVE_MAX_CHARS = 4_000_000;

/** A run `[start, length]` copied from the neighbour's list, or one record written out. */
type Segment = readonly [number, number] | { readonly r: unknown };
type FieldDelta = { readonly v: unknown } | { readonly a: readonly Segment[] } | { readonly x: 1 };
type LayoutDelta = Readonly<Record<string, FieldDelta>>;
interface EncodedStep {
  readonly label: string;
  readonly d: LayoutDelta;
}
interface EncodedHistory {
  readonly format: 'podplan.history/1';
  /** Undo steps, nearest the working layout first. */
  readonly past: readonly EncodedStep[];
  /** Redo steps, nearest first. */
  readonly future: readonly EncodedStep[];
}

const isRecordList = (v: unknown): v is readonly object[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null);

/**
 * Runs of `list` found in `neighbour`, in one pass: records are looked up where the last run left off (an edit in
 * place keeps positions), and through an index of `neighbour` built only when that guess misses.
 */
function arrayDelta(list: readonly object[], neighbour: readonly object[]): Segment[] {
  let at: Map<object, number> | null = null;
  const find = (record: object, guess: number): number | undefined => {
    if (neighbour[guess] === record) return guess;
    if (!at) {
      at = new Map();
      neighbour.forEach((r, i) => at?.set(r, i));
    }
    return at.get(record);
  };
  const out: Segment[] = [];
  let run: [number, number] | null = null;
  let next = 0;
  for (const record of list) {
    const j = find(record, next);
    if (j !== undefined && run && run[0] + run[1] === j) run[1]++;
    else if (j !== undefined) out.push((run = [j, 1]));
    else {
      run = null;
      out.push({ r: record });
    }
    next = j === undefined ? next + 1 : j + 1;
  }
  return out;
}

function layoutDelta(layout: Layout, neighbour: Layout): LayoutDelta {
  const a = layout as unknown as Record<string, unknown>;
  const b = neighbour as unknown as Record<string, unknown>;
  const out: Record<string, FieldDelta> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const mine = a[key];
    const theirs = b[key];
    if (mine === theirs) continue;
    if (mine === undefined) out[key] = { x: 1 };
    else if (isRecordList(mine) && isRecordList(theirs)) out[key] = { a: arrayDelta(mine, theirs) };
    else out[key] = { v: mine };
  }
  return out;
}

function applyDelta(neighbour: Layout, delta: LayoutDelta): Layout {
  const out: Record<string, unknown> = { ...(neighbour as unknown as Record<string, unknown>) };
  for (const [key, change] of Object.entries(delta)) {
    if ('x' in change) delete out[key];
    else if ('v' in change) out[key] = change.v;
    else {
      const source = out[key];
      if (!Array.isArray(source)) throw new Error(`history step: ${key} is not a list`);
      const list: unknown[] = [];
      for (const seg of change.a) {
        if (Array.isArray(seg)) {
          const [start, length] = seg as readonly [number, number];
          if (start < 0 || length < 0 || start + length > source.length)
            throw new Error(`history step: ${key} run out of range`);
          for (let i = start; i < start + length; i++) list.push(source[i]);
        } else list.push((seg as { r: unknown }).r);
      }
      out[key] = list;
    }
  }
  return out as unknown as Layout;
}

/** Deltas already computed, by step layout: every autosave re-encodes the same steps. */
const deltaCache = new WeakMap<Layout, { readonly neighbour: Layout; readonly delta: LayoutDelta }>();

function cachedDelta(layout: Layout, neighbour: Layout): LayoutDelta {
  const hit = deltaCache.get(layout);
  if (hit?.neighbour === neighbour) return hit.delta;
  const delta = layoutDelta(layout, neighbour);
  deltaCache.set(layout, { neighbour, delta });
  return delta;
}

function encodeChain(entries: readonly HistoryEntry[], start: Layout): EncodedStep[] {
  const out: EncodedStep[] = [];
  let neighbour = start;
  for (const e of entries) {
    out.push({ label: e.label, d: cachedDelta(e.layout, neighbour) });
    neighbour = e.layout;
  }
  return out;
}

function decodeChain(steps: readonly EncodedStep[], start: Layout): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  let neighbour = start;
  for (const s of steps) {
    if (typeof s.label !== 'string' || typeof s.d !== 'object' || s.d === null)
      throw new Error('history step is malformed');
    const layout = applyDelta(neighbour, s.d);
    // The next save re-encodes this step from the cache instead of comparing whole pods again.
    deltaCache.set(layout, { neighbour, delta: s.d });
    neighbour = layout;
    out.push({ label: s.label, layout });
  }
  return out;
}

/** The history as text to save beside `current` (the working layout), keeping the newest steps within the limits. */
export function encodeHistory(history: History, current: Layout): string {
  const past = encodeChain([...history.past].reverse().slice(0, HISTORY_SAVE_LIMIT), current);
  const future = encodeChain(history.future.slice(0, HISTORY_SAVE_LIMIT), current);
  let text = JSON.stringify({ format: 'podplan.history/1', past, future } satisfies EncodedHistory);
  while (text.length > HISTORY_SAVE_MAX_CHARS && past.length > 0) {
    past.splice(Math.ceil(past.length / 2));
    text = JSON.stringify({ format: 'podplan.history/1', past, future: [] } satisfies EncodedHistory);
  }
  return text;
}

/** The saved history rebuilt around `current`; throws when the text is not a history podplan wrote. */
export function decodeHistory(text: string, current: Layout): History {
  const parsed = JSON.parse(text) as Partial<EncodedHistory>;
  if (parsed.format !== 'podplan.history/1' || !Array.isArray(parsed.past) || !Array.isArray(parsed.future))
    throw new Error('not a podplan undo history');
  return {
    past: decodeChain(parsed.past, current).reverse(),
    future: decodeChain(parsed.future, current),
  };
}
