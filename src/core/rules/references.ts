/**
 * References: SKUs the catalog does not know, items in racks that do not exist, floor units serving missing racks,
 * and catalog items with figures still missing (imported data a user must complete before quoting). Never throws:
 * whatever cannot be resolved is reported and left out of the figures.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { Diagnostic, Target } from '../model/report';
import { diagnostic, target } from './diagnostic';

export function unknownSku(what: string, sku: string, targets: readonly Target[]): Diagnostic {
  return diagnostic(
    'error',
    'reference.unknownSku',
    `${what} uses SKU '${sku}', which is not in the catalog; it is left out of every figure.`,
    targets,
  );
}

/** Items placed in racks that are not in the layout. */
export function checkOrphans(
  orphans: readonly { readonly id: string; readonly rack: string; readonly sku: string }[],
  out: Diagnostic[],
): void {
  for (const o of orphans) {
    out.push(
      diagnostic(
        'error',
        'reference.missingRack',
        `Device '${o.id}' (${o.sku}) is placed in rack '${o.rack}', which is not in the layout; it is left out of every figure.`,
        [target('device', o.id)],
      ),
    );
  }
}

/** Floor units: known SKUs, served racks that exist. */
export function checkFloorUnitReferences(
  layout: Layout,
  catalog: Catalog,
  rackIds: ReadonlySet<string>,
  out: Diagnostic[],
): void {
  for (const unit of layout.floorUnits) {
    const t = target('floorUnit', unit.id);
    if (!catalog.items.has(unit.sku))
      out.push(unknownSku(`Floor unit '${unit.name ?? unit.id}'`, unit.sku, [t]));
    for (const r of unit.serves ?? []) {
      if (!rackIds.has(r)) {
        out.push(
          diagnostic(
            'error',
            'reference.missingRack',
            `Floor unit '${unit.name ?? unit.id}' serves rack '${r}', which is not in the layout.`,
            [t],
          ),
        );
      }
    }
  }
}

/** One warning per SKU in use whose catalog entry has figures missing. */
export function checkIncompleteItems(
  usedSkus: ReadonlySet<string>,
  catalog: Catalog,
  out: Diagnostic[],
): void {
  for (const sku of usedSkus) {
    const item = catalog.items.get(sku as never);
    if (!item?.missing || item.missing.length === 0) continue;
    out.push(
      diagnostic(
        'warning',
        'reference.incompleteItem',
        `${item.name} (${item.sku}) has figures missing: ${item.missing.join(', ')}. The planner uses stated fallbacks; set the real values before quoting.`,
        [target('sku', item.sku)],
      ),
    );
  }
}
