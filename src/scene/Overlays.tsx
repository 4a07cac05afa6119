/**
 * Transient overlays, driven by store subscriptions (never by React renders): the drop ghost (green when the core
 * finds no new error, red otherwise), and outlines around the selection and the hovered record.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
} from 'three';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { subscribeTo } from '../state/editorStore';
import { selectCatalog } from '../state/selectors';
import type { DropVerdict, SelectionRef } from '../state/session';
import { boxOf } from './boxOf';
import { unitBox } from './deviceGeometry';
import type { Box } from './sceneLayout';

const EDGES = [
  [0, 1],
  [1, 3],
  [3, 2],
  [2, 0],
  [4, 5],
  [5, 7],
  [7, 6],
  [6, 4],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
] as const;

/** Writes the 12 edges of each box into a line-segment geometry (grown as needed). */
function writeBoxes(geometry: BufferGeometry, boxes: readonly Box[], pad: number): void {
  const needed = boxes.length * 24 * 3;
  let attr = geometry.getAttribute('position') as BufferAttribute | undefined;
  if (!attr || attr.array.length < needed) {
    attr = new BufferAttribute(new Float32Array(Math.max(needed, 24 * 3 * 8)), 3);
    geometry.setAttribute('position', attr);
  }
  let i = 0;
  for (const b of boxes) {
    const hw = b.w / 2 + pad;
    const hh = b.h / 2 + pad;
    const hd = b.d / 2 + pad;
    const corner = (k: number): [number, number, number] => [
      b.x + (k & 1 ? hw : -hw),
      b.y + (k & 2 ? hh : -hh),
      b.z + (k & 4 ? hd : -hd),
    ];
    for (const [a, c] of EDGES) {
      attr.setXYZ(i++, ...corner(a));
      attr.setXYZ(i++, ...corner(c));
    }
  }
  geometry.setDrawRange(0, i);
  attr.needsUpdate = true;
  geometry.computeBoundingSphere();
}

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
    const ghostEdges = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: '#15803d' }));
    ghostEdges.visible = false;
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
        const ok = verdict.problems.length === 0;
        ghost.position.set(box.x, box.y, box.z);
        ghost.scale.set(box.w + 0.01, box.h + 0.004, box.d + 0.01);
        (ghost.material as MeshBasicMaterial).color.set(ok ? '#22c55e' : '#ef4444');
        (ghostEdges.material as LineBasicMaterial).color.set(ok ? '#15803d' : '#b91c1c');
        writeBoxes(ghostEdges.geometry, [box], 0.006);
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
