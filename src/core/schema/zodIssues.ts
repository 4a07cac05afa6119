/**
 * Turns the validator's issues into `InputIssue`s: a JSON path and a sentence saying what was expected and what was
 * found. The words come from the schema node at the issue's path and the value actually in the file, never from the
 * validator's own messages.
 */
import type { z } from 'zod';
import type { InputIssue } from '../model/result';
import { describeExpected, describeValue, orList } from './issueWords';
import { jsonPath } from './jsonPath';
import type { JsonSchemaNode } from './schemaNode';
import { schemaNodeAt } from './schemaNode';

type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

/** The value at `path` inside `root`, reading own keys only. */
function valueAt(root: unknown, path: readonly PropertyKey[]): Lookup {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
      return { found: false };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value };
}

/** Edit distance, for "did you mean" on misspelt keys (keys are short, so the quadratic table is fine). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const tolerance = key.length >= 4 ? 2 : 1;
  const close = allowed.find(
    (candidate) => candidate.toLowerCase() === key.toLowerCase() || editDistance(candidate, key) <= tolerance,
  );
  const hint = close === undefined ? '' : ` (did you mean '${close}'?)`;
  const list = allowed.length === 0 ? '' : `; allowed here: ${allowed.join(', ')}`;
  return `unknown key '${key}'${hint}${list}`;
}

/** One validator issue as one or more input issues (an unknown-keys issue gives one per key). */
function convert(
  issue: z.core.$ZodIssue,
  root: unknown,
  schema: JsonSchemaNode,
  prefix: readonly PropertyKey[],
): InputIssue[] {
  const node = schemaNodeAt(schema, issue.path, root);
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(node?.properties ?? {});
    return issue.keys.map((key) => ({
      path: jsonPath([...prefix, ...issue.path, key]),
      message: unknownKeyMessage(key, allowed),
    }));
  }
  const path = jsonPath([...prefix, ...issue.path]);
  // Cross-field checks (typical ≤ max, a height against the placement) carry their own sentence.
  if (issue.code === 'custom') return [{ path, message: issue.message }];
  const options = (issue as { readonly options?: unknown }).options;
  if (issue.code === 'invalid_union' && Array.isArray(options)) {
    const found = valueAt(root, issue.path);
    const got = found.found ? describeValue(found.value) : 'nothing';
    return [{ path, message: `expected one of ${orList(options)}, got ${got}` }];
  }
  const expected = describeExpected(node);
  const found = valueAt(root, issue.path);
  if (!found.found) {
    const key = issue.path[issue.path.length - 1];
    return [{ path, message: `missing required key '${String(key)}': expected ${expected}` }];
  }
  return [{ path, message: `expected ${expected}, got ${describeValue(found.value)}` }];
}

/**
 * All of `issues` in plain words. `root` is the value that was validated against `schema` (its JSON Schema); paths
 * are written below `prefix` (where `root` sits in the file).
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  schema: JsonSchemaNode,
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return issues.flatMap((issue) => convert(issue, root, schema, prefix));
}
