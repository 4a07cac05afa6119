/**
 * A rack with its contents resolved against the catalog: the input of every rack-level rule. Items whose SKU is
 * unknown are left out here (the reference rule reports them).
 */
import type { Catalog, CatalogItem, Rack, Rdhx } from '../model/catalog';
import type { DevicePlacement, PodLimits, RackPlacement, SideItemPlacement } from '../model/layout';

export interface ResolvedDevice {
  readonly placement: DevicePlacement;
  readonly item: CatalogItem;
}

export interface ResolvedSideItem {
  readonly placement: SideItemPlacement;
  readonly item: CatalogItem;
}

export interface RackScope {
  readonly rack: RackPlacement;
  /** The rack's catalog item when its SKU is a known rack. */
  readonly rackItem: Rack | undefined;
  readonly devices: readonly ResolvedDevice[];
  readonly sideItems: readonly ResolvedSideItem[];
  /** The rear door when its SKU is a known RDHx. */
  readonly door: Rdhx | undefined;
  readonly limits: PodLimits;
  readonly catalog: Catalog;
  /** Power that optics and active cables add to devices of this rack (from the cabling of explicit links). */
  readonly extraW: ExtraPower | undefined;
}

/** Extra W (typical, max) per device id. */
export type ExtraPower = ReadonlyMap<string, { readonly typicalW: number; readonly maxW: number }>;

/** A device's load with the optics it carries added (their heat goes to air). */
export function deviceLoad(item: CatalogItem, id: string, extraW: ExtraPower | undefined): ItemLoad {
  const base = loadOf(item);
  const extra = extraW?.get(id);
  if (!extra) return base;
  const maxW = base.maxW + extra.maxW;
  const liquidW = base.maxW * base.liquidFraction;
  return {
    maxW,
    typicalW: base.typicalW + extra.typicalW,
    liquidFraction: maxW > 0 ? liquidW / maxW : 0,
    busbar: base.busbar,
  };
}

/** The electrical load of one item in a rack: IT gear by its power spec, in-rack CDUs by their pumps. */
export interface ItemLoad {
  /** W. */
  readonly maxW: number;
  /** W. */
  readonly typicalW: number;
  /** 0..1. */
  readonly liquidFraction: number;
  readonly busbar: boolean;
}

const NO_LOAD: ItemLoad = { maxW: 0, typicalW: 0, liquidFraction: 0, busbar: false };

export function loadOf(item: CatalogItem): ItemLoad {
  switch (item.kind) {
    case 'server':
    case 'switch':
    case 'rackmount':
      return {
        maxW: item.power.maxW,
        typicalW: item.power.typicalW,
        liquidFraction: item.thermal.liquidFraction,
        busbar: item.power.inlet === 'busbar',
      };
    case 'cdu':
      // In-rack CDU pumps are fed by the rack's PDUs; their heat goes to the coolant.
      return item.placement === 'rack-u'
        ? { maxW: item.powerW, typicalW: item.powerW, liquidFraction: 1, busbar: false }
        : NO_LOAD;
    default:
      return NO_LOAD;
  }
}
