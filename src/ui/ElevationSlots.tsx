/**
 * One face of the elevation: free U slots as buttons, device blocks, and the drop ghost. Slots and devices share one
 * roving tab stop (`activeU`): arrow keys move between them (see `elevationKeys`), Enter places the item in hand
 * with the same anchoring rule as a drag (`anchorSlot`) and focus moves to what was placed.
 */
import { memo } from 'react';
import type { DevicePlacement, Face } from '../core';
import { anchorSlot, devicesByRack, faceOccupancy, isFullDepth, racksById, uHeightOf } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { patchSession } from '../state/editorStore';
import { previewDrop } from '../state/previewDrop';
import { highlightsOf, selectCatalog, selectReport } from '../state/selectors';
import { PAYLOAD_MIME } from './dragPayload';
import { ElevationGhost } from './ElevationGhost';
import { focusCovering } from './elevationKeys';
import { U_PX } from './elevationMetrics';
import { elevationLabel, labelLines } from './elevationLabel';

interface Props {
  readonly rackId: string;
  readonly heightU: number;
  readonly face: Face;
  /** The U holding this face's roving tab stop, or null when the stop is on another face. */
  readonly activeU: number | null;
}

const NO_DEVICES: readonly DevicePlacement[] = [];

export const ElevationSlots = memo(function ElevationSlots({ rackId, heightU, face, activeU }: Props) {
  const store = useEditorStore();
  const devices = useEditor((s) => devicesByRack(s.layout.devices).get(rackId) ?? NO_DEVICES);
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const selection = useEditor((s) => s.session.selection);
  const armed = useEditor((s) => s.session.armed);
  const highlights = useEditor((s) => highlightsOf(selectReport(s)));
  const rackName = racksById(layout.racks).get(rackId)?.name ?? rackId;
  const used = faceOccupancy(layout, catalog, rackId, face);

  const free: number[] = [];
  for (let u = heightU; u >= 1; u--) {
    const s = (u - 1) * 2;
    if (!used[s] && !used[s + 1]) free.push(u);
  }
  const armedName =
    armed?.kind === 'sku'
      ? (catalog.items.get(armed.sku)?.name ?? armed.sku)
      : armed
        ? `${armed.ids.length === 1 ? armed.ids[0] : `${armed.ids.length} items`}`
        : null;
  const targetAt = (u: number) => {
    const s = store.getState();
    return armed ? anchorSlot(s.layout, selectCatalog(s), armed, rackId, u, face) : null;
  };
  const placeAt = (u: number, slot: HTMLElement) => {
    const target = targetAt(u);
    if (!armed || !target) return;
    dispatch(store, 'drop', { payload: armed, target, verdict: previewDrop(store, armed, target) });
    // Focus follows the placement: the placed device (it now covers the slot), else the slot itself.
    const placed = store.getState().session.selection[0];
    const body = slot.closest('.elevation-body');
    const dev = placed && store.getState().layout.devices.find((d) => d.id === placed.id);
    requestAnimationFrame(() => {
      if (body instanceof HTMLElement)
        focusCovering(body, dev && dev.rack === rackId ? dev.face : face, dev ? dev.u : u);
    });
  };

  return (
    <>
      {free.map((u) => (
        <button
          key={u}
          type="button"
          className="slot"
          style={{ top: (heightU - u) * U_PX, height: U_PX }}
          data-u={u}
          data-lo={u}
          data-hi={u}
          tabIndex={activeU === u ? 0 : -1}
          aria-label={`Rack ${rackName}, U${u} ${face}: empty${armedName ? `. Place ${armedName} from here up` : ''}`}
          onClick={(e) => placeAt(u, e.currentTarget)}
          onFocus={() => {
            if (armed) previewDrop(store, armed, targetAt(u));
          }}
          onMouseEnter={() => {
            if (armed) previewDrop(store, armed, targetAt(u));
          }}
        />
      ))}
      {devices.map((d) => {
        const item = catalog.items.get(d.sku);
        const h = item ? Math.max(uHeightOf(item), 0.5) : 1;
        const full = item ? isFullDepth(item) : false;
        if (d.face !== face && !full) return null;
        const selected = selection.some((r) => r.id === d.id);
        const state = highlights.errors.has(d.id)
          ? ' error'
          : highlights.warnings.has(d.id)
            ? ' warning'
            : '';
        const top = (heightU - (d.u + h - 1)) * U_PX;
        const hi = d.u + Math.ceil(h) - 1;
        return (
          <button
            key={d.id}
            type="button"
            className={`device kind-${item?.kind ?? 'unknown'}${selected ? ' selected' : ''}${d.face !== face ? ' through' : ''}${state}`}
            style={{ top, height: h * U_PX }}
            draggable
            data-device={d.id}
            data-lo={d.u}
            data-hi={hi}
            tabIndex={activeU !== null && activeU >= d.u && activeU <= hi ? 0 : -1}
            aria-pressed={selected}
            aria-label={`${d.name ?? d.id}: ${item?.name ?? d.sku}, U${d.u}${h > 1 ? `–U${d.u + Math.ceil(h) - 1}` : ''} ${d.face}${full ? ', full depth' : ''}`}
            onClick={(e) =>
              dispatch(store, 'select', {
                refs: [{ kind: 'device', id: d.id }],
                mode: e.shiftKey ? 'toggle' : 'replace',
              })
            }
            onDragStart={(e) => {
              const sel = store.getState().session.selection;
              const ids = sel.some((r) => r.id === d.id)
                ? sel.filter((r) => r.kind === 'device').map((r) => r.id)
                : [d.id];
              e.dataTransfer.setData(PAYLOAD_MIME, d.id);
              e.dataTransfer.effectAllowed = 'move';
              patchSession(store, {
                drag: { kind: 'move', ids: [d.id, ...ids.filter((i) => i !== d.id)] },
                preview: null,
              });
            }}
            onDragEnd={() => patchSession(store, { drag: null, preview: null })}
          >
            <span
              className="device-label"
              style={{ WebkitLineClamp: labelLines(h) }}
              title={elevationLabel(d, item).title}
            >
              {elevationLabel(d, item).text}
            </span>
          </button>
        );
      })}
      <ElevationGhost rackId={rackId} heightU={heightU} face={face} />
    </>
  );
});
