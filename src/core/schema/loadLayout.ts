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
import { capIssues as capAt } from './issueCap';
import { describeValue } from './issueWords';
import { layoutJsonSchema } from './layoutJsonSchema';
import { validateLayoutBounded } from './layoutLists';
import { migrateLayoutFile, readSchemaVersion } from './migrations';
import type { ParsedJson } from './readJson';
import { duplicateKeyIssues, parseJsonText } from './readJson';
import { loadLayoutFast } from './fastLayout';
import type { JsonSchemaNode } from './schemaNode';
import { fromZodIssues } from './zodIssues';

/**
 * At most this many issues are returned. Checking stops once this many are found, so a file of millions of bad
 * elements costs no more than a file of a few hundred; the last issue then says that checking stopped.
 */
export const MAX_LAYOUT_ISSUES = 200;

/** Work a load did, for tests and benchmarks that bound it by counting rather than timing. */
export interface LoadWork {
  /** List elements validated one by one. */
  elements: number;
}

const capIssues = (issues: readonly InputIssue[], stoppedEarly = false): InputIssue[] =>
  capAt(issues, MAX_LAYOUT_ISSUES, stoppedEarly);

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed layout file (any JSON value) and returns the layout it describes, or every issue with its JSON
 * path. Files from older podplan versions are migrated first; files from newer ones are refused. The result is built
 * field by field from validated data and shares nothing with `value`.
 */
export function loadLayout(value: unknown, work?: LoadWork): Result<Layout, InputIssue[]> {
  if (!isRecord(value)) {
    return err([
      { path: '$', message: `expected a podplan layout (a JSON object), got ${describeValue(value)}` },
    ]);
  }
  const version = readSchemaVersion(value);
  if (!version.ok) return err([version.error]);

  const forbidden = findForbiddenKeys(value, MAX_LAYOUT_ISSUES);
  if (forbidden.length > 0) return err(capIssues(forbidden, forbidden.length >= MAX_LAYOUT_ISSUES));

  const migrated = migrateLayoutFile(value, version.value);
  if (!migrated.ok) return err(capIssues(migrated.error));

  const parsed = validateLayoutBounded(migrated.value, MAX_LAYOUT_ISSUES);
  if (work) work.elements += parsed.elements;
  const schemaIssues = fromZodIssues(parsed.issues, migrated.value, layoutJsonSchema() as JsonSchemaNode);
  const issues = [
    ...schemaIssues,
    ...findDuplicateIds(migrated.value, MAX_LAYOUT_ISSUES - schemaIssues.length),
  ];
  if (parsed.data === undefined || issues.length > 0)
    return err(
      capIssues(issues, parsed.issues.length >= MAX_LAYOUT_ISSUES || issues.length >= MAX_LAYOUT_ISSUES),
    );
  return ok(canonicalLayout(parsed.data));
}

/**
 * Parses the text of a layout file and loads it (see {@link loadLayout}). A syntax error is one issue at `$` giving
 * the line and column; keys given twice in one object are refused with their path, line and column. A leading byte
 * order mark is ignored. A current-version file is first tried on the fast path (`fastLayout.ts`), which gives the
 * same layout; the full check below runs when it does not accept the file, and says why.
 */
export function parseLayoutJson(text: string): Result<Layout, InputIssue[]> {
  const parsed = parseJsonText(text, 'a podplan layout (a JSON object)');
  if (!parsed.ok) return parsed;
  const fast = loadLayoutFast(parsed.value.body, parsed.value.value, loadLayout);
  return fast !== undefined ? ok(fast) : loadLayoutText(parsed.value);
}

/** The full check of a parsed layout text: its duplicate keys, then {@link loadLayout}. */
function loadLayoutText(parsed: ParsedJson): Result<Layout, InputIssue[]> {
  const duplicates = duplicateKeyIssues(parsed, MAX_LAYOUT_ISSUES);
  return duplicates.length > 0 ? err(duplicates) : loadLayout(parsed.value);
}
