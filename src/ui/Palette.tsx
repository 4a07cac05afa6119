/**
 * The catalog, grouped by kind and searchable. Each item can be dragged (onto the 3D view, the elevation or the
 * floor plan) or picked up with a click or Enter, then placed with a click or Enter on a target (WCAG 2.5.7).
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { CatalogItem, CatalogKind } from '../core';
import { CATALOG_KINDS, matchesCatalogQuery, queryWords, rackOf } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { patchSession } from '../state/editorStore';
import { selectCatalog } from '../state/selectors';
import { keyFigures, KIND_LABELS } from './format';
import { PAYLOAD_MIME } from './dragPayload';
import { ImportedBadges } from './imports/ImportedBadges';
import { HeadroomCard } from './planner/HeadroomCard';

const PaletteItem = memo(function PaletteItem({
  item,
  armed,
}: {
  readonly item: CatalogItem;
  readonly armed: boolean;
}) {
  const store = useEditorStore();
  const figures = keyFigures(item);
  if (item.placement === 'none') return <ServiceItem item={item} figures={figures} />;
  return (
    <li>
      <button
        type="button"
        className={`palette-item kind-${item.kind}${armed ? ' armed' : ''}`}
        draggable
        aria-pressed={armed}
        data-sku={item.sku}
        title={`${item.name}: ${item.description ?? ''}\nDrag into the pod, or click to pick up and then click a target.`}
        onClick={() => {
          dispatch(store, 'arm', { payload: armed ? null : { kind: 'sku', sku: item.sku } });
          if (!armed)
            patchSession(store, {
              status: `Holding ${item.name}: click or press Enter on a ${item.placement === 'floor' ? 'floor position' : 'rack slot'} to place it (Esc to put down).`,
            });
        }}
        onDragStart={(e) => {
          e.dataTransfer.setData(PAYLOAD_MIME, item.sku);
          e.dataTransfer.setData('text/plain', item.sku);
          e.dataTransfer.effectAllowed = 'copy';
          patchSession(store, { drag: { kind: 'sku', sku: item.sku }, preview: null });
        }}
        onDragEnd={() => patchSession(store, { drag: null, preview: null })}
      >
        <span className="palette-swatch" aria-hidden="true" />
        <span className="palette-text">
          <span className="palette-name">{item.name}</span>
          <span className="palette-figures">{figures.join(' · ')}</span>
          <ImportedBadges item={item} />
        </span>
      </button>
    </li>
  );
});

/** Services are not placed in the pod: the palette lists them and points to the quote panel, where they are added. */
function ServiceItem({ item, figures }: { readonly item: CatalogItem; readonly figures: readonly string[] }) {
  const store = useEditorStore();
  return (
    <li>
      <button
        type="button"
        className={`palette-item kind-${item.kind} not-placeable`}
        data-sku={item.sku}
        title={`${item.name}: ${item.description ?? ''}\nA service: add it on the Quote tab, not in the pod.`}
        onClick={() =>
          patchSession(store, {
            status: `${item.name} is a service: add it on the Quote tab (Services), it is not placed in the pod.`,
          })
        }
      >
        <span className="palette-swatch" aria-hidden="true" />
        <span className="palette-text">
          <span className="palette-name">{item.name}</span>
          <span className="palette-figures">{figures.join(' · ')}</span>
        </span>
      </button>
    </li>
  );
}

export function Palette() {
  const catalog = useEditor(selectCatalog);
  const armedSku = useEditor((s) => (s.session.armed?.kind === 'sku' ? s.session.armed.sku : null));
  const selectedRack = useEditor((s) => {
    const only = s.session.selection.length === 1 ? s.session.selection[0] : undefined;
    return only ? rackOf(s.layout, only) : null;
  });
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useMemo(() => {
    const words = queryWords(deferred);
    const byKind = new Map<CatalogKind, CatalogItem[]>();
    for (const item of catalog.items.values()) {
      if (words.length > 0 && !matchesCatalogQuery(item, words)) continue;
      const list = byKind.get(item.kind);
      if (list) list.push(item);
      else byKind.set(item.kind, [item]);
    }
    return CATALOG_KINDS.flatMap((k) => {
      const items = byKind.get(k);
      return items ? [{ kind: k, items }] : [];
    });
  }, [catalog, deferred]);

  return (
    <section className="panel palette" aria-label="Equipment catalog">
      <header className="panel-header">
        <h2>Catalog</h2>
        <span className="muted">{catalog.items.size} items</span>
      </header>
      <input
        className="search"
        type="search"
        placeholder="Search: DGX, 400G, CDU…"
        aria-label="Search the catalog"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {armedSku !== null && <HeadroomCard rack={selectedRack} place="palette" />}
      <div className="palette-groups">
        {groups.length === 0 && <p className="muted empty">Nothing matches “{query}”.</p>}
        {groups.map((g) => (
          <details key={g.kind} open>
            <summary>
              {KIND_LABELS[g.kind]} <span className="muted">{g.items.length}</span>
            </summary>
            <ul>
              {g.items.map((item) => (
                <PaletteItem key={item.sku} item={item} armed={armedSku === item.sku} />
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
