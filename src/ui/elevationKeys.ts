/**
 * Keyboard moves in the elevation (a roving tab stop over free slots and devices): ↑/↓ to the slot or device above or
 * below, Home/End to the top or bottom, ←/→ to the other face at the same U and on past it to the previous or next
 * rack. Every slot and device carries its span as `data-lo`/`data-hi` inside a `.face[data-face]`.
 */
import type { Face } from '../core';

const ITEMS = '[data-lo]';

/** The slot or device on `face` whose span covers `u`, if any. */
function covering(body: HTMLElement, face: Face, u: number): HTMLElement | null {
  for (const el of body.querySelectorAll<HTMLElement>(`.face[data-face="${face}"] ${ITEMS}`)) {
    if (Number(el.dataset.lo) <= u && u <= Number(el.dataset.hi)) return el;
  }
  return null;
}

/** Focuses the slot or device covering `u` on `face` (or the nearest one below, then above). */
export function focusCovering(body: HTMLElement, face: Face, u: number): boolean {
  const height = Number(body.dataset.heightU) || 60;
  for (let d = 0; d <= height; d++)
    for (const at of [u - d, u + d]) {
      const el = at >= 1 && at <= height ? covering(body, face, at) : null;
      if (el) {
        el.focus();
        return true;
      }
    }
  return false;
}

export interface ElevationMove {
  readonly face: Face;
  readonly u: number;
  /** −1 or +1 when the move leaves this rack for the previous or next one. */
  readonly rackStep: -1 | 0 | 1;
}

/** Where a key press moves from the focused element, or null when the key is not a move. */
export function moveFor(key: string, el: HTMLElement, heightU: number): ElevationMove | null {
  const face = el.closest<HTMLElement>('.face')?.dataset.face as Face | undefined;
  if (!face || el.dataset.lo === undefined) return null;
  const lo = Number(el.dataset.lo);
  const hi = Number(el.dataset.hi);
  switch (key) {
    case 'ArrowUp':
      return hi < heightU ? { face, u: hi + 1, rackStep: 0 } : null;
    case 'ArrowDown':
      return lo > 1 ? { face, u: lo - 1, rackStep: 0 } : null;
    case 'Home':
      return { face, u: heightU, rackStep: 0 };
    case 'End':
      return { face, u: 1, rackStep: 0 };
    case 'ArrowRight':
      return face === 'front' ? { face: 'rear', u: hi, rackStep: 0 } : { face: 'front', u: hi, rackStep: 1 };
    case 'ArrowLeft':
      return face === 'rear' ? { face: 'front', u: hi, rackStep: 0 } : { face: 'rear', u: hi, rackStep: -1 };
    default:
      return null;
  }
}
