/**
 * A still of the 3D view for the printable quote: render one frame now and read the canvas back as a PNG data URL.
 * Reading right after `gl.render` works without `preserveDrawingBuffer` because the buffer is not cleared until the
 * next frame. Null while the 3D view is not mounted yet (it loads lazily).
 */
import { getViewport } from '../../scene/viewportHandle';

export function snapshotPod(): string | null {
  const handle = getViewport();
  if (!handle) return null;
  try {
    const { gl, scene, camera } = handle.root();
    gl.render(scene, camera);
    const url = gl.domElement.toDataURL('image/png');
    return url.startsWith('data:image/png') && url.length > 1000 ? url : null;
  } catch {
    return null;
  }
}
