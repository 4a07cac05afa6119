/** Colours of the 3D view: by kind, by power density, by cooling headroom; errors and selection override. */
import { Color } from 'three';
import type { CatalogKind, RackFigures } from '../core';
import { coolingRatio, powerRatio } from '../state/selectors';
import { KIND_COLOURS_CSS } from '../ui/kindColours';
import type { ColourMode } from '../state/session';

export const KIND_COLOURS: Record<CatalogKind, string> = KIND_COLOURS_CSS;

export const ERROR_COLOUR = new Color('#e5484d');
export const WARNING_COLOUR = new Color('#f5a524');
export const SELECTED_COLOUR = new Color('#2f6bff');
export const SELECTED_RACK_COLOUR = new Color('#5d7fc4');
export const RACK_COLOUR = new Color('#3b4453');
export const FEED_COLOURS = { A: new Color('#f2b134'), B: new Color('#8b6cf0') } as const;

const cool = new Color('#35b779');
const warm = new Color('#f5c542');
const hot = new Color('#e5484d');

/** Green below half the limit, yellow at 80 %, red from 100 %. */
export function loadColour(r: number, out: Color): Color {
  if (!Number.isFinite(r) || r >= 1) return out.copy(hot);
  if (r <= 0.5) return out.copy(cool);
  if (r <= 0.8) return out.copy(cool).lerp(warm, (r - 0.5) / 0.3);
  return out.copy(warm).lerp(hot, (r - 0.8) / 0.2);
}

const kindCache = new Map<string, Color>();
export const kindColour = (kind: CatalogKind): Color => {
  let c = kindCache.get(kind);
  if (!c) kindCache.set(kind, (c = new Color(KIND_COLOURS[kind])));
  return c;
};

/** A device's colour under the current mode (before error and selection overrides): its rack's load in the load modes. */
export function deviceColour(
  mode: ColourMode,
  kind: CatalogKind,
  rack: RackFigures | undefined,
  out: Color,
): Color {
  if (mode === 'kind' || !rack) return out.copy(kindColour(kind));
  return loadColour(mode === 'power' ? powerRatio(rack) : coolingRatio(rack), out);
}

export function rackColour(mode: ColourMode, rack: RackFigures | undefined, out: Color): Color {
  if (mode === 'kind' || !rack) return out.copy(RACK_COLOUR);
  return loadColour(mode === 'power' ? powerRatio(rack) : coolingRatio(rack), out);
}
