/**
 * "How many more fit" for the catalog item the user picked (armed in the catalog): in the selected rack and in the
 * whole pod, with the limit that stops the next one, and Fill rack / Fill pod (one undo step each). Recomputed
 * from the layout on every edit; the pod count is left to the button on pods of more than 64 racks.
 */
import './planner.css';
import { useMemo } from 'react';
import type { Sku } from '../../core';
import { headroomInPod, headroomInRack } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';

/** Racks above which the pod count is not walked live (it validates once per unit placed). */
const LIVE_POD_RACKS = 64;

export function HeadroomCard({ rack }: { readonly rack: string }) {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const armed = useEditor((s) => s.session.armed);
  const sku = armed?.kind === 'sku' ? (armed.sku as Sku) : null;
  const item = sku ? catalog.items.get(sku) : undefined;
  const inRack = useMemo(
    () => (sku ? headroomInRack(layout, catalog, rack, sku) : null),
    [layout, catalog, rack, sku],
  );
  const live = layout.racks.length <= LIVE_POD_RACKS;
  const inPod = useMemo(
    () => (sku && live ? headroomInPod(layout, catalog, sku) : null),
    [layout, catalog, sku, live],
  );
  if (!sku || !item || !inRack)
    return (
      <p className="muted headroom" data-testid="headroom">
        Pick an item in the catalog to see how many more fit here and in the pod.
      </p>
    );
  return (
    <section className="headroom" aria-label="How many more fit" data-testid="headroom">
      <h3>How many more {item.name} fit</h3>
      <p data-testid="headroom-rack">
        This rack: <strong>{inRack.count}</strong>
        {inRack.count > 0 ? ' more' : ''}, then <em>{inRack.limit}</em> binds: {inRack.reason}
      </p>
      <p data-testid="headroom-pod">
        {inPod ? (
          <>
            The pod: <strong>{inPod.count}</strong> more (mostly <em>{inPod.limit}</em>)
          </>
        ) : (
          `The pod: ${layout.racks.length} racks; Fill pod counts as it places.`
        )}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={inRack.count === 0}
          data-testid="fill-rack"
          onClick={() => dispatch(store, 'fillRack', { rack, sku })}
        >
          Fill rack ({inRack.count})
        </button>
        <button
          type="button"
          disabled={inPod?.count === 0}
          data-testid="fill-pod"
          onClick={() => dispatch(store, 'fillPod', { sku })}
        >
          Fill pod{inPod ? ` (${inPod.count})` : ''}
        </button>
      </div>
    </section>
  );
}
