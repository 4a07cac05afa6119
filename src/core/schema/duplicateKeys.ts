/**
 * Keys given twice in one JSON object. `JSON.parse` keeps the last value without a word, so a file whose `"u"` is
 * written twice would open with whichever value came last, and another JSON reader might take the first: such files
 * are refused. The check is linear in the text: the keys in the text are counted (through its colons, see
 * `keyCountsDiffer`) and compared with the keys the parsed value kept; only when they differ is the text scanned again
 * to name each duplicate with its JSON path, line and column. The pass over the parsed value also turns -0 into 0.
 */
import type { InputIssue } from '../model/result';
import { jsonPath } from './jsonPath';
import type { Tally } from './podListChecks';
import { colonsIn } from './podListChecks';

const BACKSLASH = 0x5c;
const COLON = 0x3a;

/** Offset just past the string whose opening quote is at `start` (the text is valid JSON). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
}

/** Offset of the first character at or after `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
  return i;
}

/** Keys written in a valid JSON text: strings followed by a colon. */
function keysInText(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    const end = stringEnd(text, i);
    const next = skipSpace(text, end);
    if (text.charCodeAt(next) === COLON) keys++;
    i = text.indexOf('"', next);
  }
  return keys;
}

/**
 * Adds to `t` the keys of every object in `value` and the `:` characters inside its strings (keys and values). The same
 * pass turns each -0 into 0 in place (the value is fresh from `JSON.parse`): `-0` in a file, or a negative number too
 * small for a double, would otherwise be kept and shown as "-0 kg", and would not survive a save and reload as itself.
 */
export function tallyValue(value: unknown, t: Tally): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child = node[i];
        if (typeof child === 'object' && child !== null) stack.push(child);
        else if (typeof child === 'string') t.colons += colonsIn(child);
        else if (child === 0) node[i] = 0;
      }
      continue;
    }
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      t.keys++;
      t.colons += colonsIn(key);
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
      else if (typeof child === 'string') t.colons += colonsIn(child);
      else if (child === 0) node[key] = 0;
    }
  }
}

const BACKSLASH_U = '\\u';

/**
 * Whether the valid JSON `text` writes a different number of keys than its parsed value holds (`t`, the value's
 * tally): then some key is written twice. Outside
 * strings, a JSON text has a `:` only after each key, so its colons are its keys plus the colons inside its strings;
 * without a `\u` escape (which could write a colon as `\u003a`), every colon inside a string is one in the parsed
 * string, so the count of colons (one `indexOf` per colon) settles it. With one, the keys are counted as strings
 * followed by `:`.
 */
export function keyCountsDiffer(text: string, t: Tally): boolean {
  if (text.includes(BACKSLASH_U)) return keysInText(text) !== t.keys;
  return colonsIn(text) !== t.keys + t.colons;
}

type Place = { readonly line: number; readonly column: number };

/** A duplicate key: the JSON path of the repeated key, a sentence, and where the repeat is written. */
export type DuplicateKey = InputIssue & Place;

interface Frame {
  /** The key or index this container sits under in its parent (undefined for the root). */
  readonly at: PropertyKey | undefined;
  /** An object's keys so far, with where each was first written; undefined for an array. */
  readonly keys: Map<string, Place> | undefined;
  /** An array's current index, or the object's key whose value comes next. */
  next: PropertyKey;
}

/** Line and column (from 1) of offsets asked in increasing order, in one pass over the text. */
function placeFinder(text: string): (offset: number) => Place {
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  return (offset) => {
    while (newline >= 0 && newline < offset) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/** Every duplicate key in a valid JSON text, in document order, at most `limit` of them. */
function locateDuplicateKeys(text: string, limit: number): DuplicateKey[] {
  const issues: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const placeOf = placeFinder(text);
  const path = (): PropertyKey[] => stack.slice(1).map((f) => f.at as PropertyKey);
  for (let i = 0; i < text.length && issues.length < limit;) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      stack.push({ at: top?.next, keys: c === '{' ? new Map() : undefined, next: 0 });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (top !== undefined && top.keys === undefined) top.next = (top.next as number) + 1;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const after = skipSpace(text, end);
      if (top?.keys !== undefined && text[after] === ':') {
        const key = JSON.parse(text.slice(i, end)) as string;
        const here = placeOf(i);
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, here);
        else {
          const object = jsonPath(path());
          issues.push({
            path: jsonPath([...path(), key]),
            ...here,
            message: `duplicate key ${JSON.stringify(key)} at ${object}, line ${here.line}, column ${here.column} (first at line ${first.line}, column ${first.column}): a key may appear once in an object, and JSON readers disagree on which value counts`,
          });
        }
        top.next = key;
      }
      i = after;
    } else i++;
  }
  return issues;
}

/**
 * The duplicate keys of `text`, which `JSON.parse` turned into `value`; at most `limit` issues, each with the JSON
 * path of the repeated key and its line and column. Costs one linear count when there are none.
 */
export function findDuplicateKeys(text: string, value: unknown, limit: number): DuplicateKey[] {
  if (typeof value !== 'object' || value === null) return [];
  // Counting the keys the value kept also turns its -0s into 0 (see tallyValue).
  const t: Tally = { keys: 0, colons: 0 };
  tallyValue(value, t);
  if (!keyCountsDiffer(text, t)) return [];
  return locateDuplicateKeys(text, limit);
}
