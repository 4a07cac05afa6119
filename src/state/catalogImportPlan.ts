/**
 * What an import of catalog files would do, before anything changes: which files are NetBox device types, catalog
 * JSON, price lists or layouts; the items each yields (imported or partial, with what is missing and why); the
 * rejected files with their reasons; and the prices. Pure: the UI reads the files, the confirm command applies it.
 */
import type {
  CatalogItem,
  InputIssue,
  NetboxImportReport,
  PriceEntryRecord,
  Result,
  SourceFile,
} from '../core';

export type SourceKind = 'netbox' | 'catalog' | 'prices-csv' | 'prices-json' | 'layout' | 'ignored';

const extOf = (path: string): string => /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** True for files an import reads (others in a dropped folder, such as images or READMEs, are skipped). */
export const isImportable = (path: string): boolean => ['yaml', 'yml', 'json', 'csv'].includes(extOf(path));

/**
 * What a file is, by extension and, for JSON, by shape: an array is a price list, an object with `items` a catalog,
 * one with `racks` or `floor` a layout. Unreadable JSON goes to the catalog loader (which reports where it breaks)
 * unless its name says it is a price list.
 */
export function classifySource(path: string, text: string): SourceKind {
  const ext = extOf(path);
  if (ext === 'yaml' || ext === 'yml') return 'netbox';
  if (ext === 'csv') return 'prices-csv';
  if (ext !== 'json') return 'ignored';
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return /price/i.test(path) ? 'prices-json' : 'catalog';
  }
  if (Array.isArray(value)) return 'prices-json';
  if (
    typeof value === 'object' &&
    value !== null &&
    !('items' in value) &&
    ('racks' in value || 'floor' in value)
  )
    return 'layout';
  return 'catalog';
}

/**
 * Merges the reports of NetBox files imported in chunks (to show progress and keep the page responsive) into the
 * report one call over all the files gives: a SKU an earlier chunk already took is rejected as a duplicate.
 */
export function mergeNetboxReports(reports: readonly NetboxImportReport[]): NetboxImportReport {
  const imported: NetboxImportReport['imported'][number][] = [];
  const partial: NetboxImportReport['partial'][number][] = [];
  const rejected: NetboxImportReport['rejected'][number][] = [];
  const firstFile = new Map<string, string>();
  for (const r of reports) {
    rejected.push(...r.rejected);
    for (const [list, out] of [
      [r.imported, imported],
      [r.partial, partial],
    ] as const) {
      for (const e of list) {
        const first = firstFile.get(e.sku);
        if (first !== undefined) {
          rejected.push({
            file: e.file,
            reason: `slug: duplicate SKU '${e.sku}' (already imported from ${first})`,
          });
          continue;
        }
        firstFile.set(e.sku, e.file);
        out.push(e);
      }
    }
  }
  return { imported, partial, rejected };
}

/** One item an import would add. */
export interface ImportItemEntry {
  readonly file: string;
  readonly item: CatalogItem;
  /** Figures still to fill in (price left out: a price list supplies it). */
  readonly missing: readonly string[];
  /** Why each figure is missing and what the item holds meanwhile. */
  readonly reasons: readonly string[];
  /** What the SKU would replace: a built-in item, an item the layout already carries, or nothing. */
  readonly replaces: 'builtin' | 'layout' | null;
}

export interface ImportRejection {
  readonly file: string;
  readonly reason: string;
  /** JSON paths or line numbers with their problems. */
  readonly details: readonly string[];
}

export interface ImportPriceList {
  readonly file: string;
  readonly entries: readonly PriceEntryRecord[];
  readonly currencies: readonly string[];
}

export interface CatalogImportSummary {
  /** What was imported, in words: `Dell (14 files)`. */
  readonly title: string;
  readonly imported: readonly ImportItemEntry[];
  readonly partial: readonly ImportItemEntry[];
  readonly rejected: readonly ImportRejection[];
  readonly priceLists: readonly ImportPriceList[];
  /** Files skipped because no importer reads them (images, READMEs, manifests). */
  readonly ignored: readonly string[];
}

/** The files of an import, read and classified. */
export interface ImportInput {
  readonly title: string;
  readonly netbox: NetboxImportReport;
  readonly catalogs: readonly {
    readonly file: string;
    readonly result: Result<CatalogItem[], InputIssue[]>;
  }[];
  readonly priceLists: readonly SourceFile[];
  readonly layouts: readonly string[];
  readonly ignored: readonly string[];
}

/** The items a confirmed import adds: built-in SKUs only when the user chose to replace them. */
export function itemsToAdd(summary: CatalogImportSummary, replaceBuiltins: boolean): CatalogItem[] {
  return [...summary.imported, ...summary.partial]
    .filter((e) => replaceBuiltins || e.replaces !== 'builtin')
    .map((e) => e.item);
}

/** A short title for an import: the folder's name, or the file's, with a count. */
export function importTitle(paths: readonly string[]): string {
  if (paths.length === 1) return paths[0]?.split('/').pop() ?? 'file';
  const roots = new Set(paths.map((p) => (p.includes('/') ? p.split('/')[0] : '')));
  const root = roots.size === 1 ? [...roots][0] : '';
  return root ? `${root} (${paths.length} files)` : `${paths.length} files`;
}
