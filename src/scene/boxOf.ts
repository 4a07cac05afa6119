/** The 3D box of any record (for outlines, the ghost and camera framing). */
import type { Catalog, Layout } from '../core';
import { findRecord } from '../core';
import type { SelectionRef } from '../state/session';
import type { Box } from './sceneLayout';
import {
  deviceBox,
  floorFrame,
  floorItemBox,
  floorUnitHeight,
  PLINTH_M,
  rackBoxes,
  U_M,
} from './sceneLayout';

export function boxOf(layout: Layout, catalog: Catalog, ref: SelectionRef): Box | null {
  const found = findRecord(layout, ref);
  if (!found) return null;
  const boxes = rackBoxes(layout, catalog);
  switch (found.kind) {
    case 'rack':
      return boxes.get(found.record.id) ?? null;
    case 'device': {
      const rack = boxes.get(found.record.rack);
      return rack
        ? deviceBox(rack, found.record.u, found.record.face, catalog.items.get(found.record.sku))
        : null;
    }
    case 'side': {
      const rack = boxes.get(found.record.rack);
      if (!rack) return null;
      const sign = (found.record.side === 'left' ? -1 : 1) * rack.facing;
      return {
        x: rack.x + sign * (rack.w / 2 - 0.05),
        y: PLINTH_M + (rack.heightU * U_M) / 2,
        z: rack.z - rack.facing * (rack.d / 2 - 0.1),
        w: 0.06,
        h: rack.heightU * U_M * 0.9,
        d: 0.08,
        facing: rack.facing,
      };
    }
    case 'floorUnit': {
      const item = catalog.items.get(found.record.sku);
      return floorItemBox(floorFrame(layout.floor), found.record.position, item, floorUnitHeight(item));
    }
  }
}
