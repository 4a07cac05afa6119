/**
 * "How many more fit" for the catalog item the user picked (armed in the catalog): in the selected rack and in the
 * whole pod, with the limit that stops the next one, and Fill rack / Fill pod (one undo step each; they add the
 * PDUs they need where power binds). Shown in the palette under the search and in a rack's inspector; recomputed
 * from the layout one frame after every edit (`useSettledValue`); the pod count is left to the button on pods of
 * more than 64 racks. Its code is fetched when an item is first picked (`usePlanning`), with a loading line
 * meanwhile.
 */
import './planner.css';
import type { Headroom, Sku } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';
import { useHeadroom } from './useHeadroom';
import { usePlanning } from './usePlanning';
import { useSettledValue } from '../useSettledValue';

/** `Fill rack (3, adds 2 PDUs)`. */
function fillLabel(what: string, fill: Headroom | null): string {
  if (!fill) return what;
  const pdus = fill.pdusAdded > 0 ? `, adds ${fill.pdusAdded} PDU${fill.pdusAdded === 1 ? '' : 's'}` : '';
  return `${what} (${fill.count}${pdus})`;
}

export function HeadroomCard({
  rack,
  place = 'inspector',
}: {
  readonly rack: string | null;
  readonly place?: 'inspector' | 'palette';
}) {
  const store = useEditorStore();
  // The count trails an edit by one frame, so the edit is drawn without waiting for it (it validates the pod once
  // per unit it places); `aria-busy` says so meanwhile.
  const liveLayout = useEditor((s) => s.layout);
  const baseCatalog = useEditor((s) => s.catalog);
  const layout = useSettledValue(liveLayout);
  const catalog = selectCatalog({ layout, catalog: baseCatalog });
  const armed = useEditor((s) => s.session.armed);
  const sku = armed?.kind === 'sku' ? (armed.sku as Sku) : null;
  const item = sku ? catalog.items.get(sku) : undefined;
  const code = usePlanning(item !== undefined);
  const view = useHeadroom(
    code.status === 'ready' ? code.planning : undefined,
    layout,
    catalog,
    rack,
    item ? sku : null,
  );
  const id = (name: string) => (place === 'palette' ? `palette-${name}` : name);
  if (item && code.status !== 'ready')
    return (
      <p className="muted headroom" role="status" data-testid={id('headroom-loading')}>
        {code.status === 'failed' ? code.message : `Counting how many more ${item.name} fit…`}
      </p>
    );
  if (!sku || !item || !view)
    return place === 'palette' ? null : (
      <p className="muted headroom" data-testid="headroom">
        Pick an item in the catalog to see how many more fit here and in the pod.
      </p>
    );
  const { rack: inRack, fillRack, pod: inPod, fillPod } = view;
  const rackName = rack === null ? null : (layout.racks.find((r) => r.id === rack)?.name ?? rack);
  return (
    <section
      className={`headroom headroom-${place}`}
      aria-label="How many more fit"
      aria-busy={layout !== liveLayout}
      data-testid={id('headroom')}
    >
      <h3>How many more {item.name} fit</h3>
      <p data-testid={id('headroom-rack')}>
        {inRack ? (
          <>
            {place === 'palette' ? `Rack ${rackName}` : 'This rack'}: <strong>{inRack.count}</strong>
            {inRack.count > 0 ? ' more' : ''}, then <em>{inRack.limit}</em> binds: {inRack.reason}
          </>
        ) : (
          'Select a rack to see how many more fit in it.'
        )}
      </p>
      <p data-testid={id('headroom-pod')}>
        {inPod ? (
          <>
            The pod: <strong>{inPod.count}</strong> more (mostly <em>{inPod.limit}</em> binds)
          </>
        ) : (
          `The pod: ${layout.racks.length} racks; Fill pod counts as it places.`
        )}
      </p>
      <div className="actions">
        {rack !== null && (
          <button
            type="button"
            disabled={!fillRack || fillRack.count === 0}
            data-testid={id('fill-rack')}
            onClick={() => dispatch(store, 'fillRack', { rack, sku })}
          >
            {fillLabel('Fill rack', fillRack)}
          </button>
        )}
        <button
          type="button"
          disabled={fillPod?.count === 0}
          data-testid={id('fill-pod')}
          onClick={() => dispatch(store, 'fillPod', { sku })}
        >
          {fillLabel('Fill pod', fillPod)}
        </button>
      </div>
    </section>
  );
}
