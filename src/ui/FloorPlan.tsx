/**
 * The pod floor from above, one button per grid position: the keyboard and drag path for racks and floor units, and a
 * map to jump to a rack. A position taken by a wide unit shows it over its whole span.
 */
import type { DragEvent } from 'react';
import type { FloorPosition } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { patchSession } from '../state/editorStore';
import { floorName, floorSpanOf, landsOnFloor } from '../core';
import { toneOf } from '../state/ghostText';
import { payloadInHand, previewDrop } from '../state/previewDrop';
import { useServedRacks } from './useServedRacks';
import { highlightsOf, selectCatalog, selectReport } from '../state/selectors';
import type { SelectionRef } from '../state/session';
import { PAYLOAD_MIME } from './dragPayload';
import { mm } from './format';

interface Cell {
  readonly ref: SelectionRef;
  readonly label: string;
  readonly first: boolean;
}

export function FloorPlan() {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const selection = useEditor((s) => s.session.selection);
  const armed = useEditor((s) => s.session.armed);
  const preview = useEditor((s) => (s.session.preview?.target.kind === 'floor' ? s.session.preview : null));
  const highlights = useEditor((s) => highlightsOf(selectReport(s)));
  const { rows, positionsPerRow, pitchMm } = layout.floor;
  const served = useServedRacks();

  const cells = new Map<string, Cell>();
  const mark = (ref: SelectionRef, sku: string, p: FloorPosition, label: string) => {
    const span = floorSpanOf(catalog.items.get(sku as never), pitchMm);
    for (let s = 0; s < span; s++) cells.set(`${p.row}:${p.slot + s}`, { ref, label, first: s === 0 });
  };
  for (const r of layout.racks) mark({ kind: 'rack', id: r.id }, r.sku, r.position, r.name);
  for (const f of layout.floorUnits) mark({ kind: 'floorUnit', id: f.id }, f.sku, f.position, f.name ?? f.id);
  const armedFloor = armed !== null && landsOnFloor(layout, catalog, armed);

  const activate = (position: FloorPosition, cell: Cell | undefined, shift: boolean) => {
    if (armedFloor && armed) {
      const target = { kind: 'floor', position } as const;
      dispatch(store, 'drop', { payload: armed, target, verdict: previewDrop(store, armed, target) });
    } else if (cell) dispatch(store, 'select', { refs: [cell.ref], mode: shift ? 'toggle' : 'replace' });
  };
  const onDragOver = (e: DragEvent, position: FloorPosition) => {
    const payload = payloadInHand(store);
    if (!payload || !landsOnFloor(store.getState().layout, selectCatalog(store.getState()), payload)) return;
    const verdict = previewDrop(store, payload, { kind: 'floor', position });
    if (verdict) e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const { session } = store.getState();
    if (session.drag && session.preview)
      dispatch(store, 'drop', {
        payload: session.drag,
        target: session.preview.target,
        verdict: session.preview,
      });
  };

  return (
    <section className="panel floorplan" aria-label="Floor plan">
      <header className="panel-header">
        <h2>Floor</h2>
        <span className="muted">
          {rows} × {positionsPerRow} · {mm(pitchMm)}
        </span>
      </header>
      <div
        className="floor-grid"
        style={{ gridTemplateColumns: `repeat(${positionsPerRow}, 1fr)` }}
        onDragLeave={() => patchSession(store, { preview: null })}
      >
        {Array.from({ length: rows * positionsPerRow }, (_, i) => {
          const position = { row: Math.floor(i / positionsPerRow), slot: i % positionsPerRow };
          const cell = cells.get(`${position.row}:${position.slot}`);
          const selected = cell !== undefined && selection.some((r) => r.id === cell.ref.id);
          const problem =
            cell && highlights.errors.has(cell.ref.id)
              ? ' error'
              : cell && highlights.warnings.has(cell.ref.id)
                ? ' warning'
                : '';
          const ghost =
            preview &&
            preview.target.kind === 'floor' &&
            preview.target.position.row === position.row &&
            preview.target.position.slot === position.slot
              ? ` ghost-${toneOf(preview)}`
              : '';
          const serving = cell && served.has(cell.ref.id) ? ' served' : '';
          return (
            <button
              key={i}
              type="button"
              className={`floor-cell${cell ? ` taken ${cell.ref.kind}` : ''}${selected ? ' selected' : ''}${problem}${ghost}${serving}`}
              data-row={position.row}
              data-slot={position.slot}
              draggable={cell !== undefined}
              aria-label={`${floorName(position)}${cell ? `: ${cell.ref.kind === 'rack' ? 'rack' : 'floor unit'} ${cell.label}` : ': free'}${serving ? ', served by the cooling unit shown' : ''}${armedFloor ? '. Place here' : ''}`}
              title={cell ? cell.label : floorName(position)}
              onClick={(e) => activate(position, cell, e.shiftKey)}
              onDragStart={(e) => {
                if (!cell) return;
                e.dataTransfer.setData(PAYLOAD_MIME, cell.ref.id);
                e.dataTransfer.effectAllowed = 'move';
                patchSession(store, { drag: { kind: 'move', ids: [cell.ref.id] }, preview: null });
              }}
              onDragEnd={() => patchSession(store, { drag: null, preview: null })}
              onDragOver={(e) => onDragOver(e, position)}
              onDrop={onDrop}
            >
              {cell?.first ? cell.label : ''}
            </button>
          );
        })}
      </div>
    </section>
  );
}
