/**
 * Derived data, computed from the document through the core and memoized on identity; never stored. `validate`
 * caches its report per layout object, so calling `selectReport` on every render or hover is cheap.
 */
import type { Catalog, DeviceFigures, Layout, RackFigures, Report } from '../core';
import { bom, bomToJson, catalogForLayout, validate } from '../core';
import type { EditorState } from './editorStore';

/**
 * The catalog the layout is placed, validated, priced and shown with: the store's catalog with the layout's own
 * `catalogItems` over it. Memoized on identity, so it is a stable selector result.
 */
export const selectCatalog = (s: Pick<EditorState, 'layout' | 'catalog'>): Catalog =>
  catalogForLayout(s.catalog, s.layout);

export const selectReport = (s: Pick<EditorState, 'layout' | 'catalog'>): Report =>
  validate(s.layout, selectCatalog(s));

/** `catalog` is the base catalog; the layout's own items are layered over it here. */
export const bomJsonOf = (layout: Layout, catalog: Catalog): string =>
  bomToJson(bom(layout, catalogForLayout(catalog, layout)));

export interface Highlights {
  /** Racks and devices named by an error (red) or only by warnings (amber). */
  readonly errors: ReadonlySet<string>;
  readonly warnings: ReadonlySet<string>;
}

const highlightCache = new WeakMap<Report, Highlights>();

/** Record ids the diagnostics point at, for the 3D view, the elevation and the floor plan. */
export function highlightsOf(report: Report): Highlights {
  let h = highlightCache.get(report);
  if (h) return h;
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const d of report.diagnostics) {
    if (d.severity === 'info') continue;
    for (const t of d.targets) {
      if (t.kind === 'pod' || t.kind === 'sku' || t.kind === 'link') continue;
      (d.severity === 'error' ? errors : warnings).add(t.id);
    }
  }
  for (const id of errors) warnings.delete(id);
  h = { errors, warnings };
  highlightCache.set(report, h);
  return h;
}

const rackFigureCache = new WeakMap<Report, ReadonlyMap<string, RackFigures>>();
export function rackFiguresById(report: Report): ReadonlyMap<string, RackFigures> {
  let m = rackFigureCache.get(report);
  if (!m) rackFigureCache.set(report, (m = new Map(report.racks.map((r) => [r.id, r]))));
  return m;
}

/**
 * One device's figures. A scan of the report's list (20,000 comparisons, well under a millisecond) rather than a map
 * by id: the inspector asks after every edit about the device it shows, and each edit's report is new, so a map
 * would be built over every device for one lookup.
 */
export const deviceFiguresOf = (report: Report, id: string): DeviceFigures | undefined =>
  report.devices.find((d) => d.id === id);

/** Load against a limit, 0..∞; a limit of 0 with any load counts as over. */
export const ratio = (value: number, limit: number): number =>
  limit > 0 ? value / limit : value > 0 ? Number.POSITIVE_INFINITY : 0;

export type Level = 'ok' | 'near' | 'over';
/** Amber from 80 % of a limit, red above it. */
export const levelOf = (r: number): Level => (r > 1 + 1e-9 ? 'over' : r >= 0.8 ? 'near' : 'ok');

/** The rack's power load against what it can carry with one feed lost (0 kW for a single-feed rack). */
export const powerRatio = (r: RackFigures): number => ratio(r.kwMax, r.oneFeedLostKw);

/** The rack's heat against the cooling that serves it (liquid and air, each against its own capacity). */
export function coolingRatio(r: RackFigures): number {
  const liquid = ratio(r.liquidHeatKw, r.liquidCapacityKw);
  // Air heat beyond door and in-row coolers goes to room air; the rack-level figure only shows local capacity.
  const air = r.airCapacityKw > 0 ? ratio(r.airHeatKw, r.airCapacityKw) : 0;
  return Math.max(liquid, air);
}
