/**
 * The boundary every layout file crosses before it reaches the store: version check, migration, schema, id
 * uniqueness. All or nothing: the caller gets a complete `Layout` or every issue found, never a partial layout.
 */
import type { Layout } from '../model/layout';
import { err, ok } from '../model/result';
import type { InputIssue, Result } from '../model/result';
import { canonicalLayout } from './canonicalLayout';
import { findDuplicateIds } from './duplicateIds';
import { findForbiddenKeys } from './forbiddenKeys';
import { describeValue } from './issueWords';
import { locateJsonSyntaxError } from './jsonSyntax';
import { layoutSchema } from './layoutSchema';
import { migrateLayoutFile, readSchemaVersion } from './migrations';
import { fromZodIssues } from './zodIssues';

/** At most this many issues are returned; the last one then says how many more there were. */
export const MAX_LAYOUT_ISSUES = 200;

function capIssues(issues: readonly InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_LAYOUT_ISSUES) return [...issues];
  const shown = issues.slice(0, MAX_LAYOUT_ISSUES - 1);
  return [...shown, { path: '$', message: `... and ${issues.length - shown.length} more issues` }];
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed layout file (any JSON value) and returns the layout it describes, or every issue with its JSON
 * path. Files from older podplan versions are migrated first; files from newer ones are refused. The result is built
 * field by field from validated data and shares nothing with `value`.
 */
export function loadLayout(value: unknown): Result<Layout, InputIssue[]> {
  if (!isRecord(value)) {
    return err([
      { path: '$', message: `expected a podplan layout (a JSON object), got ${describeValue(value)}` },
    ]);
  }
  const version = readSchemaVersion(value);
  if (!version.ok) return err([version.error]);

  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) return err(capIssues(forbidden));

  const migrated = migrateLayoutFile(value, version.value);
  if (!migrated.ok) return err(capIssues(migrated.error));

  const parsed = layoutSchema.safeParse(migrated.value);
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues, migrated.value)),
    ...findDuplicateIds(migrated.value),
  ];
  if (!parsed.success || issues.length > 0) return err(capIssues(issues));
  return ok(canonicalLayout(parsed.data));
}

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
 * Parses the text of a layout file and loads it (see {@link loadLayout}). A syntax error is one issue at `$` giving
 * the line and column. A leading byte order mark is ignored.
 */
export function parseLayoutJson(text: string): Result<Layout, InputIssue[]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return err([{ path: '$', message: 'the file is empty: expected a podplan layout (a JSON object)' }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return err([syntaxIssue(body, error)]);
  }
  return loadLayout(value);
}
