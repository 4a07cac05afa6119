/**
 * Where two versions of a record list differ, by record identity: the records before `start` and from `oldEnd`
 * (old list) / `newEnd` (new list) on are the same objects in the same order. Edits through `src/core/ops` share
 * untouched records, so one placement or removal is a window of one record or none, whatever the list's length.
 */
export interface ChangedWindow {
  readonly start: number;
  /** End (exclusive) of the replaced part in the old list. */
  readonly oldEnd: number;
  /** End (exclusive) of the replacing part in the new list. */
  readonly newEnd: number;
}

export function changedWindow<T>(old: readonly T[], next: readonly T[]): ChangedWindow {
  const shorter = Math.min(old.length, next.length);
  let start = 0;
  while (start < shorter && old[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { start, oldEnd: old.length - tail, newEnd: next.length - tail };
}
