/**
 * Loads a catalog JSON file at the boundary: all or nothing. Any problem (bad JSON, an unknown or newer
 * `schemaVersion`, a forbidden key, a field of the wrong type, an unknown field, a duplicate SKU) rejects the whole
 * file, and each issue names its JSON path (`$.items[3].power.maxW`) and what was expected.
 */
import type { CatalogItem } from '../../model/catalog';
import type { InputIssue, Result } from '../../model/result';
import { err, ok } from '../../model/result';
import { MAX_CATALOG_ITEMS } from '../../model/bounds';
import { elementOf, newCollector, parseWithLists } from '../../schema/boundedParse';
import { findForbiddenKeys } from '../../schema/forbiddenKeys';
import { capIssues } from '../../schema/issueCap';
import { readJsonText } from '../../schema/readJson';
import type { JsonSchemaNode } from '../../schema/schemaNode';
import { fromZodIssues } from '../../schema/zodIssues';
import type { CatalogItemJson } from './catalogSchema';
import {
  CATALOG_SCHEMA_VERSION,
  catalogFileSchema,
  catalogItemSchema,
  catalogJsonSchema,
} from './catalogSchema';
import { itemFromJson } from './itemJson';

/** At most this many issues are reported; checking stops there (a file of a million bad items costs no more). */
export const MAX_CATALOG_ISSUES = 200;

const ITEM_LISTS = [{ key: 'items', max: MAX_CATALOG_ITEMS, element: elementOf(catalogItemSchema) }];

let schemaRoot: JsonSchemaNode | undefined;
const catalogSchemaRoot = (): JsonSchemaNode => (schemaRoot ??= catalogJsonSchema() as JsonSchemaNode);

/** Parses and validates a catalog file (`{ "schemaVersion": 1, "items": [...] }`). */
export function loadCatalogJson(text: string): Result<CatalogItem[], InputIssue[]> {
  const read = readJsonText(
    text,
    'a podplan catalog { "schemaVersion": 1, "items": [...] }',
    MAX_CATALOG_ISSUES,
  );
  if (!read.ok) return read;
  const raw = read.value;
  const forbidden = findForbiddenKeys(raw, MAX_CATALOG_ISSUES);
  if (forbidden.length > 0)
    return err(capIssues(forbidden, MAX_CATALOG_ISSUES, forbidden.length >= MAX_CATALOG_ISSUES));

  const version = checkVersion(raw);
  if (!version.ok) return version;
  const migrated = migrate(raw, version.value);

  const c = newCollector(MAX_CATALOG_ISSUES);
  const parsed = parseWithLists(c, catalogFileSchema, ITEM_LISTS, migrated, []);
  const issues = [
    ...fromZodIssues(c.issues, migrated, catalogSchemaRoot()),
    ...duplicateSkus(migrated, MAX_CATALOG_ISSUES - c.issues.length),
  ];
  if (issues.length > 0 || parsed === undefined)
    return err(capIssues(issues, MAX_CATALOG_ISSUES, c.issues.length >= MAX_CATALOG_ISSUES));
  return ok((parsed as { items: CatalogItemJson[] }).items.map(itemFromJson));
}

/** Each SKU given again, at the path of the repeat (checked on the raw file, so it shows beside other issues). */
function duplicateSkus(raw: unknown, limit: number): InputIssue[] {
  const items = (raw as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  const issues: InputIssue[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < items.length && issues.length < limit; i++) {
    const item: unknown = items[i];
    const sku = typeof item === 'object' && item !== null ? (item as { sku?: unknown }).sku : undefined;
    if (typeof sku !== 'string') continue;
    const prev = firstIndex.get(sku);
    if (prev !== undefined)
      issues.push({
        path: `$.items[${i}].sku`,
        message: `duplicate SKU '${sku}' (first at $.items[${prev}])`,
      });
    else firstIndex.set(sku, i);
  }
  return issues;
}

/**
 * The issues of one catalog item as the loader would report them, with paths from the item (`$.power.maxW`). The
 * NetBox importer runs every item it builds through this, so what it writes is what the loader accepts.
 */
export function checkCatalogItem(item: unknown): InputIssue[] {
  const result = catalogItemSchema.safeParse(item);
  if (result.success) return [];
  const inFile = result.error.issues.map((i) => ({ ...i, path: ['items', 0, ...i.path] }));
  return fromZodIssues(inFile as typeof result.error.issues, { items: [item] }, catalogSchemaRoot()).map(
    (i) => ({
      path: `$${i.path.slice('$.items[0]'.length)}`,
      message: i.message,
    }),
  );
}

/** Writes items as a catalog file (pretty-printed, with a trailing newline). */
export function serializeCatalog(items: readonly CatalogItem[]): string {
  return `${JSON.stringify({ schemaVersion: CATALOG_SCHEMA_VERSION, items }, null, 2)}\n`;
}

function checkVersion(raw: unknown): Result<number, InputIssue[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err([{ path: '$', message: 'expected an object { "schemaVersion": 1, "items": [...] }' }]);
  }
  const v = (raw as Record<string, unknown>)['schemaVersion'];
  if (v === undefined)
    return err([{ path: '$.schemaVersion', message: 'required: the catalog format version' }]);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return err([
      { path: '$.schemaVersion', message: `expected a positive integer, got ${JSON.stringify(v)}` },
    ]);
  }
  if (v > CATALOG_SCHEMA_VERSION) {
    return err([
      {
        path: '$.schemaVersion',
        message: `schemaVersion ${v} was written by a newer podplan; this version reads up to ${CATALOG_SCHEMA_VERSION}`,
      },
    ]);
  }
  return ok(v);
}

/** Brings an older file to the current version. Version 1 is the first: nothing to migrate yet. */
function migrate(raw: unknown, _fromVersion: number): unknown {
  return raw;
}
