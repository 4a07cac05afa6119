/**
 * The layout: one pod, as plain readonly records. It is what the user edits, what is saved and exported, and the
 * only input (with the catalog) of the rules and the BOM. Derived figures are never stored here.
 */
import type { StorageSettings } from './storageSettings';
import type { Coolant } from './units';
import type { DeviceId, FloorUnitId, LinkId, RackId, Sku } from './ids';
import type { QuoteDetails } from './quote';
import type { CatalogItem, NetworkRole } from './catalog';
import type { Scenario } from './scenario';

export const LAYOUT_SCHEMA_VERSION = 2;

export type Face = 'front' | 'rear';
export type FeedSide = 'A' | 'B';

export interface PodLimits {
  /** Utility feed capacity, kW. */
  readonly utilityFeedKw: number;
  /** Utility feed voltage, V (line-to-line). */
  readonly utilityVoltageV: number;
  /** Heat the facility water loop can take, kW. */
  readonly facilityWaterKw: number;
  /** Air heat the room's cooling (CRAH/CRAC) can take, kW. */
  readonly roomAirKw: number;
  /** Floor loading rating, kg/m². */
  readonly floorRatingKgPerM2: number;
  /** Design air temperature rise through the IT gear, °C. */
  readonly airDeltaTC: number;
  /** Design coolant temperature rise across the racks, °C. */
  readonly coolantDeltaTC: number;
  /** Secondary-loop coolant. */
  readonly coolant: Coolant;
  /** Fraction of a PDU circuit's rating usable for continuous load (0.8 under the US NEC). */
  readonly deratingFraction: number;
  /**
   * Power factor of the IT loads (kW / kVA), 0..1: PDUs, feeds and UPSs are rated in kVA. Absent: 1 (kW = kVA, the
   * behaviour before it existed; version-1 files are given 1 explicitly). New pods: 0.95.
   */
  readonly powerFactor?: number;
  /**
   * Phase imbalance warned above, % (max deviation from the mean phase current / the mean). Absent: no imbalance
   * warnings. New pods: 20.
   */
  readonly phaseImbalanceMaxPct?: number;
  /** How the cooling plant's draw is found: from a COP, or from a target PUE. Absent: no plant draw counted. */
  readonly coolingPlant?: CoolingPlant;
  /** Redundancy across the pod's floor UPS units. Absent: N (all units carry load). */
  readonly upsRedundancy?: UpsRedundancy;
  /** Whether the floor CDUs' pumps are on the UPS beside the IT load. Absent: no. */
  readonly upsCarriesCduPumps?: boolean;
  /** Minimum UPS ride-through at max draw, min. Absent: runtime is reported, not checked. */
  readonly upsMinRuntimeMin?: number;
}

/** Cooling plant draw: heat removed / COP, or whatever a target PUE leaves after the computed losses. */
export type CoolingPlant =
  { readonly mode: 'cop'; readonly cop: number } | { readonly mode: 'pue'; readonly pue: number };

export type UpsRedundancy = 'N' | 'N+1' | '2N';

/** How a rack's power sources are redundant: A/B feeds (2N) or any one of 3+ circuits lost (N+1). */
export type RackPowerScheme = '2N' | 'N+1';

export interface FloorGrid {
  readonly rows: number;
  readonly positionsPerRow: number;
  /** Width of one position along the row, mm (usually the rack width, 600). */
  readonly pitchMm: number;
  /** Depth of a row, mm (usually the rack depth). */
  readonly rowDepthMm: number;
  /** Aisle between rows, mm. */
  readonly aisleMm: number;
}

/** A floor grid position: row and slot, both from 0. */
export interface FloorPosition {
  readonly row: number;
  readonly slot: number;
}

export interface RackPlacement {
  readonly id: RackId;
  readonly sku: Sku;
  /** Shown to users, e.g. `B3`. */
  readonly name: string;
  readonly position: FloorPosition;
  /** A rear-door heat exchanger hung on this rack. */
  readonly rearDoor?: Sku;
  /** Power redundancy: `2N` (A/B feeds, the default when absent) or `N+1` (3 or 4 circuits, any one lost). */
  readonly powerScheme?: RackPowerScheme;
}

/** An item in a rack's U space (servers, switches, U-mounted PDUs, power shelves, in-rack CDUs). */
export interface DevicePlacement {
  readonly id: DeviceId;
  readonly sku: Sku;
  readonly rack: RackId;
  /** Lowest U occupied, from 1 at the bottom. */
  readonly u: number;
  readonly face: Face;
  /** For power sources (PDUs, power shelves): the feed they are on. */
  readonly feed?: FeedSide;
  readonly name?: string;
  /**
   * Power factor of this device's PSUs at load (kW / kVA), 0..1, e.g. from a measurement of this unit. Overrides
   * its catalog item's and the pod's: its kVA on PDUs, feeds and UPSs is max W / this. Absent: the item's figure,
   * else the pod's.
   */
  readonly powerFactor?: number;
}

/** A 0U item in a rack's side channel (vertical PDUs). */
export interface SideItemPlacement {
  readonly id: DeviceId;
  readonly sku: Sku;
  readonly rack: RackId;
  readonly side: 'left' | 'right';
  readonly feed: FeedSide;
  readonly name?: string;
}

/** A unit on the floor grid: CDUs, in-row coolers, batteries, UPSes. */
export interface FloorUnitPlacement {
  readonly id: FloorUnitId;
  readonly sku: Sku;
  readonly position: FloorPosition;
  /** Racks this unit serves (CDUs, in-row coolers). When absent: the racks of its row. */
  readonly serves?: readonly RackId[];
  readonly name?: string;
}

export interface PortRef {
  readonly device: DeviceId;
  /** `<group name>/<index>`, index from 1, e.g. `compute/3`. */
  readonly port: string;
}

export interface OversubscriptionTarget {
  readonly role: NetworkRole;
  /** Downlink bandwidth share, e.g. 2 in 2:1. */
  readonly down: number;
  /** Uplink bandwidth share, e.g. 1 in 2:1. */
  readonly up: number;
}

export interface PriceEntryRecord {
  readonly sku: Sku;
  /** Unit price in `currency`. */
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Unit cost in `currency` (the seller's), for the margin guard rail. Absent: unknown. */
  readonly cost?: number;
  /** Lead time from order, weeks. Absent: unknown. */
  readonly leadTimeWeeks?: number;
}

export interface LinkPlacement {
  readonly id: LinkId;
  readonly a: PortRef;
  readonly b: PortRef;
}

export interface Layout {
  readonly schemaVersion: typeof LAYOUT_SCHEMA_VERSION;
  readonly name: string;
  readonly limits: PodLimits;
  readonly floor: FloorGrid;
  readonly racks: readonly RackPlacement[];
  readonly devices: readonly DevicePlacement[];
  readonly sideItems: readonly SideItemPlacement[];
  readonly floorUnits: readonly FloorUnitPlacement[];
  readonly links: readonly LinkPlacement[];
  /** Quote details and discounts, when the layout is being quoted. */
  readonly quote?: QuoteDetails;
  /**
   * Catalog items this layout brings with it (imported from NetBox, a catalog file or made by hand), so the layout
   * reopens with every item it references. They add to (or replace, by SKU) the built-in catalog.
   */
  readonly catalogItems?: readonly CatalogItem[];
  /**
   * Unit prices that replace catalog list prices for quoting (an imported price list), saved with the layout so the
   * app and `podplan bom` price it the same way.
   */
  readonly prices?: readonly PriceEntryRecord[];
  /**
   * The oversubscription (down:up bandwidth at the leaves) each network was planned for; the cabling checks flag a
   * network that exceeds it. Networks not listed are held to 1:1 (non-blocking).
   */
  readonly oversubscriptionTargets?: readonly OversubscriptionTarget[];
  /** Saved scenarios of this pod, in the order the user made them. */
  readonly scenarios?: readonly Scenario[];
  /** Id of the scenario the working copy was last opened from or saved to. */
  readonly activeScenario?: string;
  /** Training load profile, grid limits and battery settings for the storage sizing (absent: no storage checks). */
  readonly storage?: StorageSettings;
}

export const DEFAULT_LIMITS: PodLimits = {
  utilityFeedKw: 1000,
  utilityVoltageV: 415,
  facilityWaterKw: 1000,
  roomAirKw: 200,
  floorRatingKgPerM2: 1220,
  airDeltaTC: 11,
  coolantDeltaTC: 10,
  coolant: 'water',
  deratingFraction: 0.8,
  powerFactor: 0.95,
  phaseImbalanceMaxPct: 20,
  coolingPlant: { mode: 'cop', cop: 4 },
  upsCarriesCduPumps: true,
};

export const DEFAULT_FLOOR: FloorGrid = {
  rows: 2,
  positionsPerRow: 10,
  pitchMm: 600,
  rowDepthMm: 1200,
  aisleMm: 1200,
};

/** An empty pod. */
export function emptyLayout(name = 'New pod'): Layout {
  return {
    schemaVersion: LAYOUT_SCHEMA_VERSION,
    name,
    limits: DEFAULT_LIMITS,
    floor: DEFAULT_FLOOR,
    racks: [],
    devices: [],
    sideItems: [],
    floorUnits: [],
    links: [],
  };
}
