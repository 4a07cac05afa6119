/**
 * The 3D cable layer: every link as a few axis-aligned thin prisms (up, along the tray, across, down) in ONE InstancedMesh
 * coloured per instance by network, so the whole layer is one draw call however many cables there are. Shown while
 * the "Cables 3D" toggle is on; updated outside React through store subscriptions. Selecting a device highlights its
 * links and dims the rest; a selected link is drawn in the selection colour. Instances are pickable (kind `link`).
 */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import {
  Color,
  CylinderGeometry,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { networkView } from '../state/networkView';
import { selectCatalog } from '../state/selectors';
import { FABRIC_COLOURS_CSS } from '../ui/network/fabricColours';
import type { CableSegments } from './cableRoutes';
import { cableSegments, FABRIC_ORDER } from './cableRoutes';
import { SELECTED_COLOUR } from './colours';
import { pickRegistry } from './pickRegistry';

const FABRIC_COLOURS = FABRIC_ORDER.map((f) => new Color(FABRIC_COLOURS_CSS[f]));
const DIM = new Color('#d3d9e1');
const nextCapacity = (n: number): number => Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, n) * 1.25)));
const m4 = new Matrix4();
const colour = new Color();
const at = new Vector3();
const size = new Vector3();
const UPRIGHT = new Quaternion();
const ALONG_X = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI / 2);
const ALONG_Z = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);

/**
 * A cable is an open three-sided prism along y (8 vertices, 6 triangles): a third of a box's vertices, which is what
 * software WebGL spends its time on with tens of thousands of cables.
 */
const cableGeometry = () => new CylinderGeometry(0.5, 0.5, 1, 3, 1, true);

export function CableLayer() {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const [capacity, setCapacity] = useState(() => {
    const state = store.getState();
    return nextCapacity(
      state.layout.links.length === 0 ? 0 : cableSegments(state.layout, selectCatalog(state)).count,
    );
  });

  const mesh = useMemo(() => {
    const m = new InstancedMesh(cableGeometry(), new MeshLambertMaterial(), capacity);
    m.setColorAt(0, colour.set('#ffffff'));
    m.count = 0;
    m.name = 'cables';
    m.visible = false;
    return m;
  }, [capacity]);

  useEffect(() => {
    const entry = { mesh, kind: 'link' as const, ids: [] as string[] };
    let unregister: (() => void) | null = null;
    let drawn: CableSegments | null = null;
    let lastSelection: EditorState['session']['selection'] | null = null;

    const update = () => {
      const state = store.getState();
      const visible = networkView.getState().cables && state.layout.links.length > 0;
      if (visible && !unregister) unregister = pickRegistry.add(entry);
      if (!visible && unregister) {
        unregister();
        unregister = null;
      }
      if (mesh.visible !== visible) {
        mesh.visible = visible;
        invalidate();
      }
      if (!visible) return;
      const s = cableSegments(state.layout, selectCatalog(state));
      if (s.count > capacity) {
        setCapacity(nextCapacity(s.count));
        return;
      }
      const selection = state.session.selection;
      if (s === drawn && selection === lastSelection) return;
      if (s !== drawn) {
        const ids: string[] = new Array<string>(s.count);
        for (let i = 0; i < s.count; i++) {
          const c = i * 3;
          const sx = s.sizes[c] ?? 0;
          const sy = s.sizes[c + 1] ?? 0;
          const sz = s.sizes[c + 2] ?? 0;
          at.set(s.centres[c] ?? 0, s.centres[c + 1] ?? 0, s.centres[c + 2] ?? 0);
          const t = Math.min(sx, sy, sz);
          const long = Math.max(sx, sy, sz);
          const q = long === sy ? UPRIGHT : long === sx ? ALONG_X : ALONG_Z;
          mesh.setMatrixAt(i, m4.compose(at, q, size.set(t, long, t)));
          ids[i] = s.links[s.linkOf[i] ?? 0] ?? '';
        }
        mesh.count = s.count;
        entry.ids = ids;
        mesh.instanceMatrix.needsUpdate = true;
        // r151+: an InstancedMesh keeps its own bounds; stale ones hide cables from culling and picking.
        mesh.computeBoundingSphere();
        mesh.computeBoundingBox();
      }
      paint(mesh, s, selection);
      drawn = s;
      lastSelection = selection;
      invalidate();
    };

    update();
    const unsubscribe = [store.subscribe(update), networkView.subscribe(update)];
    return () => {
      unsubscribe.forEach((u) => u());
      unregister?.();
    };
  }, [store, mesh, capacity, invalidate]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshLambertMaterial).dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}

/** Network colours; with a device or link selected, its links stand out and the rest are dimmed. */
function paint(mesh: InstancedMesh, s: CableSegments, selection: EditorState['session']['selection']): void {
  const links = new Set<string>();
  const devices = new Set<string>();
  for (const r of selection) {
    if (r.kind === 'link') links.add(r.id);
    else if (r.kind === 'device') devices.add(r.id);
  }
  const related = new Uint8Array(s.links.length);
  let any = false;
  if (links.size > 0 || devices.size > 0)
    for (let li = 0; li < s.links.length; li++) {
      const [a, b] = s.ends[li] ?? ['', ''];
      const hit = links.has(s.links[li] ?? '') ? 2 : devices.has(a) || devices.has(b) ? 1 : 0;
      related[li] = hit;
      if (hit) any = true;
    }
  for (let i = 0; i < s.count; i++) {
    const li = s.linkOf[i] ?? 0;
    const base = FABRIC_COLOURS[s.fabricOf[li] ?? 0] ?? DIM;
    if (!any) colour.copy(base);
    else if (related[li] === 2) colour.copy(SELECTED_COLOUR);
    else if (related[li] === 1) colour.copy(base);
    else colour.copy(base).lerp(DIM, 0.82);
    mesh.setColorAt(i, colour);
  }
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
}
