/**
 * U numbers beside the rack a drag hovers (or the pointer rests on), on the viewer's left of its front face, so a
 * user can aim at a U in 3D. One plane with a canvas texture painted once per rack height (no fonts fetched), moved
 * to the rack by a store subscription (never a React render): one draw call, shown only while it helps.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { CanvasTexture, DoubleSide, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace } from 'three';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { subscribeTo } from '../state/editorStore';
import { selectCatalog } from '../state/selectors';
import { PLINTH_M, rackBoxes, U_M } from './sceneLayout';

/** Width of the scale, m, and its gap from the rack's side. */
const SCALE_W_M = 0.11;
const GAP_M = 0.015;
/** Canvas pixels per U (the text is painted at 70% of it). */
const PX_PER_U = 28;

/** The rack whose U numbers help now: the one a drag's ghost targets, else the hovered rack or device's rack. */
export function scaleRackOf(state: EditorState): string | null {
  const t = state.session.preview?.target;
  if (t && (t.kind === 'slot' || t.kind === 'rack')) return t.rack;
  const h = state.session.hover;
  if (h?.kind === 'rack') return h.id;
  if (h?.kind === 'device') return state.layout.devices.find((d) => d.id === h.id)?.rack ?? null;
  return null;
}

const textures = new Map<number, CanvasTexture>();

/** U1 at the bottom to U`heightU` at the top, every U numbered (every other one above 52 U). */
function scaleTexture(heightU: number): CanvasTexture | null {
  const hit = textures.get(heightU);
  if (hit) return hit;
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = Math.min(4096, heightU * PX_PER_U);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const pxPerU = canvas.height / heightU;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.82)';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1f2937';
  ctx.font = `600 ${Math.round(pxPerU * 0.7)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const every = heightU > 52 ? 2 : 1;
  for (let u = 1; u <= heightU; u += every) {
    const y = canvas.height - (u - 0.5) * pxPerU;
    ctx.fillText(String(u), canvas.width / 2, y);
    ctx.fillRect(0, canvas.height - u * pxPerU, canvas.width * 0.18, 1);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  textures.set(heightU, texture);
  return texture;
}

export function UScale() {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const mesh = useMemo(() => {
    const m = new Mesh(
      new PlaneGeometry(1, 1),
      new MeshBasicMaterial({ transparent: true, depthWrite: false, side: DoubleSide }),
    );
    m.name = 'u-scale';
    m.visible = false;
    m.renderOrder = 9;
    return m;
  }, []);

  useEffect(() => {
    const show = (rack: string | null) => {
      const s = store.getState();
      const box = rack ? rackBoxes(s.layout, selectCatalog(s)).get(rack) : undefined;
      const texture = box ? scaleTexture(box.heightU) : null;
      mesh.visible = box !== undefined && texture !== null;
      mesh.userData.rack = mesh.visible ? rack : null;
      if (box && texture) {
        const material = mesh.material as MeshBasicMaterial;
        if (material.map !== texture) {
          material.map = texture;
          material.needsUpdate = true;
        }
        const height = box.heightU * U_M;
        // The viewer faces the rack's front: their left is −x for a row facing +z, +x for one facing −z.
        mesh.position.set(
          box.x - box.facing * (box.w / 2 + GAP_M + SCALE_W_M / 2),
          PLINTH_M + height / 2,
          box.z + box.facing * (box.d / 2),
        );
        mesh.rotation.set(0, box.facing === 1 ? 0 : Math.PI, 0);
        mesh.scale.set(SCALE_W_M, height, 1);
      }
      invalidate();
    };
    show(scaleRackOf(store.getState()));
    const unsubscribe = subscribeTo(store, scaleRackOf, show);
    return () => unsubscribe();
  }, [store, mesh, invalidate]);

  return <primitive object={mesh} />;
}
