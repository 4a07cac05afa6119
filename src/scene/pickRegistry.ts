/**
 * What the pointer can hit: each instanced mesh with its instance index → record id map. Meshes register here when
 * they mount; the pointer tools raycast against them (one raycast per pointer move, not one per object).
 */
import type { InstancedMesh, Object3D } from 'three';

export type PickKind = 'device' | 'side' | 'rack' | 'floorUnit' | 'link';

export interface PickEntry {
  readonly mesh: InstancedMesh;
  readonly kind: PickKind;
  /** Instance index → record id; rewritten in place when the mesh is updated. */
  ids: string[];
}

const entries = new Set<PickEntry>();
let rackVolumes: PickEntry | null = null;

export const pickRegistry = {
  add(entry: PickEntry): () => void {
    entries.add(entry);
    return () => entries.delete(entry);
  },
  /** The invisible rack volumes drops are aimed at. */
  setRackVolumes(entry: PickEntry | null): void {
    rackVolumes = entry;
  },
  rackVolumes: (): PickEntry | null => rackVolumes,
  objects(): Object3D[] {
    return [...entries].map((e) => e.mesh);
  },
  entryOf(object: Object3D): PickEntry | undefined {
    for (const e of entries) if (e.mesh === object) return e;
    return undefined;
  },
};
