/**
 * Hostile JSON from real files: a seed value is mutated at a node chosen by fast-check (a key deleted, duplicated or
 * given a prototype name, a value retyped, a number replaced by an extreme or non-JSON number text, a long string,
 * deep nesting, a list of many invalid elements), written as text, and optionally edited one character at a time.
 * Numbers and keys that `JSON.stringify` cannot write (1e400, -0, a key given twice) travel as marker strings that are
 * spliced into the text afterwards.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RAW = '@@raw@@';
const KEY = '@@key@@';

/** Number texts at and past the edges: IEEE extremes, -0, 2^31, 2^53 + 1, overflow to Infinity, and non-JSON words. */
export const HOSTILE_NUMBER_TEXTS = [
  '1e308',
  '1e309',
  '-1e309',
  '5e-324',
  '-5e-324',
  '-0',
  '0',
  '-1',
  '0.4',
  '0.5',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1e21',
  '60.0000000001',
  '1E2',
  'NaN',
  'Infinity',
  '-Infinity',
  '1.',
  '.5',
  '01',
  '0x10',
] as const;

/** A number as raw JSON text: an edge case, any double, or any 32-bit integer. */
export const hostileNumberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBER_TEXTS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** A value spliced into the text as it is (not as a JSON string). */
export const raw = (text: string): string => `${RAW}${text}`;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Longest generated string, in characters (keeps every input under a few hundred KB). */
export const MAX_LONG_STRING = 100_000;
/** Most elements in a generated list of invalid elements. */
export const MAX_MANY = 20_000;
/** Deepest generated nesting. */
export const MAX_NEST = 3_000;

const otherType = fc.constantFrom<Json>(null, true, false, 0, 1, '', 'x', [], {}, [1], { a: 1 }, raw('-0'));
const longString = fc.oneof(
  fc.integer({ min: 201, max: MAX_LONG_STRING }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => '\u{1F525}\ud800é'.repeat(n)),
  fc.constantFrom('', ' ', '\u0000', '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '../../etc/passwd'),
);
const deepNest = fc
  .tuple(fc.integer({ min: 33, max: MAX_NEST }), fc.boolean())
  .map(([depth, arrays]): Json => {
    let v: Json = 1;
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
    return v;
  });
const invalidElement = fc.constantFrom<Json>(null, 0, 'x', [], {}, { id: 1 }, { id: '' }, [null], {
  [`${KEY}__proto__`]: {},
});
const manyInvalid = fc
  .tuple(invalidElement, fc.integer({ min: 201, max: MAX_MANY }))
  .map(([element, n]): Json => Array.from({ length: n }, () => element));

/** What to do at the chosen node. */
export type Mutation =
  | { readonly op: 'delete' }
  | { readonly op: 'duplicateKey'; readonly value: Json | 'same' }
  | { readonly op: 'protoKey'; readonly key: string; readonly value: Json }
  | { readonly op: 'replace'; readonly value: Json }
  | { readonly op: 'duplicateElement' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ op: 'delete' }),
  fc
    .oneof(fc.constant<'same'>('same'), otherType, hostileNumberText.map(raw))
    .map((value): Mutation => ({ op: 'duplicateKey', value })),
  fc
    .tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom<Json>({}, { polluted: true }, null, 1))
    .map(([key, value]): Mutation => ({ op: 'protoKey', key, value })),
  fc
    .oneof(
      { weight: 4, arbitrary: hostileNumberText.map(raw) },
      { weight: 2, arbitrary: otherType },
      { weight: 1, arbitrary: longString },
      { weight: 1, arbitrary: deepNest },
      { weight: 1, arbitrary: manyInvalid },
    )
    .map((value): Mutation => ({ op: 'replace', value })),
  fc.constant<Mutation>({ op: 'duplicateElement' }),
);

type Path = readonly (string | number)[];

/** Every node's path in document order (the root is `[]`), and which of them hold numbers. */
export function nodePaths(value: Json): { all: Path[]; numbers: Path[] } {
  const all: Path[] = [];
  const numbers: Path[] = [];
  const walk = (node: Json, path: Path): void => {
    all.push(path);
    if (typeof node === 'number') numbers.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(value, []);
  return { all, numbers };
}

/** `mutation` applied at `path`, copying only the nodes along the path. */
export function mutateAt(node: Json, path: Path, m: Mutation): Json {
  if (path.length > 0) {
    const [head, ...rest] = path;
    if (Array.isArray(node)) return node.map((child, i) => (i === head ? mutateAt(child, rest, m) : child));
    if (node !== null && typeof node === 'object') {
      const key = String(head);
      return { ...node, [key]: mutateAt(node[key] as Json, rest, m) };
    }
    return node;
  }
  return applyHere(node, m);
}

/** The mutation at the node itself; a key-level operation on a scalar edits nothing but the scalar. */
function applyHere(node: Json, m: Mutation): Json {
  const isObject = node !== null && typeof node === 'object' && !Array.isArray(node);
  switch (m.op) {
    case 'replace':
      return m.value;
    case 'delete':
      if (Array.isArray(node)) return node.slice(1);
      if (isObject) return Object.fromEntries(Object.entries(node).slice(1));
      return null;
    case 'duplicateElement':
      return Array.isArray(node) && node.length > 0 ? [...node, node[0] as Json] : node;
    case 'duplicateKey': {
      if (!isObject) return node;
      const [first] = Object.entries(node);
      if (first === undefined) return node;
      return { ...node, [`${KEY}${first[0]}`]: m.value === 'same' ? first[1] : m.value };
    }
    case 'protoKey':
      return isObject ? { ...node, [`${KEY}${m.key}`]: m.value } : { [`${KEY}${m.key}`]: m.value };
  }
}

/** The JSON text of a mutated value, with marker strings replaced by the raw numbers and keys they stand for. */
export function toText(value: Json, indent = 0): string {
  return JSON.stringify(value, null, indent)
    .replace(/"@@raw@@([^"]*)"/g, '$1')
    .replace(/"@@key@@([^"]*)"/g, '"$1"');
}

/** A mutated text of `seed`: a node (or, half the time, a number) chosen by index, one mutation there. */
export function mutatedText(seeds: readonly Json[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.nat(), fc.boolean(), mutation, fc.constantFrom(0, 2))
    .map(([s, pick, onNumber, m, indent]) => {
      const seed = seeds[s]!;
      const { all, numbers } = nodePaths(seed);
      const pool = onNumber && numbers.length > 0 ? numbers : all;
      return toText(mutateAt(seed, pool[pick % pool.length]!, m), indent);
    });
}

/** One character of `text` replaced, inserted or deleted at a chosen position. */
export function charEdit(text: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat(Math.max(0, text.length - 1)),
      fc.constantFrom('replace', 'insert', 'delete'),
      fc.oneof(
        fc.constantFrom(...'{}[]":,.-+eE0159 \\\n\u0000\ufeff'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    )
    .map(([at, how, c]) => {
      if (how === 'delete') return text.slice(0, at) + text.slice(at + 1);
      if (how === 'insert') return text.slice(0, at) + c + text.slice(at);
      return text.slice(0, at) + c + text.slice(at + 1);
    });
}

/** Byte sequences that are not UTF-8: a lone continuation byte, overlong forms, a cut 3-byte form, a surrogate, 0xFF. */
const BAD_UTF8 = [[0x80], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xff], [0xf5, 0x80, 0x80, 0x80]];

/** The UTF-8 bytes of `text` with one non-UTF-8 sequence inserted at a chosen byte offset. */
export function withBadBytes(text: string): fc.Arbitrary<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return fc.tuple(fc.nat(bytes.length), fc.constantFrom(...BAD_UTF8)).map(([at, bad]) => {
    const out = new Uint8Array(bytes.length + bad.length);
    out.set(bytes.subarray(0, at));
    out.set(bad, at);
    out.set(bytes.subarray(at), at + bad.length);
    return out;
  });
}
