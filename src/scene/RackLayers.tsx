/** Racks as four instanced layers: shells, invisible drop volumes, 0U side PDUs, rear doors. Four draw calls at most. */
import { Color, MeshStandardMaterial } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { BoxGeometry } from 'three';
import { highlightsOf, rackFiguresById, selectCatalog, selectReport } from '../state/selectors';
import { ERROR_COLOUR, FEED_COLOURS, rackColour, SELECTED_COLOUR, SELECTED_RACK_COLOUR } from './colours';
import { unitBox } from './deviceGeometry';
import type { LayerSpec } from './useInstancedLayer';
import { useInstancedLayer } from './useInstancedLayer';
import { PLINTH_M, rackBoxes, TOP_M, U_M } from './sceneLayout';

/** Side panels, roof, plinth and four mounting rails, in unit coordinates (scaled per rack). */
function shellGeometry() {
  const part = (w: number, h: number, d: number, x: number, y: number, z: number) =>
    new BoxGeometry(w, h, d).translate(x, y, z);
  const parts = [
    part(0.03, 1, 1, -0.485, 0, 0),
    part(0.03, 1, 1, 0.485, 0, 0),
    part(1, 0.03, 1, 0, 0.485, 0),
    part(1, 0.04, 1, 0, -0.48, 0),
  ];
  for (const x of [-0.42, 0.42]) for (const z of [-0.47, 0.47]) parts.push(part(0.07, 0.94, 0.02, x, 0, z));
  const merged = mergeGeometries(parts);
  for (const p of parts) p.dispose();
  return merged;
}

const colour = new Color();

const shells: LayerSpec = {
  name: 'racks:shells',
  pick: 'rack',
  geometry: shellGeometry(),
  material: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.7, metalness: 0.3 }),
  count: (s) => s.layout.racks.length,
  deps: (s) => [s.layout.racks, s.layout.floor, selectReport(s), s.session.selection, s.session.colourMode],
  write: (s, put) => {
    const boxes = rackBoxes(s.layout, selectCatalog(s));
    const report = selectReport(s);
    const h = highlightsOf(report);
    const figures = rackFiguresById(report);
    const selected = new Set(s.session.selection.map((r) => r.id));
    for (const r of s.layout.racks) {
      const box = boxes.get(r.id);
      if (!box) continue;
      // Warnings show in the floor plan and the elevation; in 3D only errors tint a rack, so red stays unambiguous.
      if (h.errors.has(r.id)) colour.copy(ERROR_COLOUR);
      else if (selected.has(r.id)) colour.copy(SELECTED_RACK_COLOUR);
      else rackColour(s.session.colourMode, figures.get(r.id), colour);
      put(r.id, box, colour);
    }
  },
};

const volumeMaterial = new MeshStandardMaterial({ visible: false });
const volumes: LayerSpec = {
  name: 'racks:volumes',
  pick: null,
  rackVolumes: true,
  geometry: unitBox(),
  material: volumeMaterial,
  count: (s) => s.layout.racks.length,
  deps: (s) => [s.layout.racks, s.layout.floor],
  write: (s, put) => {
    for (const [id, box] of rackBoxes(s.layout, selectCatalog(s))) put(id, box, colour.set('#ffffff'));
  },
};

const sidePdus: LayerSpec = {
  name: 'racks:side-pdus',
  pick: 'side',
  geometry: unitBox(),
  material: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.6 }),
  count: (s) => s.layout.sideItems.length,
  deps: (s) => [s.layout.sideItems, s.layout.racks, selectReport(s), s.session.selection],
  write: (s, put) => {
    const boxes = rackBoxes(s.layout, selectCatalog(s));
    const h = highlightsOf(selectReport(s));
    const selected = new Set(s.session.selection.map((r) => r.id));
    const perSide = new Map<string, number>();
    for (const item of s.layout.sideItems) {
      const rack = boxes.get(item.rack);
      if (!rack) continue;
      const key = `${item.rack}:${item.side}`;
      const k = perSide.get(key) ?? 0;
      perSide.set(key, k + 1);
      const sideSign = (item.side === 'left' ? -1 : 1) * rack.facing;
      const height = rack.heightU * U_M * 0.9;
      const box = {
        x: rack.x + sideSign * (rack.w / 2 - 0.05),
        y: PLINTH_M + (rack.heightU * U_M) / 2,
        z: rack.z - rack.facing * (rack.d / 2 - 0.1 - k * 0.09),
        w: 0.05,
        h: height,
        d: 0.07,
        facing: rack.facing,
      };
      if (selected.has(item.id)) colour.copy(SELECTED_COLOUR);
      else if (h.errors.has(item.id)) colour.copy(ERROR_COLOUR);
      else colour.copy(FEED_COLOURS[item.feed]);
      put(item.id, box, colour);
    }
  },
};

const doors: LayerSpec = {
  name: 'racks:doors',
  pick: null,
  geometry: unitBox(),
  material: new MeshStandardMaterial({
    color: '#ffffff',
    roughness: 0.3,
    metalness: 0.1,
    transparent: true,
    opacity: 0.55,
  }),
  count: (s) => s.layout.racks.length,
  deps: (s) => [s.layout.racks, s.layout.floor],
  write: (s, put) => {
    const boxes = rackBoxes(s.layout, selectCatalog(s));
    for (const r of s.layout.racks) {
      const rack = boxes.get(r.id);
      if (!rack || r.rearDoor === undefined) continue;
      put(
        r.id,
        { ...rack, z: rack.z - rack.facing * (rack.d / 2 + 0.05), d: 0.1, h: rack.h - TOP_M / 2 },
        colour.set('#38bdf8'),
      );
    }
  },
};

export function RackLayers() {
  const shellMesh = useInstancedLayer(shells);
  const volumeMesh = useInstancedLayer(volumes);
  const sideMesh = useInstancedLayer(sidePdus);
  const doorMesh = useInstancedLayer(doors);
  return (
    <>
      <primitive object={shellMesh} />
      <primitive object={volumeMesh} />
      <primitive object={sideMesh} />
      <primitive object={doorMesh} />
    </>
  );
}
