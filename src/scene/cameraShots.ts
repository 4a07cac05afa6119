/**
 * Where each camera preset puts the camera:
 * - **pod** (the default, and after opening a pod): the whole pod, every rack and floor unit and the floor's far
 *   corners, from the front, three-quarter and above; the U is as large as that allows;
 * - **racks**: the racks of the current rack's row, front on, U range filling
 *   the free band, but never farther than keeps one U at least `MIN_U_PX` tall; when the whole row does not fit at
 *   that scale, centred on the current rack with its neighbours as far as they fit;
 * - **row**: the whole run of racks in that row from its left end, three-quarter view, all of them in frame;
 * - **selected**: the item with its context (a device with its whole rack, a rack with its neighbours, a CDU with
 *   the racks it serves);
 * - **overview**: the whole floor from above.
 * `clipDepth` is how far in front of the target the view must stay clear: the near plane is pushed past the facing
 * row across the aisle, which would otherwise stand between the camera and the racks.
 */
import { Vector3 } from 'three';
import type { Catalog, Layout } from '../core';
import { racksInFloorOrder, servedRacksOf } from '../core';
import type { EditorState } from '../state/editorStore';
import { selectCatalog } from '../state/selectors';
import type { CameraRequest, SelectionRef } from '../state/session';
import { boxOf } from './boxOf';
import { linkBox } from './cableRoutes';
import type { Box, RackBox } from './sceneLayout';
import { floorFrame, PLINTH_M, rackBoxes, U_M } from './sceneLayout';
import type { ViewFrame } from './framing';
import { distanceForScale, frameFrom, lookFrom } from './framing';

/** The smallest U the racks preset allows, CSS px (the issue asks for at least ~8). */
export const MIN_U_PX = 8.5;

export interface Shot {
  readonly position: Vector3;
  readonly target: Vector3;
  /** Metres in front of the target kept visible; nearer than that is clipped (null: no clipping). */
  readonly clipDepth: number | null;
}

/** The rack the user works in: the elevation's rack, else the selection's rack, else the first on the floor. */
export function currentRack(state: EditorState): string | null {
  const { layout, session } = state;
  if (session.elevationRack && layout.racks.some((r) => r.id === session.elevationRack))
    return session.elevationRack;
  const sel = session.selection[0];
  if (sel?.kind === 'rack') return sel.id;
  if (sel?.kind === 'device') {
    const d = layout.devices.find((x) => x.id === sel.id) ?? layout.sideItems.find((x) => x.id === sel.id);
    if (d) return d.rack;
  }
  return racksInFloorOrder(layout.racks)[0]?.id ?? null;
}

/** The four corners of a rack's front face over its U range. */
function frontFace(b: RackBox): Vector3[] {
  const z = b.z + (b.facing * b.d) / 2;
  const y0 = PLINTH_M;
  const y1 = PLINTH_M + b.heightU * U_M;
  return [-1, 1].flatMap((sx) => [y0, y1].map((y) => new Vector3(b.x + (sx * b.w) / 2, y, z)));
}

const corners = (b: Box): Vector3[] =>
  Array.from(
    { length: 8 },
    (_, k) =>
      new Vector3(
        b.x + ((k & 1 ? 1 : -1) * b.w) / 2,
        b.y + ((k & 2 ? 1 : -1) * b.h) / 2,
        b.z + ((k & 4 ? 1 : -1) * b.d) / 2,
      ),
  );

/** The racks in the same row as `rackId`, left to right, as boxes. */
function rowRun(layout: Layout, catalog: Catalog, rackId: string): RackBox[] {
  const boxes = rackBoxes(layout, catalog);
  const row = layout.racks.find((r) => r.id === rackId)?.position.row;
  return racksInFloorOrder(layout.racks)
    .filter((r) => r.position.row === row)
    .flatMap((r) => boxes.get(r.id) ?? []);
}

const clipFor = (layout: Layout): number | null =>
  layout.floor.rows > 1 ? floorFrame(layout.floor).aisle - 0.1 : null;

function racksShot(state: EditorState, view: ViewFrame): Shot | null {
  const catalog = selectCatalog(state);
  const current = currentRack(state);
  if (current === null) return null;
  const run = rowRun(state.layout, catalog, current);
  const mine = rackBoxes(state.layout, catalog).get(current);
  if (!mine || run.length === 0) return null;
  const dir = new Vector3(0, 0.12, mine.facing);
  const clipDepth = clipFor(state.layout);
  const all = frameFrom(run.flatMap(frontFace), dir, view);
  const readable = distanceForScale(MIN_U_PX / U_M, view) * dir.clone().normalize().z * mine.facing;
  if (all.distance <= readable) return { position: all.position, target: all.target, clipDepth };
  // The whole row would make a U too small: stay at the readable distance, centred on the current rack.
  const centre = frontFace(mine)
    .reduce((a, p) => a.add(p), new Vector3())
    .multiplyScalar(1 / 4);
  const { eye, look } = lookFrom(centre, dir, view, readable);
  return { position: eye, target: look, clipDepth };
}

function rowShot(state: EditorState, view: ViewFrame): Shot | null {
  const catalog = selectCatalog(state);
  const current = currentRack(state);
  if (current === null) return null;
  const run = rowRun(state.layout, catalog, current);
  const first = run[0];
  if (!first) return null;
  const framed = frameFrom(run.flatMap(corners), new Vector3(-0.45, 0.35, first.facing), view);
  return { position: framed.position, target: framed.target, clipDepth: clipFor(state.layout) };
}

/** The boxes that give a selected record its context. */
function contextBoxes(state: EditorState, ref: SelectionRef): Box[] {
  const catalog = selectCatalog(state);
  const { layout } = state;
  const own = ref.kind === 'link' ? linkBox(layout, catalog, ref.id) : boxOf(layout, catalog, ref);
  if (!own) return [];
  const boxes = rackBoxes(layout, catalog);
  if (ref.kind === 'device') {
    const d = layout.devices.find((x) => x.id === ref.id) ?? layout.sideItems.find((x) => x.id === ref.id);
    const rack = d ? boxes.get(d.rack) : undefined;
    return rack ? [own, rack] : [own];
  }
  if (ref.kind === 'rack') {
    const run = rowRun(layout, catalog, ref.id);
    const i = run.findIndex((b) => b.x === own.x);
    return [own, ...run.slice(Math.max(0, i - 1), i + 2)];
  }
  if (ref.kind === 'floorUnit') {
    const unit = layout.floorUnits.find((f) => f.id === ref.id);
    const served = unit ? servedRacksOf(unit, layout.racks).racks : [];
    return [own, ...served.flatMap((r) => boxes.get(r.id) ?? [])];
  }
  return [own];
}

function selectedShot(state: EditorState, request: CameraRequest, view: ViewFrame): Shot | null {
  const ref = request.focus ?? state.session.selection[0];
  const boxes = ref ? contextBoxes(state, ref) : [];
  const own = boxes[0];
  if (!own) return null;
  const dir =
    ref?.kind === 'floorUnit' || ref?.kind === 'link'
      ? new Vector3(0.35, 0.8, own.facing * 0.7)
      : new Vector3(0.25, 0.15, own.facing);
  const framed = frameFrom(boxes.flatMap(corners), dir, view);
  return { position: framed.position, target: framed.target, clipDepth: clipFor(state.layout) };
}

/** How far the rack names painted in front of a row (`Floor.tsx`: 0.3 m out, ~0.25 m of text) reach past it, m. */
const LABELS_M = 0.6;

/**
 * The whole pod: the box around every rack, every floor unit and the floor itself with the names painted in front of its rows,
 * framed from the front of the first row, a little to the left and above. The eight corners of that box stand for
 * every point inside it: a perspective projection keeps a point of a box within the projection of its corners.
 */
function podShot(state: EditorState, view: ViewFrame): Shot {
  const { layout } = state;
  const catalog = selectCatalog(state);
  const f = floorFrame(layout.floor);
  const span = {
    x0: f.originX,
    x1: f.originX + f.width,
    y0: 0,
    y1: 0,
    z0: f.originZ - LABELS_M,
    z1: f.originZ + f.depth + LABELS_M,
  };
  const grow = (b: Box) => {
    span.x0 = Math.min(span.x0, b.x - b.w / 2);
    span.x1 = Math.max(span.x1, b.x + b.w / 2);
    span.y0 = Math.min(span.y0, b.y - b.h / 2);
    span.y1 = Math.max(span.y1, b.y + b.h / 2);
    span.z0 = Math.min(span.z0, b.z - b.d / 2);
    span.z1 = Math.max(span.z1, b.z + b.d / 2);
  };
  for (const b of rackBoxes(layout, catalog).values()) grow(b);
  for (const u of layout.floorUnits) {
    const b = boxOf(layout, catalog, { kind: 'floorUnit', id: u.id });
    if (b) grow(b);
  }
  const all: Box = {
    x: (span.x0 + span.x1) / 2,
    y: (span.y0 + span.y1) / 2,
    z: (span.z0 + span.z1) / 2,
    w: span.x1 - span.x0,
    h: Math.max(span.y1 - span.y0, 0.01),
    d: span.z1 - span.z0,
    facing: 1,
  };
  const framed = frameFrom(corners(all), new Vector3(-0.3, 0.55, 1), view);
  return { position: framed.position, target: framed.target, clipDepth: null };
}

function overviewShot(state: EditorState, view: ViewFrame): Shot {
  const f = floorFrame(state.layout.floor);
  const aspect = view.width / Math.max(view.height, 1);
  const span = Math.max(f.width, f.depth / Math.max(aspect, 0.5), 4);
  // High enough that a row of tall floor units in front does not hide the racks behind it.
  const dist = span * 1.1 + 3.5;
  return {
    position: new Vector3(dist * 0.42, dist * 0.8, dist * 0.7),
    target: new Vector3(0, 0.6, 0),
    clipDepth: null,
  };
}

export function shotFor(state: EditorState, request: CameraRequest, view: ViewFrame): Shot {
  if (request.preset === 'pod') return podShot(state, view);
  const shot =
    request.preset === 'racks'
      ? racksShot(state, view)
      : request.preset === 'row'
        ? rowShot(state, view)
        : request.preset === 'selected'
          ? selectedShot(state, request, view)
          : null;
  return shot ?? overviewShot(state, view);
}
