/**
 * Transient overlays, driven by store subscriptions (never by React renders): the drop ghost (green when the core
 * finds no new error, amber when allowed with new errors, red with a cross when refused), and outlines around the
 * selection and the hovered record.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferGeometry, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial } from 'three';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { subscribeTo } from '../state/editorStore';
import type { GhostTone } from '../state/ghostText';
import { toneOf } from '../state/ghostText';
import { selectCatalog } from '../state/selectors';
import type { DropVerdict, SelectionRef } from '../state/session';
import { boxOf } from './boxOf';
import { unitBox } from './deviceGeometry';
import { boxCross, boxEdges, writeBoxes, writeSegments } from './lineGeometry';
import type { Box } from './sceneLayout';

const TONE_COLOURS: Record<GhostTone, { fill: string; edge: string; opacity: number }> = {
  ok: { fill: '#22c55e', edge: '#15803d', opacity: 0.45 },
  warn: { fill: '#f59e0b', edge: '#b45309', opacity: 0.55 },
  refused: { fill: '#dc2626', edge: '#7f1d1d', opacity: 0.3 },
};

function ghostBox(state: EditorState, verdict: DropVerdict): Box | null {
  const catalog = selectCatalog(state);
  const t = verdict.target;
  const ref: SelectionRef =
    t.kind === 'floor'
      ? verdict.candidate.racks.some((r) => r.id === verdict.subjectId)
        ? { kind: 'rack', id: verdict.subjectId }
        : { kind: 'floorUnit', id: verdict.subjectId }
      : t.kind === 'rack' || verdict.subjectId === t.rack
        ? { kind: 'rack', id: t.rack }
        : { kind: 'device', id: verdict.subjectId };
  return boxOf(verdict.candidate, catalog, ref);
}

export function Overlays() {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const parts = useMemo(() => {
    const ghost = new Mesh(
      unitBox(),
      new MeshBasicMaterial({ color: '#22c55e', transparent: true, opacity: 0.45, depthWrite: false }),
    );
    ghost.visible = false;
    ghost.renderOrder = 10;
    ghost.name = 'ghost';
    ghost.userData.tone = 'ok';
    const ghostEdges = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: '#15803d' }));
    ghostEdges.visible = false;
    ghostEdges.name = 'ghost-edges';
    const selection = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: '#1d4ed8' }));
    selection.name = 'selection-outline';
    const hover = new LineSegments(
      new BufferGeometry(),
      new LineBasicMaterial({ color: '#0f172a', transparent: true, opacity: 0.55 }),
    );
    hover.name = 'hover-outline';
    return { ghost, ghostEdges, selection, hover };
  }, []);

  useEffect(() => {
    const { ghost, ghostEdges, selection, hover } = parts;
    const showGhost = (verdict: DropVerdict | null) => {
      const box = verdict ? ghostBox(store.getState(), verdict) : null;
      ghost.visible = ghostEdges.visible = box !== null;
      if (box && verdict) {
        const tone = toneOf(verdict);
        const colours = TONE_COLOURS[tone];
        ghost.userData.tone = tone;
        ghost.position.set(box.x, box.y, box.z);
        ghost.scale.set(box.w + 0.01, box.h + 0.004, box.d + 0.01);
        const fill = ghost.material as MeshBasicMaterial;
        fill.color.set(colours.fill);
        fill.opacity = colours.opacity;
        (ghostEdges.material as LineBasicMaterial).color.set(colours.edge);
        const edges = boxEdges([box], 0.006);
        writeSegments(ghostEdges.geometry, tone === 'refused' ? [...edges, ...boxCross(box, 0.008)] : edges);
      }
      invalidate();
    };
    const showOutlines = (target: LineSegments, refs: readonly SelectionRef[], pad: number) => {
      const s = store.getState();
      const boxes = refs.flatMap((r) => {
        const b = boxOf(s.layout, selectCatalog(s), r);
        return b ? [b] : [];
      });
      target.visible = boxes.length > 0;
      if (boxes.length > 0) writeBoxes(target.geometry, boxes, pad);
      invalidate();
    };
    showGhost(store.getState().session.preview);
    showOutlines(selection, store.getState().session.selection, 0.008);
    const subs = [
      subscribeTo(store, (s) => s.session.preview, showGhost),
      subscribeTo(
        store,
        (s) => s.session.selection,
        (sel) => showOutlines(selection, sel, 0.008),
      ),
      subscribeTo(
        store,
        (s) => s.layout,
        () => showOutlines(selection, store.getState().session.selection, 0.008),
      ),
      subscribeTo(
        store,
        (s) => s.session.hover,
        (h) => showOutlines(hover, h ? [h] : [], 0.004),
      ),
    ];
    return () => subs.forEach((u) => u());
  }, [store, parts, invalidate]);

  return (
    <>
      <primitive object={parts.ghost} />
      <primitive object={parts.ghostEdges} />
      <primitive object={parts.selection} />
      <primitive object={parts.hover} />
    </>
  );
}
