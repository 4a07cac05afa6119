/**
 * The floor CDU or in-row cooler whose served racks the views show (3D lines, floor plan outline): the one being
 * dropped (in its candidate layout), else the selected one, else the hovered one. Memoized per layout and unit, so a
 * selector returns the same object until something changes.
 */
import type { Catalog, Layout } from '../core';
import { servedRacksOf } from '../core';
import type { EditorState } from './editorStore';
import { selectCatalog } from './selectors';

export interface ServedFocus {
  /** The layout the unit stands in (the drop's candidate while dropping). */
  readonly layout: Layout;
  readonly unitId: string;
  readonly rackIds: readonly string[];
  readonly rule: 'explicit' | 'row';
}

const cache = new WeakMap<Layout, Map<string, ServedFocus | null>>();

export function servedFocusFor(layout: Layout, catalog: Catalog, unitId: string): ServedFocus | null {
  let byUnit = cache.get(layout);
  if (!byUnit) cache.set(layout, (byUnit = new Map()));
  const hit = byUnit.get(unitId);
  if (hit !== undefined) return hit;
  const unit = layout.floorUnits.find((f) => f.id === unitId);
  const kind = unit ? catalog.items.get(unit.sku)?.kind : undefined;
  let focus: ServedFocus | null = null;
  if (unit && (kind === 'cdu' || kind === 'inrow-cooler')) {
    const served = servedRacksOf(unit, layout.racks);
    focus = { layout, unitId, rackIds: served.racks.map((r) => r.id), rule: served.rule };
  }
  byUnit.set(unitId, focus);
  return focus;
}

export function servedFocusOf(state: EditorState): ServedFocus | null {
  const catalog = selectCatalog(state);
  const { preview, selection, hover } = state.session;
  if (preview && preview.target.kind === 'floor') {
    const dropping = servedFocusFor(preview.candidate, catalog, preview.subjectId);
    if (dropping) return dropping;
  }
  const sel = selection.length === 1 ? selection[0] : undefined;
  if (sel?.kind === 'floorUnit') {
    const selected = servedFocusFor(state.layout, catalog, sel.id);
    if (selected) return selected;
  }
  return hover?.kind === 'floorUnit' ? servedFocusFor(state.layout, catalog, hover.id) : null;
}
