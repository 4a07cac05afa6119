/** Kind colours for DOM panels; the same values as the 3D view's (src/scene/colours.ts), kept apart so the first screen loads no three.js. */
import type { CatalogKind } from '../core';

export const KIND_COLOURS_CSS: Record<CatalogKind, string> = {
  rack: '#3b4453',
  server: '#6d8cff',
  switch: '#2bb3a3',
  rackmount: '#a3adbb',
  pdu: '#f2b134',
  'power-shelf': '#f08a3c',
  cdu: '#22b5d6',
  rdhx: '#38bdf8',
  'inrow-cooler': '#5fc3ef',
  battery: '#3fbf74',
  ups: '#a48bf0',
  transformer: '#8b7bd8',
  generator: '#7c8796',
  service: '#c084fc',
};
