/**
 * Rack devices: one InstancedMesh per device model (SKU). Capacity is allocated once (grown by doubling when a model
 * outgrows it); edits change `mesh.count` and the instance matrices and colours, outside React, through a store
 * subscription. Draw calls = number of models in use, whatever the number of devices.
 */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import {
  Box3,
  Color,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Sphere,
  Vector3,
} from 'three';
import type { Texture } from 'three';
import type { CatalogItem, DevicePlacement } from '../core';
import { useEditor, useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { highlightsOf, rackFiguresById, selectCatalog, selectReport } from '../state/selectors';
import { colourDiffers, nothingChanged, upload, widen } from './instanceRanges';
import { bezelTexture } from './bezelTextures';
import { deviceColour, ERROR_COLOUR, SELECTED_COLOUR } from './colours';
import { deviceGeometry } from './deviceGeometry';
import { pickRegistry } from './pickRegistry';
import { changedWindow } from '../state/changedWindow';
import { deviceBox, rackBoxes } from './sceneLayout';
import type { RackBox } from './sceneLayout';

const bySkuCache = new WeakMap<readonly DevicePlacement[], Map<string, DevicePlacement[]>>();
function devicesBySku(devices: readonly DevicePlacement[]): Map<string, DevicePlacement[]> {
  let m = bySkuCache.get(devices);
  if (!m) {
    m = new Map();
    for (const d of devices) {
      const list = m.get(d.sku);
      if (list) list.push(d);
      else m.set(d.sku, [d]);
    }
    bySkuCache.set(devices, m);
  }
  return m;
}

const skuKeyCache = new WeakMap<readonly DevicePlacement[], string>();
/** The models in use as one string, so React re-renders this list only when a model appears or disappears. */
function skuKey(devices: readonly DevicePlacement[]): string {
  let k = skuKeyCache.get(devices);
  if (k === undefined) skuKeyCache.set(devices, (k = [...devicesBySku(devices).keys()].sort().join('|')));
  return k;
}

/** A model's material: its bezel as the texture (the shader prewarm compiles the same kind, `ShaderPrewarm.tsx`). */
export const deviceMaterial = (bezel: Texture | null): MeshStandardMaterial =>
  new MeshStandardMaterial({ map: bezel, roughness: 0.55, metalness: 0.15 });

const nextCapacity = (n: number): number => Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, n) * 1.25)));

export function DeviceInstances() {
  const key = useEditor((s) => skuKey(s.layout.devices));
  return (
    <>
      {key
        .split('|')
        .filter(Boolean)
        .map((sku) => (
          <SkuInstances key={sku} sku={sku} />
        ))}
    </>
  );
}

const m4 = new Matrix4();
const q = new Quaternion();
const flipped = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI);
const identity = new Quaternion();
const pos = new Vector3();
const scale = new Vector3();
const colour = new Color();
const instanceBox = new Box3();
const instanceSphere = new Sphere();
/** Above this many changed records in one model's list, its instances are all rewritten (and its bounds recomputed). */
const PATCH_LIMIT = 256;

function SkuInstances({ sku }: { readonly sku: string }) {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const [capacity, setCapacity] = useState(() =>
    nextCapacity(devicesBySku(store.getState().layout.devices).get(sku)?.length ?? 1),
  );

  const mesh = useMemo(() => {
    const item = selectCatalog(store.getState()).items.get(sku as never);
    const texture = item ? bezelTexture(item) : null;
    const material = deviceMaterial(texture);
    const m = new InstancedMesh(deviceGeometry(), material, capacity);
    m.setColorAt(0, colour.set('#ffffff'));
    m.count = 0;
    m.name = `devices:${sku}`;
    return m;
  }, [store, sku, capacity]);

  useEffect(() => {
    const entry = { mesh, kind: 'device' as const, ids: [] as string[] };
    const unregister = pickRegistry.add(entry);
    let last: { list: readonly DevicePlacement[]; boxes: unknown } | null = null;
    let racks: string[] = [];
    let lastLook: unknown[] = [];
    /** Every device of the last list has an instance, at its own index (none was skipped for a missing rack). */
    let oneToOne = false;

    /** The instance matrix of device `d` (in rack box `rack`), into `m4`. */
    const matrixOf = (rack: RackBox, d: DevicePlacement, item: CatalogItem | undefined) => {
      const b = deviceBox(rack, d.u, d.face, item);
      return m4.compose(
        pos.set(b.x, b.y, b.z),
        b.facing === 1 ? identity : q.copy(flipped),
        scale.set(b.w, b.h, b.d),
      );
    };

    /**
     * Only the instances of the records that changed: the tail after them moves in the buffer, the bounds grow by the
     * new instances (bounds that are too large stay correct for culling and picking). False when it cannot apply.
     */
    const patch = (
      list: readonly DevicePlacement[],
      boxes: ReadonlyMap<string, RackBox>,
      item: CatalogItem | undefined,
    ): boolean => {
      if (!last || last.boxes !== boxes || !oneToOne || !mesh.boundingBox || !mesh.boundingSphere)
        return false;
      const w = changedWindow(last.list, list);
      if (w.newEnd - w.start > PATCH_LIMIT || list.slice(w.start, w.newEnd).some((d) => !boxes.has(d.rack)))
        return false;
      const array = mesh.instanceMatrix.array;
      const oldLength = last.list.length;
      if (w.newEnd !== w.oldEnd) array.copyWithin(w.newEnd * 16, w.oldEnd * 16, oldLength * 16);
      const newIds = list.slice(w.start, w.newEnd);
      entry.ids = entry.ids.slice();
      entry.ids.splice(w.start, w.oldEnd - w.start, ...newIds.map((d) => d.id as string));
      racks.splice(w.start, w.oldEnd - w.start, ...newIds.map((d) => d.rack as string));
      if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
      newIds.forEach((d, k) => {
        mesh.setMatrixAt(w.start + k, matrixOf(boxes.get(d.rack)!, d, item));
        instanceBox.copy(mesh.geometry.boundingBox!).applyMatrix4(m4);
        mesh.boundingBox!.union(instanceBox);
        mesh.boundingSphere!.union(instanceBox.getBoundingSphere(instanceSphere));
      });
      mesh.count = list.length;
      // The changed records and the tail moved after them; nothing when records were only taken off the end.
      if (w.start < list.length) upload(mesh.instanceMatrix, { lo: w.start, hi: list.length - 1 }, 16);
      return true;
    };

    const update = (state: EditorState) => {
      const { layout, session } = state;
      const catalog = selectCatalog(state);
      const list = devicesBySku(layout.devices).get(sku) ?? [];
      if (list.length > capacity) {
        setCapacity(nextCapacity(list.length));
        return;
      }
      const boxes = rackBoxes(layout, catalog);
      const item = catalog.items.get(sku as never);
      const report = selectReport(state);
      const look = [report, session.selection, session.colourMode];
      const sameList =
        last !== null &&
        last.boxes === boxes &&
        last.list.length === list.length &&
        last.list.every((d, i) => d === list[i]);
      const sameLook = look.every((v, i) => v === lastLook[i]);
      if (sameList && sameLook) return;
      if (!sameList && !patch(list, boxes, item)) {
        const ids: string[] = [];
        racks = [];
        let n = 0;
        for (const d of list) {
          const rack = boxes.get(d.rack);
          if (!rack) continue;
          mesh.setMatrixAt(n, matrixOf(rack, d, item));
          racks[n] = d.rack;
          ids[n++] = d.id;
        }
        oneToOne = n === list.length;
        mesh.count = n;
        entry.ids = ids;
        mesh.instanceMatrix.needsUpdate = true;
        // r151+: an InstancedMesh keeps its own bounds; stale ones hide instances from culling and raycasts.
        mesh.computeBoundingSphere();
        mesh.computeBoundingBox();
      }
      const highlights = highlightsOf(report);
      const figures = rackFiguresById(report);
      const selected = new Set(session.selection.map((r) => r.id));
      // Only the colours that changed are written and uploaded (an edit recolours a few devices of 20,000).
      const colours = mesh.instanceColor?.array as Float32Array | undefined;
      const recoloured = nothingChanged();
      for (let i = 0; i < mesh.count; i++) {
        const id = entry.ids[i] ?? '';
        if (selected.has(id)) colour.copy(SELECTED_COLOUR);
        else if (highlights.errors.has(id)) colour.copy(ERROR_COLOUR);
        else deviceColour(session.colourMode, item?.kind ?? 'rackmount', figures.get(racks[i] ?? ''), colour);
        if (colours && !colourDiffers(colours, i, colour)) continue;
        mesh.setColorAt(i, colour);
        widen(recoloured, i);
      }
      if (mesh.instanceColor && recoloured.hi >= 0) upload(mesh.instanceColor, recoloured, 3);
      last = { list, boxes };
      lastLook = look;
      invalidate();
    };
    update(store.getState());
    const unsubscribe = store.subscribe(update);
    return () => {
      unsubscribe();
      unregister();
    };
  }, [store, mesh, sku, capacity, invalidate]);

  useEffect(() => () => (mesh.material as MeshStandardMaterial).dispose(), [mesh]);
  return <primitive object={mesh} />;
}
