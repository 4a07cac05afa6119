/** The racks "Plan network" offers for switches, with their free U, in floor order. */
import type { Catalog, Layout } from '../core';
import { faceOccupancy, racksInFloorOrder } from '../core';

export interface RackChoice {
  readonly id: string;
  readonly name: string;
  /** Free U on the front face (switches are mounted at the front). */
  readonly freeU: number;
  readonly heightU: number;
}

const cache = new WeakMap<Layout, { catalog: Catalog; list: RackChoice[] }>();

export function rackChoices(layout: Layout, catalog: Catalog): readonly RackChoice[] {
  const hit = cache.get(layout);
  if (hit && hit.catalog === catalog) return hit.list;
  const list = racksInFloorOrder(layout.racks).map((r) => {
    const used = faceOccupancy(layout, catalog, r.id, 'front');
    let free = 0;
    for (const x of used) if (!x) free++;
    return { id: r.id, name: r.name, freeU: free / 2, heightU: used.length / 2 };
  });
  cache.set(layout, { catalog, list });
  return list;
}

export const freeUText = (r: RackChoice): string => `${r.freeU} of ${r.heightU} U free`;
