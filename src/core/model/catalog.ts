/**
 * Catalog items: the equipment a pod is built from. Every figure carries its provenance: an item has a default
 * provenance and may override it per field (`provenance.fields['power.maxW']`), so a user can always tell a published
 * number from an estimate.
 */
import type { Sku } from './ids';

/** How a figure was obtained. */
export type Grade = 'published' | 'derived' | 'estimate';

export interface Provenance {
  readonly grade: Grade;
  /** A URL, a document name, or the formula and inputs of a derived value. */
  readonly source: string;
}

export interface ProvenanceMap {
  /** Applies to every figure not listed in `fields`. */
  readonly default: Provenance;
  /** Per-figure overrides keyed by dotted field path, e.g. `power.typicalW`. */
  readonly fields?: Readonly<Record<string, Provenance>>;
}

export interface Price {
  /** List price per unit, in `currency`. */
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** True when the figure is an illustrative example, not a real list price. */
  readonly example: boolean;
  /** Lead time from order, weeks (a vendor's or distributor's figure). Absent: unknown. */
  readonly leadTimeWeeks?: number;
}

export type CatalogKind =
  | 'rack'
  | 'server'
  | 'switch'
  | 'rackmount'
  | 'pdu'
  | 'power-shelf'
  | 'cdu'
  | 'rdhx'
  | 'inrow-cooler'
  | 'battery'
  | 'ups'
  | 'transformer'
  | 'generator'
  | 'service';

export const CATALOG_KINDS: readonly CatalogKind[] = [
  'rack',
  'server',
  'switch',
  'rackmount',
  'pdu',
  'power-shelf',
  'cdu',
  'rdhx',
  'inrow-cooler',
  'battery',
  'ups',
  'transformer',
  'generator',
  'service',
];

/**
 * Where an item goes: on the floor grid, in rack U, in a rack's 0U side channel, on a rack's rear door, or nowhere
 * (services: quoted, never placed).
 */
export type Placement = 'floor' | 'rack-u' | 'rack-0u' | 'rack-door' | 'none';

interface ItemBase {
  readonly sku: Sku;
  readonly name: string;
  readonly vendor: string;
  readonly price: Price;
  readonly provenance: ProvenanceMap;
  /** Free text shown in the palette and inspector. */
  readonly description?: string;
  /**
   * Figures the source did not give (dotted field paths, e.g. `power.maxW`). The item stays usable; the rules flag
   * every layout that uses it, and the value in the field is the stated fallback, never a silent zero.
   */
  readonly missing?: readonly string[];
  /** Figures the importer inferred rather than read, with how (e.g. `power.maxW: 2 PSUs × 750 W in 1+1 → 750 W`). */
  readonly inferred?: readonly string[];
}

export type AirflowDirection = 'front-to-rear' | 'rear-to-front' | 'side-to-side' | 'passive';

export type NetworkRole = 'compute' | 'storage' | 'inband' | 'oob';
export type PortRole = NetworkRole | 'uplink' | 'downlink';
export const NETWORK_ROLES: readonly NetworkRole[] = ['compute', 'storage', 'inband', 'oob'];

export type FormFactor = 'OSFP' | 'QSFP112' | 'QSFP-DD' | 'QSFP56' | 'QSFP28' | 'SFP28' | 'SFP+' | 'RJ45';

export interface PortGroup {
  /** Group name, unique within the item; ports are addressed as `<name>/<index>` (index from 1). */
  readonly name: string;
  /** Logical ports (a twin-port OSFP cage counts as 2). */
  readonly count: number;
  /** Per logical port, Gb/s. */
  readonly speedGbps: number;
  readonly formFactor: FormFactor;
  /** Servers: the network the port attaches to. Switches: `downlink` (to servers) or `uplink` (to spines). */
  readonly role: PortRole;
}

export interface PowerSpec {
  /** Typical draw of the whole system, W. Used for energy and the typical-load figures. */
  readonly typicalW: number;
  /** Maximum draw of the whole system, W (not the sum of PSU ratings). Budgets are set on this. */
  readonly maxW: number;
  readonly psuCount: number;
  /** PSU redundancy, e.g. `5+1`, `N+N`, `1+1`. */
  readonly psuRedundancy: string;
  /** Rating of one PSU, W. */
  readonly psuRatingW?: number;
  /** Nominal input voltage, V (AC unless `dc`). */
  readonly inputVoltageV: number;
  /** Inlet type: C14 plugs into C13 outlets, C20 into C19, `busbar` into a power shelf's busbar. */
  readonly inlet: 'C14' | 'C20' | 'busbar' | 'hardwired';
  /**
   * True when `maxW` already includes the transceivers or active cables in its ports (switch datasheets often quote
   * max power "with active cables"); the cabling planner then adds no optic power to this device.
   */
  readonly includesOptics?: boolean;
  /**
   * Power factor of the PSUs at load (kW / kVA), 0..1. Overrides the pod's power factor for this item: its kVA on a
   * PDU or UPS is `maxW / powerFactor`.
   */
  readonly powerFactor?: number;
  /** Maximum draw of one GPU (board/module TDP), W, on GPU servers; the system's `maxW` includes it. */
  readonly perGpuW?: number;
  /**
   * Draw of the whole system under the vendor's power-capped profile (NVIDIA Max-Q style), W. Budgets stay on `maxW`
   * unless the user chooses to budget at the cap (the stranded-power view states that choice).
   */
  readonly cappedW?: number;
}

export interface ThermalSpec {
  /** Fraction of heat carried away by liquid (0 for air-cooled, ~0.8–0.9 for direct-to-chip). 0..1. */
  readonly liquidFraction: number;
  readonly airflow: AirflowDirection;
  /** Published airflow at full load, ft³/min. When absent the rules compute it from the air heat and ΔT. */
  readonly cfm?: number;
}

export interface RackMountSpec {
  /** Height in rack units (U); 0.5 multiples allowed. */
  readonly uHeight: number;
  /** A full-depth item blocks both faces at its U; a half-depth one only its own face. */
  readonly fullDepth: boolean;
}

export interface Rack extends ItemBase {
  readonly kind: 'rack';
  readonly placement: 'floor';
  /** Usable height, U. */
  readonly heightU: number;
  /** Width, mm. */
  readonly widthMm: number;
  /** Depth, mm. */
  readonly depthMm: number;
  /** Static load rating, kg. */
  readonly staticLoadKg: number;
  /** The empty rack's own weight, kg. */
  readonly weightKg: number;
  /** Maximum power the rack is designed for, W (busbar or cooling limit), when the vendor gives one. */
  readonly maxW?: number;
}

/** Servers, switches and other rack-mount IT gear share this shape. */
interface ItGearBase extends ItemBase, RackMountSpec {
  readonly placement: 'rack-u';
  /** kg. */
  readonly weightKg: number;
  readonly power: PowerSpec;
  readonly thermal: ThermalSpec;
  readonly ports: readonly PortGroup[];
  /** GPUs in the item (0 for CPU servers and switches). */
  readonly gpuCount: number;
}

export interface Server extends ItGearBase {
  readonly kind: 'server';
}

export interface Switch extends ItGearBase {
  readonly kind: 'switch';
  /** The network this switch serves. */
  readonly fabric: NetworkRole;
}

/** Other rack-mount gear: storage, management servers, UFM appliances, cable managers. */
export interface RackMountGear extends ItGearBase {
  readonly kind: 'rackmount';
}

export type OutletType = 'C13' | 'C19' | 'busbar';

export interface Pdu extends ItemBase {
  readonly kind: 'pdu';
  /** `rack-0u`: vertical PDU in the side channel; `rack-u`: horizontal PDU taking `uHeight`. */
  readonly placement: 'rack-0u' | 'rack-u';
  /** U taken when `placement` is `rack-u`; 0 for 0U PDUs. */
  readonly uHeight: number;
  readonly fullDepth: boolean;
  /** Input voltage, V: line-to-line for three-phase. */
  readonly voltageV: number;
  readonly phases: 1 | 3;
  /** Input current rating, A. */
  readonly inputAmps: number;
  /** Overrides the pod's derating when this PDU's listing calls for another fraction (0..1). */
  readonly deratingFraction?: number;
  readonly outlets: readonly { readonly type: OutletType; readonly count: number }[];
  /** kg. */
  readonly weightKg: number;
  readonly ports: readonly PortGroup[];
}

/** OCP ORv3-style power shelf feeding a DC busbar. */
export interface PowerShelf extends ItemBase {
  readonly kind: 'power-shelf';
  readonly placement: 'rack-u';
  readonly uHeight: number;
  readonly fullDepth: boolean;
  /** Continuous DC output to the busbar, W. */
  readonly outputW: number;
  readonly psuCount: number;
  readonly psuRedundancy: string;
  /** Busbar voltage, V DC. */
  readonly busbarV: number;
  /** kg. */
  readonly weightKg: number;
  /** AC→DC conversion efficiency at load, 0..1: AC input = DC output / efficiency. Absent: treated as 1. */
  readonly efficiency?: number;
  /** Energy stored in the shelf to smooth load swings (capacitors or BBU), J. */
  readonly energyStorageJ?: number;
}

export interface Cdu extends ItemBase {
  readonly kind: 'cdu';
  /** `rack-u`: in-rack CDU serving its own rack; `floor`: in-row CDU serving the racks it lists (or its row). */
  readonly placement: 'rack-u' | 'floor';
  readonly uHeight: number;
  readonly fullDepth: boolean;
  /** Heat it moves to facility water at `approachC`, W. */
  readonly liquidCapacityW: number;
  /** Rated secondary flow, L/min. */
  readonly flowLpm: number;
  /** Approach temperature, °C. */
  readonly approachC: number;
  /** Its own electrical draw (pumps, controls), W. */
  readonly powerW: number;
  /** kg (wet where published). */
  readonly weightKg: number;
  /** Floor footprint, mm (floor units). */
  readonly footprintMm?: { readonly width: number; readonly depth: number };
}

export interface Rdhx extends ItemBase {
  readonly kind: 'rdhx';
  readonly placement: 'rack-door';
  /** Air heat the door removes, W. */
  readonly airCapacityW: number;
  /** Fan draw, W (0 for passive doors). */
  readonly powerW: number;
  readonly passive: boolean;
  /** kg. */
  readonly weightKg: number;
}

export interface InRowCooler extends ItemBase {
  readonly kind: 'inrow-cooler';
  readonly placement: 'floor';
  /** Air heat removed, W. */
  readonly airCapacityW: number;
  /** Its own draw (fans, controls), W. */
  readonly powerW: number;
  /** kg. */
  readonly weightKg: number;
  readonly footprintMm: { readonly width: number; readonly depth: number };
}

export interface Battery extends ItemBase {
  readonly kind: 'battery';
  readonly placement: 'floor';
  /** Usable energy, kWh. */
  readonly energyKwh: number;
  /** Power, kW. */
  readonly powerKw: number;
  /** Round-trip efficiency, 0..1. */
  readonly roundTripEfficiency: number;
  /** kg. */
  readonly weightKg: number;
  readonly footprintMm: { readonly width: number; readonly depth: number };
  /** Full-equivalent cycles to end of life (warranty or rated), for the wear of a battery that absorbs swings. */
  readonly cycleLife?: number;
  /** Calendar life, years. */
  readonly calendarLifeYears?: number;
}

/** One point of a battery backup unit's runtime curve: at `loadFraction` of its rating it runs `runtimeS` seconds. */
export interface RuntimePoint {
  /** Load as a fraction of the unit's rating, 0..1. */
  readonly loadFraction: number;
  /** Runtime at that load, s. */
  readonly runtimeS: number;
}

export interface Ups extends ItemBase {
  readonly kind: 'ups';
  readonly placement: 'floor' | 'rack-u';
  readonly uHeight: number;
  readonly fullDepth: boolean;
  /** Output capacity, W. */
  readonly capacityW: number;
  /** Runtime at full load, min. */
  readonly runtimeMin: number;
  /** Efficiency in double conversion, 0..1. */
  readonly efficiency: number;
  /** Apparent-power rating, VA. Absent: taken equal to `capacityW` (PF 1 rating). */
  readonly capacityVa?: number;
  /** Usable battery energy, kWh. When given, runtime = kWh × efficiency / load instead of scaling `runtimeMin`. */
  readonly batteryKwh?: number;
  /**
   * Runtime curve of a battery backup unit (rack BBU shelf), points in rising load order. A rack-mounted unit with a
   * curve is a BBU shelf: the rack checks read its runtime at the rack's busbar load from the curve
   * (`core/rules/bbuRuntime.ts`) instead of the linear kWh estimate.
   */
  readonly runtimeCurve?: readonly RuntimePoint[];
  /** kg. */
  readonly weightKg: number;
  readonly footprintMm?: { readonly width: number; readonly depth: number };
}

/** A dry-type or liquid-filled transformer between the utility and the UPS / distribution. */
export interface Transformer extends ItemBase {
  readonly kind: 'transformer';
  readonly placement: 'floor';
  /** Apparent-power rating, VA. */
  readonly ratingVa: number;
  /** Efficiency at the planned load, 0..1. */
  readonly efficiency: number;
  /** Primary (utility) voltage, V line-to-line. */
  readonly primaryV: number;
  /** Secondary voltage, V line-to-line. */
  readonly secondaryV: number;
  /** kg. */
  readonly weightKg: number;
  readonly footprintMm: { readonly width: number; readonly depth: number };
}

/** A standby generator: it backs the whole facility load and accepts it in blocks (ISO 8528-5). */
export interface Generator extends ItemBase {
  readonly kind: 'generator';
  readonly placement: 'floor';
  /** Apparent-power rating, VA. */
  readonly ratingVa: number;
  /** Real-power rating, W (usually kVA × 0.8). */
  readonly ratingW: number;
  /** Largest load step it accepts at once, as a fraction of `ratingW`, 0..1. */
  readonly blockLoadFraction: number;
  /** Start and transfer time, s: the UPS or storage carries the load until then. */
  readonly startSeconds: number;
  /** kg. */
  readonly weightKg: number;
  readonly footprintMm: { readonly width: number; readonly depth: number };
}

/**
 * A service sold with the pod (installation, commissioning, support years). Never placed: it is added to a quote
 * (`quote.services`) and priced as a BOM line of kind `service`.
 */
export interface Service extends ItemBase {
  readonly kind: 'service';
  readonly placement: 'none';
  /** What one unit of `qty` is: one job (`each`) or one year of cover (`year`). */
  readonly unit: 'each' | 'year';
  /** Always 0 kg: a service weighs nothing, kept so every item has a weight. */
  readonly weightKg: 0;
}

export type ItGear = Server | Switch | RackMountGear;
export type CatalogItem =
  | Rack
  | Server
  | Switch
  | RackMountGear
  | Pdu
  | PowerShelf
  | Cdu
  | Rdhx
  | InRowCooler
  | Battery
  | Ups
  | Transformer
  | Generator
  | Service;

/** A catalog: items by SKU. Build with `makeCatalog`. */
export interface Catalog {
  readonly items: ReadonlyMap<Sku, CatalogItem>;
}

export const isItGear = (item: CatalogItem): item is ItGear =>
  item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount';

/** The port groups of an item (none for racks, shelves, coolers...). */
export function portsOf(item: CatalogItem): readonly PortGroup[] {
  return 'ports' in item ? item.ports : [];
}

/** The provenance of one figure of an item. */
export function provenanceOf(item: CatalogItem, field: string): Provenance {
  return item.provenance.fields?.[field] ?? item.provenance.default;
}

/** U an item takes in a rack (0 for 0U, floor and door items). */
export function uHeightOf(item: CatalogItem): number {
  switch (item.kind) {
    case 'server':
    case 'switch':
    case 'rackmount':
    case 'power-shelf':
      return item.uHeight;
    case 'pdu':
    case 'cdu':
    case 'ups':
      return item.placement === 'rack-u' ? item.uHeight : 0;
    default:
      return 0;
  }
}

/** Whether the item blocks both faces of the U it occupies. */
export function isFullDepth(item: CatalogItem): boolean {
  return 'fullDepth' in item ? item.fullDepth : false;
}

/** The item's weight, kg (racks: the empty rack). */
export function weightOf(item: CatalogItem): number {
  return item.weightKg;
}
