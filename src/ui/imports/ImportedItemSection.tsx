/**
 * The inspector's section for an item the layout imported. The editor and the catalog-item check it needs (zod) load
 * when such an item is first selected, so the first screen does not carry them; "Loading…" shows meanwhile.
 */
import type { CatalogItem } from '../../core';
import { loadZodChecks } from '../../state/checks';
import { useEditor } from '../../state/editorContext';
import { importedSkus } from '../../state/importedItems';
import { Later, lazyNamed } from '../lazySurface';

const ImportedItemEditor = lazyNamed(async () => {
  // The editor's edits are checked synchronously (a command), so the checks are in before it shows.
  const [editor] = await Promise.all([import('./ImportedItemEditor'), loadZodChecks()]);
  return editor;
}, 'ImportedItemEditor');

export function ImportedItemSection({ item }: { readonly item: CatalogItem }) {
  const imported = useEditor((s) => importedSkus(s.layout).has(item.sku));
  if (!imported) return null;
  return (
    <Later what="the item editor">
      <ImportedItemEditor item={item} />
    </Later>
  );
}
