/**
 * `--catalog extra.json`: layer a catalog file (podplan catalog JSON format) over the built-in catalog, so layouts
 * that use imported items validate from the command line too.
 */
import type { Catalog } from '../core';
import { builtinCatalog, loadCatalogJson, makeCatalog, mergeCatalogs } from '../core';
import { readProblem } from './nodeIo';
import type { CliIO } from './command';

export const CATALOG_OPTION = { catalog: { type: 'string' } } as const;
export const CATALOG_HELP =
  '--catalog <file>    add the items of a podplan catalog JSON file to the built-in catalog';

export function catalogFor(
  values: Record<string, string | boolean | undefined>,
  io: CliIO,
): Catalog | undefined {
  const path = values.catalog;
  if (typeof path !== 'string') return builtinCatalog;
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    io.stderr(`podplan: cannot read catalog '${path}' (${readProblem(e)})\n`);
    return undefined;
  }
  const result = loadCatalogJson(text);
  if (!result.ok) {
    io.stderr(`podplan: '${path}' is not a valid podplan catalog:\n`);
    for (const issue of result.error) io.stderr(`  ${path}: ${issue.path}: ${issue.message}\n`);
    return undefined;
  }
  return mergeCatalogs(builtinCatalog, makeCatalog(result.value));
}
