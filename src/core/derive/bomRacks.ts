/**
 * What each rack holds, for the spreadsheet's per-rack sheets and the printed elevations: every device with its U
 * span and face, top of the rack first, then the side (0U) items. U numbers count from 1 at the bottom; a device at
 * `u` that is `heightU` tall fills U`u` … U`u + ceil(heightU) − 1`.
 */
import type { Catalog } from '../model/catalog';
import { uHeightOf } from '../model/catalog';
import type { Layout, RackPlacement } from '../model/layout';

export interface RackContentRow {
  /** Lowest U the device fills; null for a side (0U) item. */
  readonly u: number | null;
  /** Highest U it fills; null for a side item. */
  readonly topU: number | null;
  /** Height in U (0 for a side item). */
  readonly heightU: number;
  /** `front`, `rear`, or `left side` / `right side` for 0U items. */
  readonly face: string;
  /** The device's own name, else its catalog name, else its SKU. */
  readonly name: string;
  readonly sku: string;
  /** Catalog kind, or `unknown` for a SKU the catalog lacks. */
  readonly kind: string;
  /** `A`, `B`, or empty when the device does not say. */
  readonly feed: string;
}

export interface RackContents {
  readonly rack: RackPlacement;
  /** Rack height in U (42 when the rack SKU is unknown). */
  readonly heightU: number;
  readonly rows: readonly RackContentRow[];
}

export function rackContents(layout: Layout, catalog: Catalog): RackContents[] {
  const byRack = new Map<string, RackContentRow[]>(layout.racks.map((r) => [r.id, []]));
  for (const d of layout.devices) {
    const item = catalog.items.get(d.sku);
    const h = item ? uHeightOf(item) : 1;
    byRack.get(d.rack)?.push({
      u: d.u,
      topU: d.u + Math.max(1, Math.ceil(h)) - 1,
      heightU: h,
      face: d.face,
      name: d.name ?? item?.name ?? d.sku,
      sku: d.sku,
      kind: item?.kind ?? 'unknown',
      feed: d.feed ?? '',
    });
  }
  for (const rows of byRack.values())
    rows.sort((a, b) => (b.u ?? 0) - (a.u ?? 0) || a.face.localeCompare(b.face));
  for (const s of layout.sideItems) {
    const item = catalog.items.get(s.sku);
    byRack.get(s.rack)?.push({
      u: null,
      topU: null,
      heightU: 0,
      face: `${s.side} side`,
      name: s.name ?? item?.name ?? s.sku,
      sku: s.sku,
      kind: item?.kind ?? 'unknown',
      feed: s.feed,
    });
  }
  return layout.racks.map((rack) => {
    const item = catalog.items.get(rack.sku);
    return { rack, heightU: item?.kind === 'rack' ? item.heightU : 42, rows: byRack.get(rack.id) ?? [] };
  });
}
