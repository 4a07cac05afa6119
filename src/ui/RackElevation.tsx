/**
 * 2D front and rear elevation of one rack, in step with the 3D view: U numbers, devices, free slots as buttons
 * (click or Enter places the item in hand), drag and drop with a live ghost checked by the core.
 */
import { useCallback, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import type { Face } from '../core';
import { anchorSlot, racksById, racksInFloorOrder, sideItemsByRack } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { patchSession } from '../state/editorStore';
import { payloadInHand, previewDrop } from '../state/previewDrop';
import { highlightsOf, rackFiguresById, selectCatalog, selectReport } from '../state/selectors';
import { ElevationSlots } from './ElevationSlots';
import { U_PX } from './elevationMetrics';
import { focusCovering, moveFor } from './elevationKeys';
import { kw, uText } from './format';

const FACES: readonly Face[] = ['front', 'rear'];

/** The rack shown: the session's elevation rack, else the first rack on the floor. */
function useShownRack(): string | null {
  return useEditor((s) => s.session.elevationRack ?? racksInFloorOrder(s.layout.racks)[0]?.id ?? null);
}

export function RackElevation() {
  const store = useEditorStore();
  const rackId = useShownRack();
  const racks = useEditor((s) => racksInFloorOrder(s.layout.racks));
  const rack = useEditor((s) => (rackId !== null ? racksById(s.layout.racks).get(rackId) : undefined));
  const rackItem = useEditor((s) => (rack ? selectCatalog(s).items.get(rack.sku) : undefined));
  const figures = useEditor((s) =>
    rackId !== null ? rackFiguresById(selectReport(s)).get(rackId) : undefined,
  );
  // The roving tab stop: one per elevation, on the slot or device covering this U of this face.
  const [active, setActive] = useState<{ readonly face: Face; readonly u: number } | null>(null);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!(e.target instanceof HTMLElement) || rackItem?.kind !== 'rack' || rackId === null) return;
      const move = moveFor(e.key, e.target, rackItem.heightU);
      if (!move) return;
      e.preventDefault();
      const body = e.currentTarget;
      if (move.rackStep === 0) {
        focusCovering(body, move.face, move.u);
        return;
      }
      const order = racksInFloorOrder(store.getState().layout.racks);
      const next = order[order.findIndex((r) => r.id === rackId) + move.rackStep];
      if (!next) return;
      dispatch(store, 'showRack', { rack: next.id });
      requestAnimationFrame(() => focusCovering(body, move.face, move.u));
    },
    [store, rackId, rackItem],
  );

  const onDragOver = useCallback(
    (e: DragEvent<HTMLDivElement>, face: Face) => {
      const payload = payloadInHand(store);
      if (!payload || rackId === null || rackItem?.kind !== 'rack') return;
      const rect = e.currentTarget.getBoundingClientRect();
      const pointerU = rackItem.heightU - Math.floor((e.clientY - rect.top) / U_PX);
      const state = store.getState();
      const target = anchorSlot(state.layout, selectCatalog(state), payload, rackId, pointerU, face);
      const verdict = previewDrop(store, payload, target);
      if (verdict && verdict.allowed) {
        e.preventDefault();
        e.dataTransfer.dropEffect = payload.kind === 'move' ? 'move' : 'copy';
      } else if (verdict) e.preventDefault();
    },
    [store, rackId, rackItem],
  );

  const onDrop = useCallback(
    (e: DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      const { session } = store.getState();
      const payload = session.drag;
      if (!payload || !session.preview) return;
      dispatch(store, 'drop', { payload, target: session.preview.target, verdict: session.preview });
    },
    [store],
  );

  if (!rack || rackItem?.kind !== 'rack') {
    return (
      <section className="panel elevation" aria-label="Rack elevation">
        <header className="panel-header">
          <h2>Rack elevation</h2>
        </header>
        <p className="muted empty">
          No rack yet. Drag a rack from the catalog onto the floor, or pick one up and choose a floor
          position.
        </p>
      </section>
    );
  }
  const heightPx = rackItem.heightU * U_PX;
  return (
    <section className="panel elevation" aria-label={`Rack ${rack.name} elevation`}>
      <header className="panel-header">
        <h2>
          Rack{' '}
          <select
            aria-label="Rack shown in the elevation"
            value={rack.id}
            onChange={(e) => dispatch(store, 'showRack', { rack: e.target.value })}
          >
            {racks.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </h2>
        <span className="muted" data-testid="elevation-figures">
          {figures ? `${uText(figures.usedU)} / ${uText(figures.heightU)} · ${kw(figures.kwMax)}` : ''}
        </span>
      </header>
      <div
        className="elevation-body"
        data-height-u={rackItem.heightU}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const face = e.target.closest<HTMLElement>('.face')?.dataset.face as Face | undefined;
          const hi = e.target.dataset.hi;
          if (face && hi !== undefined) setActive({ face, u: Number(hi) });
        }}
      >
        <div className="u-scale" style={{ height: heightPx }} aria-hidden="true">
          {Array.from({ length: rackItem.heightU }, (_, i) => (
            <span key={i} style={{ top: i * U_PX, height: U_PX }}>
              {rackItem.heightU - i}
            </span>
          ))}
        </div>
        {FACES.map((face) => (
          <div key={face} className="face-column">
            <div className="face-title">{face === 'front' ? 'Front' : 'Rear'}</div>
            <div
              className="face"
              data-face={face}
              data-rack={rack.id}
              aria-label={`${face === 'front' ? 'Front' : 'Rear'} of rack ${rack.name}: arrow keys move between slots, left and right to the other face and the next rack`}
              style={{ height: heightPx }}
              onDragOver={(e) => onDragOver(e, face)}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null))
                  patchSession(store, { preview: null });
              }}
              onDrop={onDrop}
            >
              <ElevationSlots
                rackId={rack.id}
                heightU={rackItem.heightU}
                face={face}
                activeU={
                  active
                    ? active.face === face
                      ? Math.min(active.u, rackItem.heightU)
                      : null
                    : face === 'front'
                      ? rackItem.heightU
                      : null
                }
              />
            </div>
          </div>
        ))}
      </div>
      <SideAndDoor rackId={rack.id} />
    </section>
  );
}

/** 0U side items and the rear door, as selectable chips. */
function SideAndDoor({ rackId }: { readonly rackId: string }) {
  const store = useEditorStore();
  const sideItems = useEditor((s) => sideItemsByRack(s.layout.sideItems).get(rackId));
  const door = useEditor((s) => racksById(s.layout.racks).get(rackId)?.rearDoor);
  const catalog = useEditor(selectCatalog);
  const selection = useEditor((s) => s.session.selection);
  const highlights = useEditor((s) => highlightsOf(selectReport(s)));
  return (
    <div className="side-items">
      <span className="muted">0U & door:</span>
      {(sideItems ?? []).map((s) => (
        <button
          key={s.id}
          type="button"
          className={`chip${selection.some((r) => r.id === s.id) ? ' selected' : ''}${highlights.errors.has(s.id) ? ' error' : ''}`}
          onClick={(e) =>
            dispatch(store, 'select', {
              refs: [{ kind: 'device', id: s.id }],
              mode: e.shiftKey ? 'toggle' : 'replace',
            })
          }
          title={catalog.items.get(s.sku)?.name ?? s.sku}
        >
          {s.name ?? s.id} · {s.side} · feed {s.feed}
        </button>
      ))}
      {door !== undefined && (
        <button
          type="button"
          className="chip"
          onClick={() => dispatch(store, 'select', { refs: [{ kind: 'rack', id: rackId }] })}
        >
          Rear door: {catalog.items.get(door)?.name ?? door}
        </button>
      )}
      {(sideItems ?? []).length === 0 && door === undefined && <span className="muted">none</span>}
    </div>
  );
}
