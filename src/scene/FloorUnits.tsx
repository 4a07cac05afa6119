/** Floor units (CDUs, in-row coolers, batteries, UPSes): one instanced layer, one draw call. */
import { Color, MeshStandardMaterial } from 'three';
import { highlightsOf, selectCatalog, selectReport } from '../state/selectors';
import { ERROR_COLOUR, kindColour, SELECTED_COLOUR } from './colours';
import { unitBox } from './deviceGeometry';
import { floorFrame, floorItemBox, floorUnitHeight } from './sceneLayout';
import type { LayerSpec } from './useInstancedLayer';
import { useInstancedLayer } from './useInstancedLayer';

const colour = new Color();

const units: LayerSpec = {
  name: 'floor-units',
  pick: 'floorUnit',
  geometry: unitBox(),
  material: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.5, metalness: 0.2 }),
  count: (s) => s.layout.floorUnits.length,
  deps: (s) => [s.layout.floorUnits, s.layout.floor, selectReport(s), s.session.selection],
  write: (s, put) => {
    const f = floorFrame(s.layout.floor);
    const h = highlightsOf(selectReport(s));
    const selected = new Set(s.session.selection.map((r) => r.id));
    for (const u of s.layout.floorUnits) {
      const item = selectCatalog(s).items.get(u.sku);
      const box = floorItemBox(f, u.position, item, floorUnitHeight(item));
      if (selected.has(u.id)) colour.copy(SELECTED_COLOUR);
      else if (h.errors.has(u.id)) colour.copy(ERROR_COLOUR);
      else colour.copy(kindColour(item?.kind ?? 'cdu'));
      put(u.id, box, colour);
    }
  },
};

export function FloorUnits() {
  const mesh = useInstancedLayer(units);
  return <primitive object={mesh} />;
}
