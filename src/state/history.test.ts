import { describe, expect, it } from 'vitest';
import { emptyLayout, rename } from '../core';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo } from './history';

describe('Undo history', () => {
  const a = emptyLayout('a');
  const b = rename(a, 'b');
  const c = rename(b, 'c');

  it('walks back and forth through recorded steps', () => {
    let h = record(emptyHistory, a, 'rename to b');
    h = record(h, b, 'rename to c');
    const back = undo(h, c);
    expect(back?.layout).toBe(b);
    const back2 = back && undo(back.history, back.layout);
    expect(back2?.layout).toBe(a);
    const forward = back2 && redo(back2.history, back2.layout);
    expect(forward?.layout).toBe(b);
    expect(forward?.label).toBe('rename to b');
  });

  it('clears the redo list on a new edit', () => {
    const h = record(emptyHistory, a, 'x');
    const back = undo(h, b);
    expect(back?.history.future).toHaveLength(1);
    expect(record(back!.history, a, 'y').future).toHaveLength(0);
  });

  it('returns null with nothing to undo or redo', () => {
    expect(undo(emptyHistory, a)).toBeNull();
    expect(redo(emptyHistory, a)).toBeNull();
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, a, `step ${i}`);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.label).toBe('step 10');
  });
});
