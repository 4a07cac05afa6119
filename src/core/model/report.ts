/**
 * What `validate` returns: diagnostics and capacity figures. Derived from a layout and a catalog, never stored.
 * All power figures here are in kW and all weights in kg, as named.
 */
import type { FeedSide } from './layout';
import type { FormFactor, NetworkRole } from './catalog';

export type Severity = 'error' | 'warning' | 'info';

export type TargetKind = 'pod' | 'rack' | 'device' | 'floorUnit' | 'link' | 'sku';

export interface Target {
  readonly kind: TargetKind;
  readonly id: string;
}

/** Rule families: the first part of every diagnostic code (`power.feedOverload`). */
export type RuleFamily = 'space' | 'power' | 'cooling' | 'airflow' | 'weight' | 'network' | 'reference';

export interface Diagnostic {
  readonly severity: Severity;
  /** `<family>.<name>`, stable for scripts. */
  readonly code: string;
  /** A sentence with the numbers, their units and the limit. */
  readonly message: string;
  readonly targets: readonly Target[];
}

export interface DeviceFigures {
  readonly id: string;
  readonly sku: string;
  readonly rack: string;
  /** kW. */
  readonly kwTypical: number;
  /** kW. */
  readonly kwMax: number;
  /** Heat to liquid at max draw, kW. */
  readonly liquidHeatKw: number;
  /** Heat to air at max draw, kW. */
  readonly airHeatKw: number;
  /** Airflow, ft³/min (published or computed from air heat and the design ΔT). */
  readonly airflowCfm: number;
  readonly weightKg: number;
  readonly gpus: number;
}

export interface RackFigures {
  readonly id: string;
  readonly name: string;
  readonly sku: string;
  /** U used / available. */
  readonly usedU: number;
  readonly heightU: number;
  readonly devices: number;
  readonly gpus: number;
  /** IT load of the rack at typical draw, kW. */
  readonly kwTypical: number;
  /** IT load of the rack at max draw, kW (includes in-rack CDU pumps, which the rack's PDUs feed). */
  readonly kwMax: number;
  /** Usable capacity of each feed's power sources after derating, kW. */
  readonly usableKwByFeed: Readonly<Record<FeedSide, number>>;
  /**
   * What the rack can carry with one feed lost, kW: the smaller feed when both are present, else the one feed's
   * capacity (then with no redundancy).
   */
  readonly usableKwPerFeed: number;
  /**
   * What is left for the rack with either feed lost, kW: the smaller feed's usable capacity, so 0 when every source
   * is on one feed (losing that feed stops the rack). The gauge "one feed lost" reads this, not `usableKwPerFeed`.
   */
  readonly oneFeedLostKw: number;
  /** The rack's own design limit, kW, when the rack gives one. */
  readonly rackLimitKw: number | null;
  readonly liquidHeatKw: number;
  readonly airHeatKw: number;
  readonly heatBtuPerHour: number;
  /** Liquid cooling available to this rack: in-rack CDUs plus its share of floor CDUs, kW. */
  readonly liquidCapacityKw: number;
  /** Air cooling at the rack: its rear door plus its share of in-row coolers, kW (the rest goes to room air). */
  readonly airCapacityKw: number;
  /** Coolant flow the rack's liquid heat needs at the design ΔT, L/min. */
  readonly coolantLitresPerMinute: number;
  readonly airflowCfm: number;
  /** Rack, contents, 0U items and door, kg. */
  readonly weightKg: number;
  readonly staticLoadKg: number;
  /** Total weight over the rack's footprint, kg/m². */
  readonly floorLoadKgPerM2: number;
}

export interface PortTally {
  readonly role: NetworkRole;
  readonly speedGbps: number;
  readonly formFactor: FormFactor;
  /** Ports on servers and other end devices that need a switch port. */
  readonly endpointPorts: number;
  /** Switch downlink ports of that fabric, speed and form factor. */
  readonly switchPorts: number;
}

export interface PodFigures {
  readonly racks: number;
  readonly devices: number;
  readonly gpus: number;
  /** IT load (everything in racks), kW. */
  readonly itKwTypical: number;
  readonly itKwMax: number;
  /** Cooling equipment's own draw outside the racks (floor CDUs, in-row coolers, door fans), kW. */
  readonly coolingKw: number;
  /** IT max + cooling, vs the utility feed, kW. */
  readonly totalKwMax: number;
  readonly utilityFeedKw: number;
  readonly heatBtuPerHour: number;
  readonly liquidHeatKw: number;
  readonly airHeatKw: number;
  /** Air heat removed by rear doors and in-row coolers (to water), kW. */
  readonly airHeatToWaterKw: number;
  /** Air heat left for the room's cooling, kW. */
  readonly roomAirHeatKw: number;
  readonly facilityWaterKw: number;
  readonly roomAirKw: number;
  readonly liquidCapacityKw: number;
  readonly coolantLitresPerMinute: number;
  readonly airflowCfm: number;
  readonly weightKg: number;
  /** Logical ports on all IT gear, by speed in Gb/s. */
  readonly portsBySpeedGbps: Readonly<Record<string, number>>;
  readonly ports: readonly PortTally[];
  /** Battery energy and power on the floor. */
  readonly batteryKwh: number;
  readonly batteryKw: number;
}

export interface Report {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly pod: PodFigures;
  readonly racks: readonly RackFigures[];
  readonly devices: readonly DeviceFigures[];
}
