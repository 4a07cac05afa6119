import type { Catalog, CatalogItem } from './catalog';
import type { Sku } from './ids';

/** Builds a catalog from items; a later item with the same SKU replaces an earlier one. */
export function makeCatalog(items: Iterable<CatalogItem>): Catalog {
  const map = new Map<Sku, CatalogItem>();
  for (const item of items) map.set(item.sku, item);
  return { items: map };
}

/** A catalog with `extra` items layered over `base` (imported items override built-ins of the same SKU). */
export function mergeCatalogs(base: Catalog, extra: Catalog): Catalog {
  return makeCatalog([...base.items.values(), ...extra.items.values()]);
}
