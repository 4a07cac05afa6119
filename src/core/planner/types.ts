/**
 * The pod planner's inputs and outputs. Every figure carries its unit in its name or its TSDoc; a field left out
 * takes the default stated beside it.
 */
import type { NetworkRole } from '../model/catalog';
import type { FloorGrid, Layout, PodLimits } from '../model/layout';
import type { NetworkChoice } from '../plan/podNetworks';

/** What to plan for: a GPU count, an IT load, or as much as the stated envelope holds. */
export type PlanTarget =
  | { readonly kind: 'gpus'; readonly gpus: number }
  | { readonly kind: 'itKw'; readonly kw: number }
  | { readonly kind: 'fill' };

/**
 * How the heat leaves: `air` to the room; `rear-door` to a rear-door heat exchanger per rack (then to facility
 * water); `liquid-inrack` and `liquid-floor` send the liquid share to in-rack or floor CDUs and the air share to the
 * room.
 */
export type CoolingApproach = 'air' | 'rear-door' | 'liquid-inrack' | 'liquid-floor';
export const COOLING_APPROACHES: readonly CoolingApproach[] = [
  'air',
  'rear-door',
  'liquid-inrack',
  'liquid-floor',
];

/**
 * How each compute rack's power sources are redundant: `ab-2n` puts the whole load on either of the A and B feeds
 * alone; `n+1` plans circuits so the load fits with any one of them lost (the rack's `powerScheme: 'N+1'`), which
 * usually takes fewer PDUs than 2N.
 */
export type PowerPath = 'ab-2n' | 'n+1';
export const POWER_PATHS: readonly PowerPath[] = ['ab-2n', 'n+1'];

export interface PodPlanRequest {
  readonly target: PlanTarget;
  /** A GPU server SKU (built-in or imported) or a rack-scale preset id (`gb200-nvl72`). */
  readonly platform: string;
  /** Default: `liquid-floor` when the platform sends heat to liquid, else `rear-door`. */
  readonly cooling?: CoolingApproach;
  /** Compute rack model. Default: the preset's rack, else `rack-42u-600x1200`. */
  readonly rackSku?: string;
  /** Power per compute rack the user accepts, kW at max draw. Default: the rack's design limit, else none. */
  readonly maxRackKw?: number;
  /** Default `ab-2n`. */
  readonly powerPath?: PowerPath;
  /** Rack PDU model (0U, both feeds). Default: the catalog's 0U PDU with the most usable power. */
  readonly pduSku?: string;
  /** Power shelf for busbar-fed platforms. Default: the shelf with the most output. */
  readonly powerShelfSku?: string;
  /** Rear door for `rear-door` cooling. Default: the smallest door that takes a full rack's air heat. */
  readonly doorSku?: string;
  /** CDU for liquid cooling. Default: the catalog's first floor CDU (or in-rack CDU) that takes the heat. */
  readonly cduSku?: string;
  /** Rack model for the network racks. Default: `rack-42u-600x1200`. */
  readonly networkRackSku?: string;
  /**
   * The site envelope the user states. Fields left out are sized to the plan (targets `gpus`, `itKw`) or taken
   * from the base layout (`fill`).
   */
  readonly limits?: Partial<PodLimits>;
  /** Floor grid. `rows` stated makes the floor a limit; left out, rows are added as needed. */
  readonly floor?: Partial<FloorGrid>;
  /** Networks to build: a choice per network, `null` to leave one out. Default: the catalog's defaults, all four. */
  readonly networks?: Partial<Record<NetworkRole, NetworkChoice | null>>;
  /** Battery ride-through at the pod's max draw, minutes. Default: none (no batteries). */
  readonly rideThroughMin?: number;
  /** Battery model. Default: `battery-cabinet-200kwh`. */
  readonly batterySku?: string;
  readonly name?: string;
}

/** What binds when the target does not fit: the limit, its figure, and what would fit all. */
export interface BindingConstraint {
  /** The diagnostic code that one more unit raises (`power.utilityOverload`). */
  readonly code: string;
  /** The limit in words (`the utility feed`). */
  readonly limit: string;
  /** The sentence for people, with numbers and units. */
  readonly text: string;
  /** The first error message one more unit raises, verbatim from the rules. */
  readonly evidence: string;
}

export interface PlanCounts {
  readonly computeRacks: number;
  readonly networkRacks: number;
  /** Platform units: servers, or whole racks for rack-scale presets. */
  readonly units: number;
  readonly gpus: number;
  readonly pdus: number;
  readonly powerShelves: number;
  readonly cdus: number;
  readonly doors: number;
  readonly switches: number;
  readonly links: number;
  readonly batteries: number;
  /** Floor positions the layout uses (racks and floor units). */
  readonly floorPositions: number;
}

export interface PodPlan {
  readonly layout: Layout;
  readonly counts: PlanCounts;
  /** Units per full compute rack and the rule that stops one more. */
  readonly perRack: { readonly units: number; readonly limit: string };
  readonly unitsWanted: number;
  readonly gpusWanted: number;
  /** IT at max draw, kW. */
  readonly itKw: number;
  /** IT plus cooling equipment at max draw, kW. */
  readonly totalKw: number;
  /** What the utility feed supplies at max draw, kW: IT, losses, cooling equipment and the cooling plant. */
  readonly facilityKw: number;
  /** Cooling equipment's own draw outside the racks, kW. */
  readonly coolingKw: number;
  /** Net price in minor units of `currency` (example prices for built-in items). */
  readonly priceMinor: number;
  readonly currency: string;
  readonly errors: number;
  readonly warnings: number;
  /** Null when the target fits (or, for `fill`, names what stops the next unit). */
  readonly binding: BindingConstraint | null;
  /** Limits the user left out and the planner sized to the plan. */
  readonly sizedLimits: readonly string[];
  /** One line for people. */
  readonly summary: string;
}

export type PlanFailure = { readonly kind: 'bad-input'; readonly message: string };
