/**
 * What `validate` returns: diagnostics and capacity figures. Derived from a layout and a catalog, never stored.
 * All power figures here are in kW and all weights in kg, as named.
 */
import type { FeedSide, RackPowerScheme, UpsRedundancy } from './layout';
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
  /**
   * Power factor it is budgeted at on its PDUs (its own, its item's, else the pod's); null for a busbar or a
   * device that draws nothing.
   */
  readonly powerFactor: number | null;
  /** Apparent power at max draw, kW / power factor, kVA (= kW on a busbar). */
  readonly kvaMax: number;
  /** Heat to liquid at max draw, kW. */
  readonly liquidHeatKw: number;
  /** Heat to air at max draw, kW. */
  readonly airHeatKw: number;
  /**
   * Planning airflow, ft³/min: the larger of `airflowCfmDesign` and `airflowCfmVendor`, so every device plans at
   * the pod's design ΔT at least; `airflowBasis` says which one it is.
   */
  readonly airflowCfm: number;
  /** Airflow its air heat needs at the pod's design ΔT: CFM = 3.16 × W / ΔT(°F), ft³/min. */
  readonly airflowCfmDesign: number;
  /** The vendor's published airflow, ft³/min, when the catalog gives one. */
  readonly airflowCfmVendor: number | null;
  readonly airflowBasis: 'design ΔT' | 'vendor';
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
  /** How the rack's power sources are redundant. */
  readonly powerScheme: RackPowerScheme;
  /** Apparent power of the PDU-fed loads at max draw, kVA (kW / power factor). */
  readonly acKvaMax: number;
  /** Power-shelf and rack-UPS losses at max draw, kW. */
  readonly lossKwMax: number;
  /** What the rack draws from its feeds at max draw, kW: IT load plus losses. */
  readonly inputKwMax: number;
  /** Per-phase currents of each PDU at max draw. */
  readonly pduPhases: readonly PduPhases[];
  /** The rack-mounted UPS, when it has one. */
  readonly ups: RackUps | null;
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

export interface PduPhases {
  /** Device id of the PDU. */
  readonly id: string;
  readonly label: string;
  readonly feed: FeedSide;
  readonly phases: number;
  /** Phase voltage, V. */
  readonly phaseV: number;
  /** Per-phase current limit after derating, A. */
  readonly limitA: number;
  /** Worst case per phase with one feed (2N) or circuit (N+1) lost, A. */
  readonly amps: readonly number[];
  /** Per phase with every source up, A. */
  readonly normalAmps: readonly number[];
  /**
   * The design case (one feed or circuit lost, or none without redundancy) in which this PDU's phases are most out
   * of balance, with its hottest phase at least half its limit; null when no case loads it so or it is single-phase.
   */
  readonly imbalance: {
    /** Largest deviation from the mean phase current over the mean. */
    readonly fraction: number;
    /** Per phase in that case, A. */
    readonly amps: readonly number[];
    /** Device ids of the PDUs lost in that case. */
    readonly lost: readonly string[];
  } | null;
}

export interface RackUps {
  readonly capacityKw: number;
  readonly capacityKva: number;
  readonly loadKw: number;
  readonly loadKva: number;
  /** Ride-through at max draw, min (null with no load). */
  readonly runtimeMin: number | null;
}

/** The pod's power chain at max draw (see `rules/powerChain.ts`), kW and kVA. */
export interface PowerChainFigures {
  /** The pod's power factor (loads and items may have their own: `itKva` sums each load's kVA). */
  readonly powerFactor: number;
  readonly itKw: number;
  /** IT load's apparent power: each load's kW / its power factor, summed, kVA. */
  readonly itKva: number;
  readonly shelfLossKw: number;
  readonly rackUpsLossKw: number;
  readonly ups: {
    readonly units: number;
    readonly redundancy: UpsRedundancy;
    readonly capacityKva: number;
    readonly usableKw: number;
    readonly usableKva: number;
    readonly loadKw: number;
    readonly loadKva: number;
    readonly lossKw: number;
    readonly runtimeMin: number | null;
    readonly carriesCduPumps: boolean;
  } | null;
  readonly coolingEquipmentKw: number;
  readonly coolingPlantKw: number;
  readonly coolingPlantBasis: 'cop' | 'pue' | 'none';
  readonly transformer: {
    readonly ratingKva: number;
    readonly loadKw: number;
    readonly loadKva: number;
    readonly lossKw: number;
  } | null;
  readonly lossesKw: number;
  readonly facilityKw: number;
  readonly facilityKva: number;
  readonly utilityFeedKw: number;
  readonly pue: number | null;
  readonly generator: {
    readonly ratingKw: number;
    readonly ratingKva: number;
    readonly blockKw: number;
    readonly stepKw: number;
    readonly storageNeededKw: number;
    readonly storageKw: number;
    readonly startSeconds: number;
  } | null;
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
  /** Grid to rack: IT, losses, cooling plant, facility power, PUE, UPS, transformer and generator. */
  readonly powerChain: PowerChainFigures;
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
