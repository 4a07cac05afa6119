/**
 * Loads a catalog JSON file at the boundary: all or nothing. Any problem (bad JSON, an unknown or newer
 * `schemaVersion`, a forbidden key, a field of the wrong type, an unknown field, a duplicate SKU) rejects the whole
 * file, and each issue names its JSON path (`$.items[3].power.maxW`) and what was expected.
 */
import type { CatalogItem } from '../../model/catalog';
import type { InputIssue, Result } from '../../model/result';
import { err, ok } from '../../model/result';
import { CATALOG_SCHEMA_VERSION, catalogFileSchema, itemFromJson } from './catalogSchema';

/** Keys that could reach an object's prototype when a careless consumer copies the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Objects nested deeper than this are refused (a catalog is 5 levels deep). */
const MAX_DEPTH = 32;

/** Parses and validates a catalog file (`{ "schemaVersion": 1, "items": [...] }`). */
export function loadCatalogJson(text: string): Result<CatalogItem[], InputIssue[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (e) {
    return err([{ path: '$', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  const forbidden: InputIssue[] = [];
  scanKeys(raw, '$', 0, forbidden);
  if (forbidden.length > 0) return err(forbidden);

  const version = checkVersion(raw);
  if (!version.ok) return version;
  const migrated = migrate(raw, version.value);

  const parsed = catalogFileSchema.safeParse(migrated);
  if (!parsed.success) return err(parsed.error.issues.flatMap(toInputIssues));

  const issues: InputIssue[] = [];
  const firstIndex = new Map<string, number>();
  parsed.data.items.forEach((item, i) => {
    const prev = firstIndex.get(item.sku);
    if (prev !== undefined) {
      issues.push({
        path: `$.items[${i}].sku`,
        message: `duplicate SKU '${item.sku}' (first at $.items[${prev}])`,
      });
    } else firstIndex.set(item.sku, i);
    if ('power' in item && item.power.typicalW > item.power.maxW) {
      issues.push({
        path: `$.items[${i}].power.typicalW`,
        message: `typical draw ${item.power.typicalW} W exceeds the max draw ${item.power.maxW} W`,
      });
    }
    if (item.kind === 'pdu' && item.placement === 'rack-0u' && item.uHeight !== 0) {
      issues.push({
        path: `$.items[${i}].uHeight`,
        message: `a rack-0u PDU takes no U: expected 0, got ${item.uHeight}`,
      });
    }
  });
  if (issues.length > 0) return err(issues);
  return ok(parsed.data.items.map(itemFromJson));
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

function scanKeys(value: unknown, path: string, depth: number, out: InputIssue[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH) {
    out.push({ path, message: `nested deeper than ${MAX_DEPTH} levels` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => scanKeys(v, `${path}[${i}]`, depth + 1, out));
    return;
  }
  for (const key of Object.keys(value)) {
    const child = joinPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ path: child, message: `forbidden key '${key}'` });
      continue;
    }
    scanKeys((value as Record<string, unknown>)[key], child, depth + 1, out);
  }
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

function toInputIssues(issue: ZodIssueLike): InputIssue[] {
  const path = issue.path.reduce<string>((p, seg) => joinPath(p, seg), '$');
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((k) => ({ path: joinPath(path, k), message: 'unknown field' }));
  }
  return [{ path, message: issue.message }];
}

/** `$.items[3].power`, `$.provenance.fields["power.maxW"]`. */
export function joinPath(path: string, seg: PropertyKey): string {
  if (typeof seg === 'number') return `${path}[${seg}]`;
  const key = String(seg);
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
