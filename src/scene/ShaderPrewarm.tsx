/**
 * Compiles the pod's shader programs in the browser's idle time after the 3D view starts, before there is a pod to
 * draw: the layers of an empty pod draw nothing, so their programs (and the device models', whose meshes appear
 * with the first device) would otherwise be compiled and linked while the user waits for the first view of an
 * opened pod. With software WebGL that is seconds of waiting in `getProgramInfoLog` on a loaded machine.
 * three.js keeps a program per set of shader parameters, so a program compiled here for a stand-in is the one a
 * real layer of the same kind uses; the stand-ins are kept, so their programs stay in the cache.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { CanvasTexture, Color, Group, InstancedMesh } from 'three';
import { deviceMaterial } from './DeviceInstances';
import { deviceGeometry } from './deviceGeometry';

let standIns: Group | null = null;

/** A device model with a bezel and one without, each instanced with a colour per instance as the layers are. */
function deviceStandIns(): Group {
  const group = new Group();
  const bezel = new CanvasTexture(document.createElement('canvas'));
  for (const material of [deviceMaterial(bezel), deviceMaterial(null)]) {
    const mesh = new InstancedMesh(deviceGeometry(), material, 1);
    mesh.setColorAt(0, new Color('#ffffff'));
    group.add(mesh);
  }
  return group;
}

export function ShaderPrewarm() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const run = () => {
      standIns ??= deviceStandIns();
      const group = standIns;
      // The scene's own layers (empty, so never drawn yet), then the device models, lit as the scene is.
      void gl.compileAsync(scene, camera).then(() => gl.compileAsync(group, camera, scene));
    };
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(run, 500);
      return () => clearTimeout(t);
    }
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [gl, scene, camera]);
  return null;
}
