/**
 * Camera presets (overview, front of row, selected item) and the fly-to animation. Driven by the session's camera
 * request; animates with `useFrame` only while flying, so the demand frameloop stays idle otherwise.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { subscribeTo } from '../state/editorStore';
import { selectCatalog } from '../state/selectors';
import type { CameraRequest } from '../state/session';
import { boxOf } from './boxOf';
import { linkBox } from './cableRoutes';
import { floorFrame, rowCentreZ, rowFacing } from './sceneLayout';

interface Shot {
  readonly position: Vector3;
  readonly target: Vector3;
}

export function shotFor(state: EditorState, request: CameraRequest, aspect: number): Shot {
  const f = floorFrame(state.layout.floor);
  const span = Math.max(f.width, f.depth / Math.max(aspect, 0.5), 4);
  if (request.preset === 'selected') {
    const ref = request.focus ?? state.session.selection[0];
    const box = ref
      ? ref.kind === 'link'
        ? linkBox(state.layout, selectCatalog(state), ref.id)
        : boxOf(state.layout, selectCatalog(state), ref)
      : null;
    if (box) {
      // Stay within the aisle (the facing row would block the view) and gain distance by rising instead.
      const size = Math.max(box.h, box.w * 2.2, 0.6);
      const reach = Math.min(size * 1.2 + 0.6, f.aisle * 0.85) + box.d / 2;
      const rise = Math.max(0.4, size * 1.25);
      return {
        position: new Vector3(box.x + size * 0.3, box.y + rise, box.z + box.facing * reach),
        target: new Vector3(box.x, box.y, box.z + (box.facing * box.d) / 2),
      };
    }
  }
  if (request.preset === 'row') {
    // From the end of row 0's front aisle, looking along the fronts; with no facing row there is room to back off.
    const facing = rowFacing(0);
    const frontZ = rowCentreZ(f, 0) + (facing * f.rowDepth) / 2;
    const out = f.rows > 1 ? f.aisle * 0.8 : Math.max(4, f.width * 0.5);
    return {
      position: new Vector3(
        f.originX - 0.8 - f.width * 0.15,
        f.rows > 1 ? 2.3 : 1.9 + f.width * 0.08,
        frontZ + facing * out,
      ),
      target: new Vector3(f.originX + f.width * 0.45, 1.0, frontZ),
    };
  }
  // High enough that a row of tall floor units in front does not hide the racks behind it.
  const dist = span * 1.1 + 3.5;
  return { position: new Vector3(dist * 0.42, dist * 0.8, dist * 0.7), target: new Vector3(0, 0.6, 0) };
}

const FLY_MS = 450;

export function CameraRig() {
  const store = useEditorStore();
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const flight = useRef<{ from: Shot; to: Shot; start: number } | null>(null);

  useEffect(() => {
    if (!controls) return;
    const fly = (request: CameraRequest, instant: boolean) => {
      const to = shotFor(store.getState(), request, size.width / Math.max(size.height, 1));
      if (instant) {
        camera.position.copy(to.position);
        controls.target.copy(to.target);
        controls.update();
        invalidate();
        return;
      }
      flight.current = {
        from: { position: camera.position.clone(), target: controls.target.clone() },
        to,
        start: performance.now(),
      };
      invalidate();
    };
    fly(store.getState().session.camera, true);
    return subscribeTo(
      store,
      (s) => s.session.camera,
      (r) => fly(r, false),
    );
    // The first shot is taken once per controls; later size changes keep the user's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, camera, controls, invalidate]);

  useFrame(() => {
    const f = flight.current;
    if (!f || !controls) return;
    const t = Math.min(1, (performance.now() - f.start) / FLY_MS);
    const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    camera.position.lerpVectors(f.from.position, f.to.position, e);
    controls.target.lerpVectors(f.from.target, f.to.target, e);
    controls.update();
    if (t < 1) invalidate();
    else flight.current = null;
  });
  return null;
}
