/**
 * The proposal's 3D picture: one frame rendered from the fixed print camera (`printCamera.ts`), framed on the racks,
 * at 1600 × 900 px, read back as a PNG data URL. The live view's size, pixel ratio and camera are restored at once
 * and a new frame is requested. Null while the 3D view is not mounted yet (it loads lazily).
 */
import type { Catalog, Layout } from '../../core';
import { rackBoxes } from '../../scene/sceneLayout';
import { getViewport } from '../../scene/viewportHandle';
import type { Aabb } from './printCamera';
import { printCameraPose, PRINT_CAMERA } from './printCamera';

const WIDTH = 1600;
const HEIGHT = 900;

function racksBox(layout: Layout, catalog: Catalog): Aabb | null {
  const boxes = [...rackBoxes(layout, catalog).values()];
  if (boxes.length === 0) return null;
  const min: [number, number, number] = [Infinity, 0, Infinity];
  const max: [number, number, number] = [-Infinity, 0, -Infinity];
  for (const b of boxes) {
    min[0] = Math.min(min[0], b.x - b.w / 2);
    min[2] = Math.min(min[2], b.z - b.d / 2);
    max[0] = Math.max(max[0], b.x + b.w / 2);
    max[2] = Math.max(max[2], b.z + b.d / 2);
    max[1] = Math.max(max[1], b.h);
  }
  return { min, max };
}

export function snapshotPod(layout: Layout, catalog: Catalog): string | null {
  const handle = getViewport();
  if (!handle) return null;
  const { gl, scene, camera, invalidate } = handle.root();
  const canvas = gl.domElement;
  const [w, h, ratio] = [canvas.clientWidth, canvas.clientHeight, gl.getPixelRatio()];
  try {
    const box = racksBox(layout, catalog);
    const cam = camera.clone() as typeof camera & { fov?: number; aspect?: number };
    if (box && 'fov' in cam) {
      const pose = printCameraPose(box);
      cam.fov = pose.fovDeg;
      cam.aspect = PRINT_CAMERA.aspect;
      cam.position.set(...pose.position);
      cam.lookAt(...pose.target);
      cam.updateProjectionMatrix();
    }
    gl.setPixelRatio(1);
    gl.setSize(WIDTH, HEIGHT, false);
    gl.render(scene, cam);
    const url = canvas.toDataURL('image/png');
    return url.startsWith('data:image/png') && url.length > 1000 ? url : null;
  } catch {
    return null;
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(w, h, false);
    invalidate();
  }
}
