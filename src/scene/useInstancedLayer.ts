/**
 * One InstancedMesh for a whole layer of records (rack shells, side PDUs, doors, floor units), written outside
 * React from a store subscription. `deps` are compared by identity; when none changed, nothing is rewritten.
 */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import type { BufferGeometry, Material } from 'three';
import { Color, InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import type { PickKind } from './pickRegistry';
import { pickRegistry } from './pickRegistry';
import type { Box } from './sceneLayout';
import { colourDiffers, differs, nothingChanged, upload, widen } from './instanceRanges';

export type Put = (id: string, box: Box, colour: Color) => void;

export interface LayerSpec {
  readonly name: string;
  /** What a hit on this layer selects; null for layers the pointer ignores. */
  readonly pick: PickKind | null;
  /** The invisible rack volumes that drops aim at. */
  readonly rackVolumes?: boolean;
  readonly geometry: BufferGeometry;
  readonly material: Material;
  readonly count: (s: EditorState) => number;
  readonly deps: (s: EditorState) => readonly unknown[];
  readonly write: (s: EditorState, put: Put) => void;
}

const m4 = new Matrix4();
const flipped = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI);
const identity = new Quaternion();
const pos = new Vector3();
const scale = new Vector3();

const grow = (n: number): number => Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, n) * 1.25)));

export function useInstancedLayer(spec: LayerSpec): InstancedMesh {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const [capacity, setCapacity] = useState(() => grow(spec.count(store.getState())));
  const { geometry, material, name } = spec;
  const mesh = useMemo(() => {
    const m = new InstancedMesh(geometry, material, capacity);
    m.setColorAt(0, new Color('#ffffff'));
    m.count = 0;
    m.name = name;
    return m;
  }, [geometry, material, capacity, name]);

  useEffect(() => {
    const entry = { mesh, kind: spec.pick ?? 'rack', ids: [] as string[] };
    const unregister = spec.pick ? pickRegistry.add(entry) : () => undefined;
    if (spec.rackVolumes) pickRegistry.setRackVolumes(entry);
    let lastDeps: readonly unknown[] = [];
    const update = (state: EditorState) => {
      const deps = spec.deps(state);
      if (deps.length === lastDeps.length && deps.every((d, i) => d === lastDeps[i])) return;
      if (spec.count(state) > capacity) {
        setCapacity(grow(spec.count(state)));
        return;
      }
      lastDeps = deps;
      const ids: string[] = [];
      const before = mesh.count;
      const matrices = mesh.instanceMatrix.array as Float32Array;
      const colours = mesh.instanceColor?.array as Float32Array | undefined;
      // What changed, as index ranges: an edit usually recolours a few instances and moves none, so only those are
      // uploaded and the bounds (a pass over every instance) are worked out again only when something moved.
      const moved = nothingChanged();
      const recoloured = nothingChanged();
      let n = 0;
      spec.write(state, (id, box, colour) => {
        if (n >= capacity) return;
        m4.compose(
          pos.set(box.x, box.y, box.z),
          box.facing === 1 ? identity : flipped,
          scale.set(box.w, box.h, box.d),
        );
        if (n >= before || differs(matrices, n * 16, m4.elements)) {
          mesh.setMatrixAt(n, m4);
          widen(moved, n);
        }
        if (!colours || n >= before || colourDiffers(colours, n, colour)) {
          mesh.setColorAt(n, colour);
          widen(recoloured, n);
        }
        ids[n++] = id;
      });
      mesh.count = n;
      entry.ids = ids;
      const resized = n !== before;
      if (moved.hi >= 0) upload(mesh.instanceMatrix, moved, 16);
      if (mesh.instanceColor && recoloured.hi >= 0) upload(mesh.instanceColor, recoloured, 3);
      if (moved.hi >= 0 || resized) {
        mesh.computeBoundingSphere();
        mesh.computeBoundingBox();
      }
      if (moved.hi >= 0 || recoloured.hi >= 0 || resized) invalidate();
    };
    update(store.getState());
    const unsubscribe = store.subscribe(update);
    return () => {
      unsubscribe();
      unregister();
      if (spec.rackVolumes) pickRegistry.setRackVolumes(null);
    };
    // The spec is a module-level constant per layer; its identity never changes.
  }, [store, mesh, capacity, invalidate, spec]);
  return mesh;
}
