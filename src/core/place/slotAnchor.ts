/**
 * One rule for where a pointed U puts a rack-mounted item, shared by every view (3D, elevation, keyboard):
 *
 * - **The pointed U is the item's lowest U** (as the layout's `u` and the inspector's "Lowest U" read): a 4U server
 *   pointed at U20 spans U20–U23.
 * - When the span does not fit there (past the top of the rack, or over other gear on that face), the ghost **snaps
 *   to the nearest lowest U where it fits** on the same face (ties go to the lower one) and says so.
 * - When nothing fits, the span stays at the pointed U (clamped into the rack) so the core can say why it is refused.
 * - A move of several devices keeps their spacing: the lead device takes the pointed U, clamped, without snapping.
 * - 0U side items and rear doors go to the rack as a whole.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import { uHeightOf } from '../model/catalog';
import type { Face, Layout } from '../model/layout';
import { fits } from './freeSpace';
import { racksById } from './layoutIndex';
import type { DropTarget, Payload } from './types';

/** The item a payload carries into a rack (the lead device of a move), or undefined. */
function leadItem(layout: Layout, catalog: Catalog, payload: Payload): CatalogItem | undefined {
  if (payload.kind === 'sku') return catalog.items.get(payload.sku);
  const lead = layout.devices.find((d) => d.id === payload.ids[0]);
  return lead ? catalog.items.get(lead.sku) : undefined;
}

/** Lowest U candidates ordered by distance from `from` (the lower one first on a tie), within 1…top. */
function* byDistance(from: number, top: number): Generator<number> {
  for (let d = 1; d <= top; d++) {
    if (from - d >= 1) yield from - d;
    if (from + d <= top) yield from + d;
  }
}

/** The drop target for pointing at `pointedU` on `face` of `rack` with `payload` in hand (see the rule above). */
export function anchorSlot(
  layout: Layout,
  catalog: Catalog,
  payload: Payload,
  rack: string,
  pointedU: number,
  face: Face,
): DropTarget | null {
  const rackRec = racksById(layout.racks).get(rack);
  const rackItem = rackRec ? catalog.items.get(rackRec.sku) : undefined;
  if (rackItem?.kind !== 'rack') return null;
  const item = leadItem(layout, catalog, payload);
  if (payload.kind === 'move' && !item) return { kind: 'rack', rack };
  if (item && (item.placement === 'rack-0u' || item.placement === 'rack-door')) return { kind: 'rack', rack };
  const h = Math.max(1, Math.ceil(item ? uHeightOf(item) : 1));
  const top = Math.max(1, rackItem.heightU - h + 1);
  const pointed = Math.max(1, Math.min(Math.round(pointedU), rackItem.heightU));
  const start = Math.min(pointed, top);
  const at = (u: number): DropTarget => ({ kind: 'slot', rack, u, face, pointedU: pointed });
  if (!item || (payload.kind === 'move' && payload.ids.length > 1)) return at(start);
  const except = new Set(payload.kind === 'move' ? payload.ids : []);
  if (fits(layout, catalog, rack, start, item, face, except)) return at(start);
  for (const u of byDistance(start, top))
    if (fits(layout, catalog, rack, u, item, face, except)) return at(u);
  return at(start);
}

/** `U20–U23` for a span of `h` U from `u` (`U20` for one U). */
export const spanText = (u: number, h: number): string =>
  h > 1 ? `U${u}–U${u + Math.ceil(h) - 1}` : `U${u}`;
