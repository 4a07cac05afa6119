/**
 * Rack devices: one InstancedMesh per device model (SKU). Capacity is allocated once (grown by doubling when a model
 * outgrows it); edits change `mesh.count` and the instance matrices and colours, outside React, through a store
 * subscription. Draw calls = number of models in use, whatever the number of devices.
 */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import type { DevicePlacement } from '../core';
import { useEditor, useEditorStore } from '../state/editorContext';
import type { EditorState } from '../state/editorStore';
import { highlightsOf, rackFiguresById, selectCatalog, selectReport } from '../state/selectors';
import { bezelTexture } from './bezelTextures';
import { deviceColour, ERROR_COLOUR, SELECTED_COLOUR } from './colours';
import { deviceGeometry } from './deviceGeometry';
import { pickRegistry } from './pickRegistry';
import { deviceBox, rackBoxes } from './sceneLayout';

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

function SkuInstances({ sku }: { readonly sku: string }) {
  const store = useEditorStore();
  const invalidate = useThree((s) => s.invalidate);
  const [capacity, setCapacity] = useState(() =>
    nextCapacity(devicesBySku(store.getState().layout.devices).get(sku)?.length ?? 1),
  );

  const mesh = useMemo(() => {
    const item = selectCatalog(store.getState()).items.get(sku as never);
    const texture = item ? bezelTexture(item) : null;
    const material = new MeshStandardMaterial({ map: texture, roughness: 0.55, metalness: 0.15 });
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
      if (!sameList) {
        const ids: string[] = [];
        racks = [];
        let n = 0;
        for (const d of list) {
          const rack = boxes.get(d.rack);
          if (!rack) continue;
          const b = deviceBox(rack, d.u, d.face, item);
          m4.compose(
            pos.set(b.x, b.y, b.z),
            b.facing === 1 ? identity : q.copy(flipped),
            scale.set(b.w, b.h, b.d),
          );
          mesh.setMatrixAt(n, m4);
          racks[n] = d.rack;
          ids[n++] = d.id;
        }
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
      for (let i = 0; i < mesh.count; i++) {
        const id = entry.ids[i] ?? '';
        if (selected.has(id)) colour.copy(SELECTED_COLOUR);
        else if (highlights.errors.has(id)) colour.copy(ERROR_COLOUR);
        else deviceColour(session.colourMode, item?.kind ?? 'rackmount', figures.get(racks[i] ?? ''), colour);
        mesh.setColorAt(i, colour);
      }
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
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
