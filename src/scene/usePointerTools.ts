/**
 * Pointer and drag-and-drop handling for the 3D view, on the canvas wrapper (R3F has no drag events). Hover, ghost
 * and tooltip go through refs and the store's transient session, never through React renders. A drag of a selected
 * item moves it (one undo step on release); a drag elsewhere orbits; a click selects or places the item in hand.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { RootState } from '@react-three/fiber';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { dispatch } from '../state/commands/registry';
import type { EditorStore } from '../state/editorStore';
import { patchSession } from '../state/editorStore';
import { ghostTextOf } from '../state/ghostText';
import { payloadInHand, previewDrop } from '../state/previewDrop';
import { selectCatalog, selectReport } from '../state/selectors';
import type { DropVerdict, Payload } from '../state/session';
import { aim, dropTargetAt, recordAt } from './picking';
import { tooltipFor } from './tooltipText';

interface Refs {
  readonly wrapper: RefObject<HTMLDivElement | null>;
  readonly root: RefObject<RootState | null>;
  readonly tooltip: RefObject<HTMLDivElement | null>;
  readonly dropLabel: RefObject<HTMLDivElement | null>;
}

const CLICK_SLOP_PX = 4;

const escape = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function place(el: HTMLDivElement | null, wrapper: HTMLDivElement, x: number, y: number): void {
  if (!el) return;
  const rect = wrapper.getBoundingClientRect();
  const left = Math.min(x - rect.left + 14, rect.width - el.offsetWidth - 8);
  el.style.transform = `translate(${Math.max(4, left)}px, ${Math.max(4, y - rect.top + 14)}px)`;
}

export function usePointerTools(store: EditorStore, { wrapper, root, tooltip, dropLabel }: Refs): void {
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    let frame = 0;
    let down: { x: number; y: number; drag: Payload | null } | null = null;
    let dragging = false;

    const controls = () => root.current?.controls as OrbitControlsImpl | null | undefined;
    const rayAt = (x: number, y: number) => {
      const r = root.current;
      return r ? aim(r.camera, r.gl.domElement, x, y) : null;
    };
    const showDropLabel = (verdict: DropVerdict | null, x: number, y: number) => {
      const label = dropLabel.current;
      if (!label) return;
      label.hidden = verdict === null;
      if (!verdict) return;
      const text = ghostTextOf(verdict, selectCatalog(store.getState()));
      label.className = `drop-label ${text.tone}`;
      label.dataset.tone = text.tone;
      label.innerHTML = [text.where, text.verdict, text.serves]
        .map((line, i) =>
          line === null ? '' : i === 0 ? `<strong>${escape(line)}</strong>` : `<span>${escape(line)}</span>`,
        )
        .join('');
      place(label, el, x, y);
    };
    const hideTooltip = () => {
      if (tooltip.current) tooltip.current.hidden = true;
    };
    const previewAt = (payload: Payload, x: number, y: number): DropVerdict | null => {
      const ray = rayAt(x, y);
      const { layout } = store.getState();
      const target = ray ? dropTargetAt(ray, layout, selectCatalog(store.getState()), payload) : null;
      const verdict = previewDrop(store, payload, target);
      showDropLabel(verdict, x, y);
      return verdict;
    };
    const hoverAt = (x: number, y: number) => {
      const inHand = store.getState().session.armed;
      if (inHand) {
        hideTooltip();
        previewAt(inHand, x, y);
        return;
      }
      const ray = rayAt(x, y);
      const state = store.getState();
      const hit = ray ? recordAt(ray, state.layout) : null;
      patchSession(store, { hover: hit?.ref ?? null });
      const tip = tooltip.current;
      if (!tip) return;
      const text = hit ? tooltipFor(state, selectReport(state), hit.ref) : null;
      tip.hidden = text === null;
      if (text) {
        tip.innerHTML = `<strong>${escape(text.title)}</strong>${text.lines.map((l) => `<span>${escape(l)}</span>`).join('')}`;
        place(tip, el, x, y);
      }
    };

    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const ray = rayAt(e.clientX, e.clientY);
      const state = store.getState();
      const hit = ray && !state.session.armed ? recordAt(ray, state.layout) : null;
      const selected = hit && state.session.selection.some((r) => r.id === hit.ref.id);
      let drag: Payload | null = null;
      if (hit && selected && hit.kind !== 'link') {
        drag = { kind: 'move', ids: state.session.selection.map((r) => r.id) };
        const c = controls();
        if (c) c.enabled = false;
      }
      down = { x: e.clientX, y: e.clientY, drag };
    };
    const onPointerMove = (e: PointerEvent) => {
      if (down?.drag) {
        if (!dragging && Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX) {
          dragging = true;
          patchSession(store, { drag: down.drag, hover: null });
          hideTooltip();
        }
        if (dragging) previewAt(down.drag, e.clientX, e.clientY);
        return;
      }
      if (e.buttons !== 0) {
        hideTooltip();
        return;
      }
      cancelAnimationFrame(frame);
      const { clientX, clientY } = e;
      frame = requestAnimationFrame(() => hoverAt(clientX, clientY));
    };
    const onPointerUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      const c = controls();
      if (c) c.enabled = true;
      if (!start) return;
      if (dragging) {
        dragging = false;
        const { session } = store.getState();
        if (start.drag && session.preview)
          dispatch(store, 'drop', {
            payload: start.drag,
            target: session.preview.target,
            verdict: session.preview,
          });
        else patchSession(store, { drag: null, preview: null });
        showDropLabel(null, 0, 0);
        return;
      }
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP_PX) return;
      const state = store.getState();
      const armed = state.session.armed;
      if (armed) {
        const verdict = previewAt(armed, e.clientX, e.clientY);
        if (verdict) dispatch(store, 'drop', { payload: armed, target: verdict.target, verdict });
        showDropLabel(null, 0, 0);
        return;
      }
      const ray = rayAt(e.clientX, e.clientY);
      const hit = ray ? recordAt(ray, state.layout) : null;
      dispatch(store, 'select', {
        refs: hit ? [hit.ref] : [],
        mode: e.shiftKey && hit ? 'toggle' : 'replace',
      });
    };
    const onDoubleClick = (e: MouseEvent) => {
      const ray = rayAt(e.clientX, e.clientY);
      const hit = ray ? recordAt(ray, store.getState().layout) : null;
      if (hit) dispatch(store, 'reveal', { ref: hit.ref });
    };
    const onLeave = () => {
      hideTooltip();
      patchSession(store, { hover: null });
      if (store.getState().session.armed) previewDrop(store, null, null);
      showDropLabel(null, 0, 0);
    };
    const onDragOver = (e: DragEvent) => {
      const payload = payloadInHand(store);
      if (!payload) return;
      const verdict = previewAt(payload, e.clientX, e.clientY);
      if (verdict) {
        e.preventDefault();
        if (e.dataTransfer)
          e.dataTransfer.dropEffect = verdict.allowed ? (payload.kind === 'move' ? 'move' : 'copy') : 'none';
      }
    };
    const onDrop = (e: DragEvent) => {
      const { session } = store.getState();
      if (!session.drag) return;
      e.preventDefault();
      e.stopPropagation();
      const verdict = previewAt(session.drag, e.clientX, e.clientY);
      if (verdict) dispatch(store, 'drop', { payload: session.drag, target: verdict.target, verdict });
      else patchSession(store, { drag: null, preview: null });
      showDropLabel(null, 0, 0);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget instanceof Node && el.contains(e.relatedTarget)) return;
      previewDrop(store, null, null);
      showDropLabel(null, 0, 0);
    };

    el.addEventListener('pointerdown', onPointerDown, { capture: true });
    el.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    el.addEventListener('dblclick', onDoubleClick);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('dragover', onDragOver);
    el.addEventListener('drop', onDrop);
    el.addEventListener('dragleave', onDragLeave);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointerdown', onPointerDown, { capture: true });
      el.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      el.removeEventListener('dblclick', onDoubleClick);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('dragover', onDragOver);
      el.removeEventListener('drop', onDrop);
      el.removeEventListener('dragleave', onDragLeave);
    };
  }, [store, wrapper, root, tooltip, dropLabel]);
}
