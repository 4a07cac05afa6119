/**
 * The catalog a layout is validated and priced with: the base catalog (built-in, plus any catalog file the user
 * loaded) with the layout's own `catalogItems` layered over it. Memoized on identity, so it costs nothing per edit.
 */
import type { Catalog } from '../model/catalog';
import { makeCatalog } from '../model/catalogIndex';
import type { Layout } from '../model/layout';

const cache = new WeakMap<Catalog, WeakMap<object, Catalog>>();

export function catalogForLayout(base: Catalog, layout: Layout): Catalog {
  const items = layout.catalogItems;
  if (!items || items.length === 0) return base;
  let byItems = cache.get(base);
  if (!byItems) {
    byItems = new WeakMap();
    cache.set(base, byItems);
  }
  let merged = byItems.get(items);
  if (!merged) {
    merged = makeCatalog([...base.items.values(), ...items]);
    byItems.set(items, merged);
  }
  return merged;
}
