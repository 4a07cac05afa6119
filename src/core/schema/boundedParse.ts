/**
 * Validation with bounded work. The validator collects every issue of a value before it returns, so a file whose
 * lists hold millions of bad elements would cost millions of issues (seconds and gigabytes). Here the long lists of a
 * layout (racks, devices, links, catalog items, scenarios and each scenario's lists) are checked element by element
 * and the whole check stops as soon as the issue budget is spent; the rest of the file is checked with those lists
 * emptied, which is cheap. A list longer than its maximum is refused without looking at its elements.
 */
import type { z } from 'zod';

/** Where validation stands: issues found so far, the budget, and the work done (elements validated). */
export interface Collector {
  readonly issues: z.core.$ZodIssue[];
  readonly limit: number;
  /** Elements of long lists validated one by one (a measure of the work, for tests and benchmarks). */
  elements: number;
}

export const newCollector = (limit: number): Collector => ({ issues: [], limit, elements: 0 });

const full = (c: Collector): boolean => c.issues.length >= c.limit;

/** A long list inside an object: its key, its element check and its maximum length. */
export interface ListSpec {
  readonly key: string;
  readonly max: number;
  /** Validates one element; returns its parsed value, or `undefined` after adding its issues to `c`. */
  readonly element: (c: Collector, value: unknown, path: readonly PropertyKey[]) => unknown;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An element check from a schema: one `safeParse`, issues moved under the element's path. */
export function elementOf(schema: z.ZodType): ListSpec['element'] {
  return (c, value, path) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (full(c)) break;
      c.issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue);
    }
    return undefined;
  };
}

function tooLong(path: readonly PropertyKey[], length: number, max: number): z.core.$ZodIssue {
  const message = `expected a list of at most ${max} items, got a list of ${length} items`;
  return { code: 'custom', path: [...path], message, input: undefined } as z.core.$ZodIssue;
}

/**
 * Validates `value` against `schema` (an object schema holding the lists of `lists`) with bounded work. Returns the
 * parsed value, or `undefined` when there were issues (they are in `c`).
 */
export function parseWithLists(
  c: Collector,
  schema: z.ZodType,
  lists: readonly ListSpec[],
  value: unknown,
  path: readonly PropertyKey[],
): unknown {
  if (!isRecord(value)) return elementOf(schema)(c, value, path);
  const start = c.issues.length;
  const shell: Record<string, unknown> = { ...value };
  const parsedLists = new Map<string, unknown[]>();
  for (const spec of lists) {
    const raw = Object.hasOwn(value, spec.key) ? value[spec.key] : undefined;
    if (!Array.isArray(raw)) continue;
    shell[spec.key] = [];
    if (raw.length > spec.max) {
      if (!full(c)) c.issues.push(tooLong([...path, spec.key], raw.length, spec.max));
      continue;
    }
    const out: unknown[] = [];
    for (let i = 0; i < raw.length && !full(c); i++) {
      c.elements++;
      const parsed = spec.element(c, raw[i] as unknown, [...path, spec.key, i]);
      if (parsed !== undefined) out.push(parsed);
    }
    parsedLists.set(spec.key, out);
  }
  if (full(c)) return undefined;
  const rest = elementOf(schema)(c, shell, path);
  if (c.issues.length > start || rest === undefined) return undefined;
  return { ...(rest as Record<string, unknown>), ...Object.fromEntries(parsedLists) };
}
