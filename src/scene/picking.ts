/**
 * Turning a pointer position into what is under it: a record (for hover and selection) or a drop target (a U slot
 * on the face under the pointer, anchored by `anchorSlot`, or a floor position). One raycast per call against the registered instanced layers.
 */
import type { Camera } from 'three';
import { Plane, Raycaster, Vector2, Vector3 } from 'three';
import type { Catalog, Layout } from '../core';
import { anchorSlot, landsOnFloor } from '../core';
import type { DropTarget, Payload, SelectionRef } from '../state/session';
import { pickRegistry } from './pickRegistry';
import { cellAt, floorFrame, rackBoxes, uAtHeight } from './sceneLayout';

const raycaster = new Raycaster();
const ndc = new Vector2();
const floorPlane = new Plane(new Vector3(0, 1, 0), 0);
const hitPoint = new Vector3();

export function aim(camera: Camera, element: HTMLElement, clientX: number, clientY: number): Raycaster {
  const rect = element.getBoundingClientRect();
  ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  return raycaster;
}

export interface RecordHit {
  readonly ref: SelectionRef;
  readonly kind: 'device' | 'side' | 'rack' | 'floorUnit' | 'link';
}

/** The record under the pointer; a device in the nearest rack wins over the rack itself. */
export function recordAt(ray: Raycaster, layout: Layout): RecordHit | null {
  const hits = ray.intersectObjects(pickRegistry.objects(), false);
  const volumes = pickRegistry.rackVolumes();
  const rackHit = volumes ? ray.intersectObject(volumes.mesh, false)[0] : undefined;
  const rackId = rackHit?.instanceId !== undefined ? volumes?.ids[rackHit.instanceId] : undefined;
  for (const h of hits) {
    const entry = pickRegistry.entryOf(h.object);
    const id = entry && h.instanceId !== undefined ? entry.ids[h.instanceId] : undefined;
    if (!entry || id === undefined) continue;
    if (entry.kind === 'device' || entry.kind === 'side') {
      const inRack =
        layout.devices.find((d) => d.id === id)?.rack ?? layout.sideItems.find((d) => d.id === id)?.rack;
      if (rackHit && rackId !== undefined && inRack !== rackId && h.distance > rackHit.distance) break;
      return { ref: { kind: 'device', id }, kind: entry.kind };
    }
    if (entry.kind === 'floorUnit') return { ref: { kind: 'floorUnit', id }, kind: 'floorUnit' };
    if (entry.kind === 'link') return { ref: { kind: 'link', id }, kind: 'link' };
    if (entry.kind === 'rack') return { ref: { kind: 'rack', id }, kind: 'rack' };
  }
  if (rackId !== undefined) return { ref: { kind: 'rack', id: rackId }, kind: 'rack' };
  return null;
}

/** The drop target under the pointer for a payload: a floor cell for racks and floor units, else a U slot. */
export function dropTargetAt(
  ray: Raycaster,
  layout: Layout,
  catalog: Catalog,
  payload: Payload,
): DropTarget | null {
  if (landsOnFloor(layout, catalog, payload)) {
    if (!ray.ray.intersectPlane(floorPlane, hitPoint)) return null;
    const position = cellAt(floorFrame(layout.floor), hitPoint.x, hitPoint.z);
    return position ? { kind: 'floor', position } : null;
  }
  const volumes = pickRegistry.rackVolumes();
  if (!volumes) return null;
  const hit = ray.intersectObject(volumes.mesh, false)[0];
  const rack = hit?.instanceId !== undefined ? volumes.ids[hit.instanceId] : undefined;
  if (!hit || rack === undefined) return null;
  const box = rackBoxes(layout, catalog).get(rack);
  if (!box) return null;
  const face = (hit.point.z - box.z) * box.facing >= 0 ? 'front' : 'rear';
  return anchorSlot(layout, catalog, payload, rack, uAtHeight(box, hit.point.y), face);
}
