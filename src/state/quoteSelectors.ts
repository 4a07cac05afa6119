/**
 * The priced BOM of the working pod, as the quote panel and the printable quote show it. Computed through the core
 * with the layout's own catalog items and price list, memoized on the layout and catalog objects; never stored.
 */
import type { Bom, Catalog, Layout } from '../core';
import { bom } from '../core';
import type { EditorState } from './editorStore';
import { selectCatalog } from './selectors';

const cache = new WeakMap<Layout, { catalog: Catalog; bom: Bom }>();

export function selectBom(s: Pick<EditorState, 'layout' | 'catalog'>): Bom {
  const catalog = selectCatalog(s);
  const hit = cache.get(s.layout);
  if (hit && hit.catalog === catalog) return hit.bom;
  const b = bom(s.layout, catalog);
  cache.set(s.layout, { catalog, bom: b });
  return b;
}

/** The locale money and dates are shown in: the quote's, else US English. */
export const selectLocale = (s: Pick<EditorState, 'layout'>): string => s.layout.quote?.locale ?? 'en-US';
