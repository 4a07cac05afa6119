/**
 * The summary of an import before anything changes (see catalogImportPlan.ts): the catalog JSON files loaded, the
 * items each yields with what is missing and why, the price lists checked. Loaded with the import (runCatalogImport
 * fetches it), so the catalog and price-list loaders stay off the first screen.
 */
import type { Catalog, CatalogItem, Layout, SourceFile } from '../core';
import { parsePriceList, provenanceOf } from '../core';
import type {
  CatalogImportSummary,
  ImportInput,
  ImportItemEntry,
  ImportPriceList,
  ImportRejection,
} from './catalogImportPlan';
import { classifySource } from './catalogImportPlan';
import { loadZodChecks } from './checks';
import { missingFigures } from './importedItems';

/** Reads the catalog JSON files of an import (all or nothing per file); the loader (zod) is fetched on first use. */
export async function loadCatalogFiles(files: readonly SourceFile[]): Promise<ImportInput['catalogs']> {
  if (files.length === 0) return [];
  const { loadCatalogJson } = await loadZodChecks();
  return files.map((f) => ({ file: f.path, result: loadCatalogJson(f.text) }));
}

/** Why a figure of a catalog-file item is missing: the provenance of its fallback. */
const reasonFromProvenance = (item: CatalogItem, field: string): string =>
  `${field}: ${provenanceOf(item, field).source || 'not given'}`;

export function summarizeImport(input: ImportInput, base: Catalog, layout: Layout): CatalogImportSummary {
  const layoutSkus = new Set((layout.catalogItems ?? []).map((i) => i.sku as string));
  const replaces = (sku: string): ImportItemEntry['replaces'] =>
    layoutSkus.has(sku) ? 'layout' : base.items.has(sku as never) ? 'builtin' : null;
  const imported: ImportItemEntry[] = [];
  const partial: ImportItemEntry[] = [];
  const rejected: ImportRejection[] = [];

  for (const [list, out] of [
    [input.netbox.imported, imported],
    [input.netbox.partial, partial],
  ] as const)
    for (const e of list)
      out.push({
        file: e.file,
        item: e.item,
        missing: missingFigures(e.item),
        reasons: e.reasons,
        replaces: replaces(e.sku),
      });
  for (const r of input.netbox.rejected) rejected.push({ file: r.file, reason: r.reason, details: [] });

  const seen = new Set([...imported, ...partial].map((e) => e.item.sku as string));
  for (const c of input.catalogs) {
    if (!c.result.ok) {
      rejected.push({
        file: c.file,
        reason: `catalog file rejected whole (${c.result.error.length} problem${c.result.error.length === 1 ? '' : 's'}); none of its items were imported`,
        details: c.result.error.map((i) => `${i.path}: ${i.message}`),
      });
      continue;
    }
    for (const item of c.result.value) {
      if (seen.has(item.sku)) {
        rejected.push({
          file: c.file,
          reason: `duplicate SKU '${item.sku}' (already in this import)`,
          details: [],
        });
        continue;
      }
      seen.add(item.sku);
      const missing = missingFigures(item);
      (missing.length > 0 ? partial : imported).push({
        file: c.file,
        item,
        missing,
        reasons: missing.map((m) => reasonFromProvenance(item, m)),
        replaces: replaces(item.sku),
      });
    }
  }

  for (const file of input.layouts)
    rejected.push({
      file,
      reason: 'a podplan layout, not a catalog: open it with Import… (or drop it on its own)',
      details: [],
    });

  // A price list may price the items of this very import.
  const known = new Set<string>([...base.items.keys(), ...layoutSkus, ...seen]);
  const priceLists: ImportPriceList[] = [];
  for (const f of input.priceLists) {
    const format = classifySource(f.path, f.text) === 'prices-json' ? 'json' : 'csv';
    const parsed = parsePriceList(f.text, format, known);
    if (parsed.issues.length > 0 || parsed.prices.size === 0) {
      rejected.push({
        file: f.path,
        reason:
          parsed.issues.length > 0
            ? `price list rejected whole (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}); no price from it was applied`
            : 'price list holds no prices',
        details: parsed.issues.map((i) => `line ${i.line}: ${i.message}`),
      });
      continue;
    }
    const entries = [...parsed.prices].map(([sku, p]) => ({
      sku,
      amount: p.amount,
      currency: p.currency,
      ...(p.cost !== undefined && { cost: p.cost }),
      ...(p.leadTimeWeeks !== undefined && { leadTimeWeeks: p.leadTimeWeeks }),
    }));
    priceLists.push({ file: f.path, entries, currencies: [...new Set(entries.map((e) => e.currency))] });
  }

  return { title: input.title, imported, partial, rejected, priceLists, ignored: input.ignored };
}
