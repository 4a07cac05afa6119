/**
 * The floor-level pass of `validate`: space on the floor grid, floor-unit references and floor-unit weight. They
 * change only with the racks, the floor units, the grid, the limits or the catalog, so the result is cached per racks
 * list. After a rack is moved (one record of the racks list replaced in place under its id, with the same SKU, door
 * and name, as `updateRack` records it), the last pass's floor occupancy moves the rack alone: O(the rack) instead of
 * O(racks) on a 5,000-rack floor, whenever nothing was off the grid or overlapping before or after the move (then no
 * other result of the pass depends on where that rack stands).
 */
import type { Catalog } from '../model/catalog';
import type { Layout, RackPlacement } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { replacedInPlace } from '../ops/listDelta';
import { rackLabel, target } from '../rules/diagnostic';
import { checkFloorUnitReferences } from '../rules/references';
import type { FloorOccupancy } from '../rules/space';
import { checkFloorSpace, floorWidthOf } from '../rules/space';
import { checkFloorUnitWeight } from '../rules/weight';

export interface FloorPass {
  readonly diagnostics: readonly Diagnostic[];
  /** Floor units' weight, kg. */
  readonly weightKg: number;
}

interface Entry extends FloorPass {
  readonly floorUnits: Layout['floorUnits'];
  readonly floor: Layout['floor'];
  readonly limits: Layout['limits'];
  readonly catalog: Catalog;
}

const cache = new WeakMap<readonly RackPlacement[], Entry>();
/** The last pass made afresh or moved forward, with its occupancy (changed in place as racks move). */
let kept:
  { racks: readonly RackPlacement[]; readonly entry: Entry; readonly occupancy: FloorOccupancy } | undefined;

const sameInputs = (e: Entry, layout: Layout, catalog: Catalog): boolean =>
  e.floorUnits === layout.floorUnits &&
  e.floor === layout.floor &&
  e.limits === layout.limits &&
  e.catalog === catalog;

function afresh(
  layout: Layout,
  catalog: Catalog,
  rackIds: ReadonlySet<string>,
): { entry: Entry; occupancy: FloorOccupancy } {
  const diagnostics: Diagnostic[] = [];
  const occupancy = checkFloorSpace(layout, catalog, diagnostics);
  checkFloorUnitReferences(layout, catalog, rackIds, diagnostics);
  const weightKg = checkFloorUnitWeight(layout, catalog, diagnostics);
  const { floorUnits, floor, limits } = layout;
  return { entry: { floorUnits, floor, limits, catalog, diagnostics, weightKg }, occupancy };
}

/** The kept pass moved to `layout` when one rack moved on a clean floor; undefined (kept unchanged) otherwise. */
function movedRack(layout: Layout, catalog: Catalog, rackIds: ReadonlySet<string>): Entry | undefined {
  if (!kept || !sameInputs(kept.entry, layout, catalog) || rackIds.size !== layout.racks.length)
    return undefined;
  const i = replacedInPlace(kept.racks, layout.racks);
  const before = i === undefined ? undefined : kept.racks[i];
  const after = i === undefined ? undefined : layout.racks[i];
  if (!before || !after) return undefined;
  if (before.sku !== after.sku || before.rearDoor !== after.rearDoor || before.name !== after.name)
    return undefined;
  const widthMm = floorWidthOf(catalog.items.get(after.sku));
  if (
    !kept.occupancy.move(rackLabel(after), before.position, after.position, widthMm, target('rack', after.id))
  )
    return undefined;
  kept.racks = layout.racks;
  return kept.entry;
}

export function floorPass(
  layout: Layout,
  catalog: Catalog,
  rackIds: ReadonlySet<string>,
  useCache: boolean,
): FloorPass {
  if (!useCache) return afresh(layout, catalog, rackIds).entry;
  const hit = cache.get(layout.racks);
  if (hit && sameInputs(hit, layout, catalog)) return hit;
  let entry = movedRack(layout, catalog, rackIds);
  if (!entry) {
    const made = afresh(layout, catalog, rackIds);
    entry = made.entry;
    kept = { racks: layout.racks, entry, occupancy: made.occupancy };
  }
  cache.set(layout.racks, entry);
  return entry;
}
