/**
 * Turns the validator's issues into `InputIssue`s: a JSON path and a sentence saying what was expected and what was
 * found. The words come from the schema node at the issue's path and the value actually in the file, never from the
 * validator's own messages.
 */
import type { z } from 'zod';
import type { InputIssue } from '../model/result';
import { describeExpected, describeValue } from './issueWords';
import { jsonPath } from './jsonPath';
import { schemaNodeAt } from './layoutJsonSchema';

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
function convert(issue: z.core.$ZodIssue, root: unknown): InputIssue[] {
  const node = schemaNodeAt(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(node?.properties ?? {});
    return issue.keys.map((key) => ({
      path: jsonPath([...issue.path, key]),
      message: unknownKeyMessage(key, allowed),
    }));
  }
  const path = jsonPath(issue.path);
  const expected = describeExpected(node);
  const found = valueAt(root, issue.path);
  if (!found.found) {
    const key = issue.path[issue.path.length - 1];
    return [{ path, message: `missing required key '${String(key)}': expected ${expected}` }];
  }
  return [{ path, message: `expected ${expected}, got ${describeValue(found.value)}` }];
}

/** All of `issues` in plain words, paths relative to `root` (the value that was validated). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): InputIssue[] {
  return issues.flatMap((issue) => convert(issue, root));
}
