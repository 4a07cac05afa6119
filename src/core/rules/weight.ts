/**
 * Weight: a rack's contents plus its own weight against its static load rating (conservative: the rating is
 * usually quoted for equipment alone), and the rack's total weight over its footprint against the floor rating.
 * Floor units are checked against the floor rating over their own footprint.
 */
import type { Catalog } from '../model/catalog';
import { fmtKg } from '../model/units';
import type { Layout, PodLimits } from '../model/layout';
import type { Diagnostic } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { diagnostic, rackLabel, target } from './diagnostic';

export interface RackWeightFigures {
  /** Rack + contents + 0U items + door, kg. */
  readonly totalKg: number;
  readonly equipmentKg: number;
  /** kg/m² over the rack footprint. */
  readonly floorLoadKgPerM2: number;
}

export function checkRackWeight(scope: RackScope, out: Diagnostic[]): RackWeightFigures {
  const { rack, rackItem, limits } = scope;
  let equipmentKg = 0;
  for (const { item } of scope.devices) equipmentKg += item.weightKg;
  for (const { item } of scope.sideItems) equipmentKg += item.weightKg;
  if (scope.door) equipmentKg += scope.door.weightKg;
  const rackKg = rackItem?.weightKg ?? 0;
  const totalKg = equipmentKg + rackKg;
  const areaM2 = rackItem ? (rackItem.widthMm / 1000) * (rackItem.depthMm / 1000) : 0;
  const floorLoadKgPerM2 = areaM2 > 0 ? totalKg / areaM2 : 0;
  const t = [target('rack', rack.id)];
  if (rackItem && totalKg > rackItem.staticLoadKg) {
    out.push(
      diagnostic(
        'error',
        'weight.rackOverload',
        `${rackLabel(rack)}: ${fmtKg(totalKg)} (${fmtKg(equipmentKg)} of equipment + ${fmtKg(rackKg)} rack) exceeds its static load rating of ${fmtKg(rackItem.staticLoadKg)} by ${fmtKg(totalKg - rackItem.staticLoadKg)}.`,
        t,
      ),
    );
  }
  if (rackItem && floorLoadKgPerM2 > limits.floorRatingKgPerM2) {
    out.push(floorDiagnostic(rackLabel(rack), totalKg, areaM2, floorLoadKgPerM2, limits, t));
  }
  return { totalKg, equipmentKg, floorLoadKgPerM2 };
}

function floorDiagnostic(
  label: string,
  kg: number,
  areaM2: number,
  load: number,
  limits: PodLimits,
  targets: Diagnostic['targets'],
): Diagnostic {
  return diagnostic(
    'error',
    'weight.floorOverload',
    `${label}: ${fmtKg(kg)} over ${areaM2.toFixed(2)} m² is ${fmtKg(load)}/m², above the floor rating of ${fmtKg(limits.floorRatingKgPerM2)}/m².`,
    targets,
  );
}

/** Floor units (CDUs, coolers, batteries) over their footprints. Returns their total weight, kg. */
export function checkFloorUnitWeight(layout: Layout, catalog: Catalog, out: Diagnostic[]): number {
  let total = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (!item) continue;
    total += item.weightKg;
    const fp = 'footprintMm' in item ? item.footprintMm : undefined;
    if (!fp) continue;
    const areaM2 = (fp.width / 1000) * (fp.depth / 1000);
    const load = areaM2 > 0 ? item.weightKg / areaM2 : 0;
    if (load > layout.limits.floorRatingKgPerM2) {
      out.push(
        floorDiagnostic(
          `Floor unit '${unit.name ?? unit.id}' (${item.name})`,
          item.weightKg,
          areaM2,
          load,
          layout.limits,
          [target('floorUnit', unit.id)],
        ),
      );
    }
  }
  return total;
}
