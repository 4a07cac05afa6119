/** Palette badges for an item the layout brings with it: "imported", and "incomplete data" listing what is missing. */
import type { CatalogItem } from '../../core';
import { provenanceOf } from '../../core';
import { useEditor } from '../../state/editorContext';
import { importedSkus, missingFigures } from '../../state/importedItems';

export function ImportedBadges({ item }: { readonly item: CatalogItem }) {
  const imported = useEditor((s) => importedSkus(s.layout).has(item.sku));
  if (!imported) return null;
  const missing = missingFigures(item);
  const unpriced = (item.missing ?? []).includes('price');
  return (
    <span className="item-badges">
      <span
        className="item-badge imported"
        data-testid="badge-imported"
        title={`Imported: ${item.provenance.default.source}. Saved with this layout.${unpriced ? '\nNo price yet: import a price list to quote it.' : ''}`}
      >
        imported
      </span>
      {missing.length > 0 && (
        <span
          className="item-badge incomplete"
          data-testid="badge-incomplete"
          title={`Missing: ${missing.join(', ')}\n${missing.map((m) => `• ${m}: ${provenanceOf(item, m).source}`).join('\n')}\nPlace it and complete the figures in the inspector.`}
        >
          incomplete data
        </span>
      )}
    </span>
  );
}
