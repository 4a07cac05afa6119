/**
 * The undo history, saved with the autosave. Each step is stored as its difference from its neighbour nearer the
 * working layout (`layoutDelta.ts`): edits share untouched records (see `src/core/ops`), so one placement in a
 * 20,000-device pod costs one record, not the pod. Only the last `HISTORY_SAVE_LIMIT` undo steps
 * (and as many redo steps) are kept; older ones are dropped.
 */
import type { Layout } from '../../core';
import type { History, HistoryEntry } from '../history';
import type { LayoutDelta } from './layoutDelta';
import { applyDelta, layoutDelta } from './layoutDelta';

export const HISTORY_SAVE_LIMIT = 50;
/** Above this many characters the saved history is dropped from the oldest step until it fits. */
export const HISTORY_SAVE_MAX_CHARS = 4_000_000;

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
