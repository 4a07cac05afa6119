/**
 * A unit box whose +z face carries the front-panel texture and whose other faces map to the texture's plain strip,
 * so one material (one draw call per model) gives a textured front and plain sides.
 */
import { BoxGeometry } from 'three';
import { PLAIN_UV } from './bezelTextures';

let shared: BoxGeometry | null = null;

export function deviceGeometry(): BoxGeometry {
  if (shared) return shared;
  const geo = new BoxGeometry(1, 1, 1);
  const uv = geo.getAttribute('uv');
  // BoxGeometry groups: +x, −x, +y, −y, +z, −z; 4 vertices each. Only +z (index 4) keeps its UVs.
  for (let face = 0; face < 6; face++) {
    for (let v = 0; v < 4; v++) {
      const i = face * 4 + v;
      if (face === 4) uv.setY(i, PLAIN_UV * 4 + (1 - PLAIN_UV * 4) * uv.getY(i));
      else uv.setXY(i, PLAIN_UV, PLAIN_UV);
    }
  }
  uv.needsUpdate = true;
  shared = geo;
  return geo;
}

let plainBox: BoxGeometry | null = null;
/** A plain unit box (racks' pick volumes, floor units, doors, side PDUs). */
export function unitBox(): BoxGeometry {
  return (plainBox ??= new BoxGeometry(1, 1, 1));
}
