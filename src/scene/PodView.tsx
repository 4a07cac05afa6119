/**
 * The 3D view (code-split from the first screen): the pod floor, racks, instanced devices, floor units, overlays.
 * Renders on demand only; every layer updates itself from the store and calls `invalidate()`.
 */
import { useEffect, useRef } from 'react';
import { Canvas } from '@react-three/fiber';
import type { RootState } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { Vector3 } from 'three';
import { useEditorStore } from '../state/editorContext';
import { selectCatalog } from '../state/selectors';
import { CameraRig } from './CameraRig';
import { ShaderPrewarm } from './ShaderPrewarm';
import { DeviceInstances } from './DeviceInstances';
import { Floor } from './Floor';
import { UScale } from './UScale';
import { FloorUnits } from './FloorUnits';
import { Overlays } from './Overlays';
import { CableLayer } from './CableLayer';
import { RackLayers } from './RackLayers';
import { ServedLines } from './ServedLines';
import { deviceBox, floorFrame, floorItemBox, rackBoxes } from './sceneLayout';
import { usePointerTools } from './usePointerTools';
import { setViewport } from './viewportHandle';

const probe = new Vector3();

function toClient(root: RootState, x: number, y: number, z: number): { x: number; y: number } {
  probe.set(x, y, z).project(root.camera);
  const rect = root.gl.domElement.getBoundingClientRect();
  return { x: rect.left + ((probe.x + 1) / 2) * rect.width, y: rect.top + ((1 - probe.y) / 2) * rect.height };
}

export default function PodView() {
  const store = useEditorStore();
  const wrapper = useRef<HTMLDivElement>(null);
  const root = useRef<RootState | null>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const dropLabel = useRef<HTMLDivElement>(null);
  usePointerTools(store, { wrapper, root, tooltip, dropLabel });

  useEffect(() => () => setViewport(null), []);

  const onCreated = (state: RootState) => {
    root.current = state;
    setViewport({
      root: () => state.get(),
      slotToClient: (rack, u, face) => {
        const box = rackBoxes(store.getState().layout, selectCatalog(store.getState())).get(rack);
        if (!box) return null;
        const b = deviceBox(box, u, face, undefined);
        return toClient(state.get(), b.x, b.y, b.z + b.facing * (b.d / 2 + 0.02));
      },
      rackToClient: (rack) => {
        const b = rackBoxes(store.getState().layout, selectCatalog(store.getState())).get(rack);
        if (!b) return null;
        const xs: number[] = [];
        const ys: number[] = [];
        for (let k = 0; k < 8; k++) {
          const p = toClient(
            state.get(),
            b.x + ((k & 1 ? 1 : -1) * b.w) / 2,
            b.y + ((k & 2 ? 1 : -1) * b.h) / 2,
            b.z + ((k & 4 ? 1 : -1) * b.d) / 2,
          );
          xs.push(p.x);
          ys.push(p.y);
        }
        return {
          left: Math.min(...xs),
          top: Math.min(...ys),
          right: Math.max(...xs),
          bottom: Math.max(...ys),
        };
      },
      floorToClient: (position) => {
        const b = floorItemBox(floorFrame(store.getState().layout.floor), position, undefined, 0);
        return toClient(state.get(), b.x, 0, b.z);
      },
      sample: () => {
        const s = state.get();
        s.gl.render(s.scene, s.camera);
        const { calls, triangles } = s.gl.info.render;
        const ctx = s.gl.getContext();
        const w = ctx.drawingBufferWidth;
        const h = ctx.drawingBufferHeight;
        const px = new Uint8Array(4);
        const colours = new Set<number>();
        for (let i = 0; i < 24; i++)
          for (let j = 0; j < 16; j++) {
            ctx.readPixels(
              Math.floor(((i + 0.5) * w) / 24),
              Math.floor(((j + 0.5) * h) / 16),
              1,
              1,
              ctx.RGBA,
              ctx.UNSIGNED_BYTE,
              px,
            );
            colours.add(((px[0] ?? 0) << 16) | ((px[1] ?? 0) << 8) | (px[2] ?? 0));
          }
        return { width: w, height: h, distinctColours: colours.size, calls, triangles };
      },
    });
  };

  return (
    <div className="viewport-canvas" ref={wrapper} data-testid="viewport">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 40, near: 0.05, far: 800, position: [8, 10, 14] }}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
        onCreated={onCreated}
      >
        <color attach="background" args={['#eef1f5']} />
        <hemisphereLight args={['#ffffff', '#aab4c2', 1.6]} />
        <directionalLight position={[6, 14, 9]} intensity={1.7} />
        <directionalLight position={[-8, 6, -10]} intensity={0.6} />
        <Floor />
        <RackLayers />
        <DeviceInstances />
        <FloorUnits />
        <Overlays />
        <UScale />
        <ServedLines />
        <CableLayer />
        <OrbitControls
          makeDefault
          enableDamping={false}
          zoomToCursor
          maxPolarAngle={Math.PI * 0.49}
          minDistance={0.5}
          maxDistance={400}
        />
        <CameraRig />
        <ShaderPrewarm />
      </Canvas>
      <div ref={tooltip} className="tooltip" role="tooltip" hidden />
      <div ref={dropLabel} className="drop-label" role="status" hidden />
    </div>
  );
}
