/**
 * Camera presets (see `cameraShots`) and the fly-to animation. Driven by the session's camera request; animates with
 * `useFrame` only while flying, so the demand frameloop stays idle otherwise. While a preset looks across an aisle,
 * the near plane follows the camera so the facing row never stands between the camera and the racks.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useEditorStore } from '../state/editorContext';
import { subscribeTo } from '../state/editorStore';
import type { CameraRequest } from '../state/session';
import type { Shot } from './cameraShots';
import { shotFor } from './cameraShots';
import type { ViewFrame } from './framing';

const FLY_MS = 450;
const NEAR_M = 0.05;

/** The canvas as the framing sees it: its size and the px the view controls cover at its top. */
function viewOf(canvas: HTMLCanvasElement, fovDeg: number): ViewFrame {
  const rect = canvas.getBoundingClientRect();
  const viewport = canvas.closest('.viewport');
  const bar = viewport?.querySelector('.view-controls .segmented')?.getBoundingClientRect();
  const legend = viewport?.querySelector('.view-legend')?.getBoundingClientRect();
  const insetTop = bar ? Math.max(0, Math.min(rect.height / 3, bar.bottom - rect.top)) : 0;
  const insetBottom = legend ? Math.max(0, Math.min(rect.height / 4, rect.bottom - legend.top)) : 0;
  return { width: rect.width, height: rect.height, fovDeg, insetTop, insetBottom };
}

export function CameraRig() {
  const store = useEditorStore();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const flight = useRef<{ from: Omit<Shot, 'clipDepth'>; to: Shot; start: number } | null>(null);
  const clip = useRef<number | null>(null);
  const followNear = useRef<() => void>(() => undefined);
  // Until the user orbits or zooms, a resized canvas (a banner closing, the window) is framed again.
  const userMoved = useRef(false);
  const size = useThree((s) => s.size);

  useEffect(() => {
    if (!controls) return;
    const updateNear = () => {
      const depth = clip.current;
      const near =
        depth === null ? NEAR_M : Math.max(NEAR_M, camera.position.distanceTo(controls.target) - depth);
      if (Math.abs(camera.near - near) > 1e-4) {
        camera.near = near;
        camera.updateProjectionMatrix();
      }
    };
    const fly = (request: CameraRequest, instant: boolean) => {
      userMoved.current = false;
      const to = shotFor(store.getState(), request, viewOf(canvas, camera.fov));
      // Clip only once there: mid-flight, far back, it would cut away most of the scene.
      clip.current = instant ? to.clipDepth : null;
      updateNear();
      if (instant) {
        camera.position.copy(to.position);
        controls.target.copy(to.target);
        controls.update();
        updateNear();
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
    followNear.current = updateNear;
    const onStart = () => {
      userMoved.current = true;
    };
    controls.addEventListener('change', updateNear);
    controls.addEventListener('start', onStart);
    fly(store.getState().session.camera, true);
    const unsubscribe = subscribeTo(
      store,
      (s) => s.session.camera,
      (r) => fly(r, r.jump === true),
    );
    return () => {
      unsubscribe();
      controls.removeEventListener('change', updateNear);
      controls.removeEventListener('start', onStart);
    };
    // The first shot is taken once per controls; later size changes keep the user's view.
  }, [store, camera, controls, invalidate, canvas]);

  useEffect(() => {
    if (!controls || userMoved.current || flight.current) return;
    const to = shotFor(store.getState(), store.getState().session.camera, viewOf(canvas, camera.fov));
    camera.position.copy(to.position);
    controls.target.copy(to.target);
    clip.current = to.clipDepth;
    controls.update();
    followNear.current();
    invalidate();
  }, [size, store, camera, controls, canvas, invalidate]);

  useFrame(() => {
    const f = flight.current;
    if (!f || !controls) return;
    const t = Math.min(1, (performance.now() - f.start) / FLY_MS);
    const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    camera.position.lerpVectors(f.from.position, f.to.position, e);
    controls.target.lerpVectors(f.from.target, f.to.target, e);
    controls.update();
    if (t < 1) invalidate();
    else {
      flight.current = null;
      clip.current = f.to.clipDepth;
      followNear.current();
    }
  });
  return null;
}
