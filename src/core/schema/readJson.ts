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

/**
 * Parses `text`; `expected` says what the file should hold ("a podplan layout (a JSON object)"), for the message
 * about an empty file; at most `limit` issues are returned.
 */
export function readJsonText(text: string, expected: string, limit: number): Result<unknown, InputIssue[]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return err([{ path: '$', message: `the file is empty: expected ${expected}` }]);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return err([syntaxIssue(body, error)]);
  }
  const duplicates = findDuplicateKeys(body, value, limit);
  if (duplicates.length > 0) return err(duplicates.map(({ path, message }) => ({ path, message })));
  return ok(value);
}
