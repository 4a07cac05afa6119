/**
 * What a floor CDU or in-row cooler serves, in 3D: a line from the unit to each rack it serves and an outline around
 * those racks, for the unit being dropped, else the selected one, else the hovered one (`servedFocusOf`).
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferGeometry, LineBasicMaterial, LineSegments } from 'three';
import { useEditorStore } from '../state/editorContext';
import { subscribeTo } from '../state/editorStore';
import type { ServedFocus } from '../state/servedFocus';
import { servedFocusOf } from '../state/servedFocus';
import { selectCatalog } from '../state/selectors';
import type { Catalog } from '../core';
import { boxOf } from './boxOf';
import { boxEdges, writeSegments } from './lineGeometry';

const LIFT_M = 0.15;

function servedSegments(focus: ServedFocus, catalog: Catalog) {
  const unit = boxOf(focus.layout, catalog, { kind: 'floorUnit', id: focus.unitId });
  if (!unit) return [];
  const from = [unit.x, unit.y + unit.h / 2 + LIFT_M, unit.z] as const;
  return focus.rackIds.flatMap((id) => {
    const rack = boxOf(focus.layout, catalog, { kind: 'rack', id });
    if (!rack) return [];
    const to = [rack.x, rack.y + rack.h / 2 + LIFT_M, rack.z] as const;
    return [from, to, ...boxEdges([rack], 0.02)];
  });
}

export function ServedLines() {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const lines = useMemo(() => {
    const l = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: '#0891b2' }));
    l.name = 'served-lines';
    l.visible = false;
    l.renderOrder = 11;
    return l;
  }, []);
  useEffect(() => {
    const show = (focus: ServedFocus | null) => {
      const segments = focus ? servedSegments(focus, selectCatalog(store.getState())) : [];
      lines.visible = segments.length > 0;
      lines.userData.racks = focus?.rackIds ?? [];
      if (segments.length > 0) writeSegments(lines.geometry, segments);
      invalidate();
    };
    show(servedFocusOf(store.getState()));
    return subscribeTo(store, servedFocusOf, show);
  }, [store, lines, invalidate]);
  return <primitive object={lines} />;
}
