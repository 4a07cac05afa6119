/**
 * The text of a JSON file (layout or catalog) to a value, or the issues that refuse it: an empty file, a syntax
 * error with its line and column, a key given twice in one object with its path, line and column. A leading byte
 * order mark is ignored. Every -0 in the value becomes 0.
 */
import type { InputIssue, Result } from '../model/result';
import { err, ok } from '../model/result';
import { findDuplicateKeys } from './duplicateKeys';
import { locateJsonSyntaxError } from './jsonSyntax';

function syntaxIssue(text: string, error: unknown): InputIssue {
  const located = locateJsonSyntaxError(text);
  if (located !== undefined) {
    return {
      path: '$',
      message: `not valid JSON at line ${located.line}, column ${located.column}: ${located.reason}`,
    };
  }
  // The scanner found nothing wrong but the engine refused (for example, nesting too deep for it).
  const reason = error instanceof Error ? error.message : String(error);
  return { path: '$', message: `could not read the file as JSON: ${reason}` };
}

/** The text `JSON.parse` read (without a leading byte order mark) and the value it gave. */
export interface ParsedJson {
  readonly body: string;
  readonly value: unknown;
}

/**
 * Parses `text` without looking for duplicate keys (see {@link readJsonText}): an empty file or a syntax error is
 * refused; `expected` says what the file should hold ("a podplan layout (a JSON object)").
 */
export function parseJsonText(text: string, expected: string): Result<ParsedJson, InputIssue[]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return err([{ path: '$', message: `the file is empty: expected ${expected}` }]);
  try {
    return ok({ body, value: JSON.parse(body) as unknown });
  } catch (error) {
    return err([syntaxIssue(body, error)]);
  }
}

/** The duplicate keys of a parsed text as issues, at most `limit` of them (none: the value is fine). */
export function duplicateKeyIssues({ body, value }: ParsedJson, limit: number): InputIssue[] {
  return findDuplicateKeys(body, value, limit).map(({ path, message }) => ({ path, message }));
}

/**
 * Parses `text`; `expected` says what the file should hold ("a podplan layout (a JSON object)"), for the message
 * about an empty file; at most `limit` issues are returned.
 */
export function readJsonText(text: string, expected: string, limit: number): Result<unknown, InputIssue[]> {
  const parsed = parseJsonText(text, expected);
  if (!parsed.ok) return parsed;
  const duplicates = duplicateKeyIssues(parsed.value, limit);
  return duplicates.length > 0 ? err(duplicates) : ok(parsed.value.value);
}
