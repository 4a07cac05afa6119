import { describe, expect, it } from 'vitest';
import { changedWindow } from './changedWindow';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const d = { id: 'd' };
const x = { id: 'x' };

describe('changedWindow', () => {
  it('finds one inserted record in the middle: nothing replaced, one record new', () => {
    expect(changedWindow([a, b, c], [a, b, x, c])).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
  });
  it('finds one removed record and one replaced record', () => {
    expect(changedWindow([a, b, c, d], [a, c, d])).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
    // b replaced by a copy (a moved device is a new record): compared by identity, not by value.
    expect(changedWindow([a, b, c], [a, { id: 'b' }, c])).toEqual({ start: 1, oldEnd: 2, newEnd: 2 });
  });
  it('an append, an unchanged list, and lists with nothing in common', () => {
    expect(changedWindow([a, b], [a, b, x])).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(changedWindow([a, b], [a, b])).toEqual({ start: 2, oldEnd: 2, newEnd: 2 });
    expect(changedWindow([a, b], [c, d, x])).toEqual({ start: 0, oldEnd: 2, newEnd: 3 });
  });
  it('a repeated record is not counted twice by the prefix and the suffix', () => {
    // [a, a] → [a]: the prefix takes one a; the suffix may take none of what the prefix took.
    expect(changedWindow([a, a], [a])).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
  });
});
