/**
 * Where a JSON text stops being JSON, as a line, a column and a reason in plain words. Engines disagree on syntax
 * error messages (some give a position, some a snippet, Safari neither), so after `JSON.parse` fails the text is
 * scanned here, iteratively so that deep nesting cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** Offset in the text, in UTF-16 code units from 0. */
  readonly offset: number;
  /** From 1. */
  readonly line: number;
  /** From 1. */
  readonly column: number;
  readonly reason: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
type Failure = { readonly offset: number; readonly reason: string };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Scans a string starting at the quote at `start`; returns the offset after its closing quote, or a failure. */
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') return i + 1;
    if (c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
      else if (ESCAPES.has(e)) i += 2;
      else return { offset: i, reason: `invalid escape '\\${e}' in a string` };
    } else if (c.charCodeAt(0) < 0x20) {
      return {
        offset: i,
        reason: 'line break or control character inside a string (write it as \\n or \\t)',
      };
    } else i++;
  }
  return { offset: start, reason: 'a string starting here is never closed' };
}

/** Characters people write in JSON-like files that JSON does not allow, wherever they appear. */
function commonMistake(c: string, offset: number): Failure | undefined {
  if (c === '/') return { offset, reason: 'comments are not allowed in JSON' };
  if (c === "'") return { offset, reason: 'strings must be in double quotes' };
  return undefined;
}

/** Scans one scalar (string, number, true/false/null) at `i`; returns the offset after it, or a failure. */
function scanScalar(text: string, i: number): number | Failure {
  const c = text[i] ?? '';
  if (c === '"') return scanString(text, i);
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(text);
  if (number !== null) return i + number[0].length;
  WORD.lastIndex = i;
  const word = WORD.exec(text)?.[0];
  if (word === 'true' || word === 'false' || word === 'null') return i + word.length;
  if (word !== undefined)
    return { offset: i, reason: `unexpected word '${word}' (JSON has only true, false and null)` };
  return { offset: i, reason: `unexpected character '${c}'` };
}

function findFailure(text: string): Failure | undefined {
  const stack: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'commaOrEnd');
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
    if (i >= text.length) {
      return expect === 'done'
        ? undefined
        : { offset: text.length, reason: 'the text ends before the JSON is complete' };
    }
    const c = text[i] ?? '';
    const top = stack[stack.length - 1];
    const mistake = commonMistake(c, i);
    if (mistake !== undefined) return mistake;
    switch (expect) {
      case 'done':
        return { offset: i, reason: 'unexpected text after the end of the JSON value' };
      case 'colon':
        if (c !== ':') return { offset: i, reason: "expected ':' after the property name" };
        i++;
        expect = 'value';
        continue;
      case 'commaOrEnd': {
        const close = top === 'object' ? '}' : ']';
        if (c === ',') expect = top === 'object' ? 'key' : 'value';
        else if (c === close) {
          stack.pop();
          expect = afterValue();
        } else {
          const after = top === 'object' ? 'a property value' : 'a list item';
          return { offset: i, reason: `expected ',' or '${close}' after ${after}` };
        }
        i++;
        continue;
      }
      case 'key':
      case 'keyOrEnd': {
        if (c === '}') {
          if (expect === 'key') return { offset: i, reason: "trailing comma before '}'" };
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"') return { offset: i, reason: 'expected a property name in double quotes' };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'value':
      case 'valueOrEnd': {
        if (c === ']' && top === 'array') {
          if (expect === 'value') return { offset: i, reason: "trailing comma before ']'" };
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c === '{' ? 'object' : 'array');
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          i++;
          continue;
        }
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = afterValue();
        continue;
      }
    }
  }
}

/** The first syntax error in `text`, or `undefined` when it is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const failure = findFailure(text);
  if (failure === undefined) return undefined;
  const before = text.slice(0, failure.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.length - before.replaceAll('\n', '').length + 1;
  return { offset: failure.offset, line, column: failure.offset - lineStart + 1, reason: failure.reason };
}
