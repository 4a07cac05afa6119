/**
 * Undo history as layout snapshots. Layouts are persistent (edits share untouched records), so a snapshot costs
 * one array per changed list, not a copy of the pod.
 */
import type { Layout } from '../core';

export interface HistoryEntry {
  readonly layout: Layout;
  /** The command label, shown on the undo and redo buttons. */
  readonly label: string;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

/** Steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [] };

/** Records `before` as an undo step; a new edit clears the redo list. */
export function record(history: History, before: Layout, label: string): History {
  const past = [...history.past, { layout: before, label }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export interface Travel {
  readonly layout: Layout;
  readonly history: History;
  readonly label: string;
}

export function undo(history: History, current: Layout): Travel | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  return {
    layout: step.layout,
    label: step.label,
    history: {
      past: history.past.slice(0, -1),
      future: [{ layout: current, label: step.label }, ...history.future],
    },
  };
}

export function redo(history: History, current: Layout): Travel | null {
  const step = history.future[0];
  if (!step) return null;
  return {
    layout: step.layout,
    label: step.label,
    history: {
      past: [...history.past, { layout: current, label: step.label }],
      future: history.future.slice(1),
    },
  };
}
