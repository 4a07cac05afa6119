/** One face of the elevation: free U slots as buttons, device blocks, and the drop ghost. */
import { memo } from 'react';
import type { DevicePlacement, Face } from '../core';
import { devicesByRack, faceOccupancy, isFullDepth, racksById, uHeightOf } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { patchSession } from '../state/editorStore';
import { previewDrop } from '../state/previewDrop';
import { highlightsOf, selectCatalog, selectReport } from '../state/selectors';
import { PAYLOAD_MIME } from './dragPayload';

/** Height of one U in the elevation, px. */
export const U_PX = 13;

interface Props {
  readonly rackId: string;
  readonly heightU: number;
  readonly face: Face;
}

const NO_DEVICES: readonly DevicePlacement[] = [];

export const ElevationSlots = memo(function ElevationSlots({ rackId, heightU, face }: Props) {
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

  return (
    <>
      {free.map((u) => (
        <button
          key={u}
          type="button"
          className="slot"
          style={{ top: (heightU - u) * U_PX, height: U_PX }}
          data-u={u}
          aria-label={`Rack ${rackName}, U${u} ${face}: empty${armedName ? `. Place ${armedName} here` : ''}`}
          onClick={() => {
            if (!armed) return;
            const target = { kind: 'slot', rack: rackId, u, face } as const;
            dispatch(store, 'drop', { payload: armed, target, verdict: previewDrop(store, armed, target) });
          }}
          onFocus={() => {
            if (armed) previewDrop(store, armed, { kind: 'slot', rack: rackId, u, face });
          }}
          onMouseEnter={() => {
            if (armed) previewDrop(store, armed, { kind: 'slot', rack: rackId, u, face });
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
        return (
          <button
            key={d.id}
            type="button"
            className={`device kind-${item?.kind ?? 'unknown'}${selected ? ' selected' : ''}${d.face !== face ? ' through' : ''}${state}`}
            style={{ top, height: h * U_PX }}
            draggable
            data-device={d.id}
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
            <span className="device-label">{d.name ?? item?.name ?? d.sku}</span>
          </button>
        );
      })}
      <ElevationGhost rackId={rackId} heightU={heightU} face={face} />
    </>
  );
});

function ElevationGhost({ rackId, heightU, face }: Props) {
  const preview = useEditor((s) => s.session.preview);
  const catalog = useEditor(selectCatalog);
  if (!preview || preview.target.kind !== 'slot' || preview.target.rack !== rackId) return null;
  const placed = preview.candidate.devices.find((d) => d.id === preview.subjectId);
  const item = placed ? catalog.items.get(placed.sku) : undefined;
  if (!placed || !item) return null;
  const full = isFullDepth(item);
  if (placed.face !== face && !full) return null;
  const h = Math.max(uHeightOf(item), 0.5);
  const ok = preview.problems.length === 0;
  return (
    <div
      className={`ghost ${ok ? 'ok' : preview.allowed ? 'bad' : 'refused'}`}
      style={{ top: (heightU - (placed.u + h - 1)) * U_PX, height: h * U_PX }}
      role="status"
      data-testid={placed.face === face ? 'elevation-ghost' : undefined}
    >
      <span>{ok ? preview.summary : (preview.problems[0] ?? '')}</span>
    </div>
  );
}
