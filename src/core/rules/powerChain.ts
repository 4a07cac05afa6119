/**
 * The pod's power chain, grid to rack (POWER.md §1):
 *
 *   utility ─ transformer ─ UPS ─ rack feeds (IT + power-shelf and rack-UPS losses)
 *                        └─ cooling equipment not on the UPS, cooling plant
 *
 * Worked from the racks up, at max draw:
 * - UPS load = the racks' input (+ floor CDU pumps when the pod puts them on the UPS); UPS loss = load / η − load.
 * - Cooling plant: `cop` mode: heat in the room (racks' input, cooling equipment, UPS losses) / COP. `pue` mode: the
 *   plant is what the target PUE leaves once every computed part is counted (a PUE too low for the losses alone is
 *   a warning and the plant is taken as 0).
 * - Transformer load = everything downstream; its loss = load / η − load. Facility power = its input (or the
 *   downstream load when the pod has no transformer). PUE = facility / IT (The Green Grid WP#49).
 * - kVA at each level = kW / the pod's power factor, plus what IT loads with their own power factor draw beyond
 *   that (each load's kVA = its kW / its PF, summed as kVA).
 * Checks: UPS kW and kVA with its redundancy (N, N+1: all but the largest unit, 2N: half), UPS ride-through against
 * the pod's minimum and the generator's start, transformer kVA, facility power against the utility feed, and the
 * generator's rating and block-load acceptance (ISO 8528-5: storage carries the step above one block).
 */
import type { Generator, Transformer, Ups } from '../model/catalog';
import type { PodLimits, UpsRedundancy } from '../model/layout';
import type { PowerChainFigures } from '../model/report';
import { podPowerFactor } from './power';
import { upsCapacityVa, upsLossW, upsRuntimeMin } from './rackUps';

export interface PowerChainInput {
  /** IT load at max draw (rack contents), W. */
  readonly itW: number;
  /** Power-shelf conversion losses in the racks, W. */
  readonly shelfLossW: number;
  /** Rack-mounted UPS losses, W. */
  readonly rackUpsLossW: number;
  /**
   * VA the IT loads with their own power factor draw beyond the pod's (Σ W / own PF − W / pod PF), VA. Every level
   * above the racks carries the IT load, so each level's kVA is its kW / the pod's PF plus this.
   */
  readonly ownPfExtraVa: number;
  /** Cooling equipment's own draw outside the racks (floor CDUs, in-row coolers, door fans), W. */
  readonly coolingEquipmentW: number;
  /** The floor CDUs' pump draw (part of `coolingEquipmentW`), W. */
  readonly cduPumpW: number;
  readonly ups: readonly Ups[];
  readonly transformers: readonly Transformer[];
  readonly generators: readonly Generator[];
  /** Battery power on the floor, W (storage beside the UPS for generator steps). */
  readonly batteryW: number;
  readonly limits: PodLimits;
}

export interface UpsLevel {
  readonly units: number;
  readonly redundancy: UpsRedundancy;
  /** Rating of all units, W and VA. */
  readonly capacityW: number;
  readonly capacityVa: number;
  /** What the redundancy leaves usable, W and VA. */
  readonly usableW: number;
  readonly usableVa: number;
  readonly loadW: number;
  readonly loadVa: number;
  readonly lossW: number;
  /** Ride-through at `loadW`, min. */
  readonly runtimeMin: number;
  readonly carriesCduPumps: boolean;
}

export interface PowerChain {
  readonly powerFactor: number;
  /** IT load, W and VA. */
  readonly itW: number;
  readonly itVa: number;
  readonly shelfLossW: number;
  readonly rackUpsLossW: number;
  readonly ups: UpsLevel | null;
  readonly coolingEquipmentW: number;
  /** Floor CDU pumps (part of the cooling equipment), W. */
  readonly cduPumpW: number;
  readonly coolingPlantW: number;
  /** How the plant draw was found. */
  readonly coolingPlantBasis: 'cop' | 'pue' | 'none';
  readonly transformer: {
    readonly ratingVa: number;
    readonly loadW: number;
    readonly loadVa: number;
    readonly lossW: number;
  } | null;
  /** Shelf, rack-UPS, UPS and transformer losses, W. */
  readonly lossesW: number;
  /** At the utility meter, W and VA. */
  readonly facilityW: number;
  readonly facilityVa: number;
  readonly utilityFeedW: number;
  /** facility / IT; null with no IT load. */
  readonly pue: number | null;
  readonly generator: {
    readonly ratingW: number;
    readonly ratingVa: number;
    /** Largest step it accepts at once, W. */
    readonly blockW: number;
    /** Load it must pick up, W (the facility load). */
    readonly stepW: number;
    /** What storage (UPS and batteries) must carry beyond one block, W. */
    readonly storageNeededW: number;
    readonly storageW: number;
    readonly startSeconds: number;
  } | null;
}

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((s, x) => s + f(x), 0);

/** Usable share of UPS units under a redundancy scheme: N all, N+1 all but the largest, 2N half. */
export function upsUsable(units: readonly Ups[], redundancy: UpsRedundancy): { w: number; va: number } {
  const w = sum(units, (u) => u.capacityW);
  const va = sum(units, upsCapacityVa);
  if (redundancy === '2N') return { w: w / 2, va: va / 2 };
  if (redundancy === 'N+1' && units.length > 1)
    return {
      w: w - Math.max(...units.map((u) => u.capacityW)),
      va: va - Math.max(...units.map(upsCapacityVa)),
    };
  return { w, va };
}

/** Conversion loss of transformers sharing `loadW` in proportion to their rating, W. */
function transformerLossW(units: readonly Transformer[], loadW: number): number {
  const rating = sum(units, (t) => t.ratingVa);
  if (rating <= 0 || loadW <= 0) return 0;
  return sum(units, (t) => (loadW * t.ratingVa) / rating / t.efficiency) - loadW;
}

/** The chain's figures (no diagnostics). */
export function powerChain(input: PowerChainInput): PowerChain {
  const { limits } = input;
  const pf = podPowerFactor(limits);
  /** Apparent power of `w` watts that carry the whole IT load, VA. */
  const va = (w: number) => w / pf + input.ownPfExtraVa;
  const rackInputW = input.itW + input.shelfLossW + input.rackUpsLossW;
  const hasUps = input.ups.length > 0;
  const carriesPumps = hasUps && (limits.upsCarriesCduPumps ?? false);
  const upsLoadW = rackInputW + (carriesPumps ? input.cduPumpW : 0);
  const upsLoss = hasUps ? upsLossW(input.ups, upsLoadW) : 0;
  const criticalInputW = upsLoadW + upsLoss;
  const otherCoolingW = input.coolingEquipmentW - (carriesPumps ? input.cduPumpW : 0);
  const beforePlantW = criticalInputW + otherCoolingW;

  let plantW = 0;
  const plant = limits.coolingPlant;
  if (plant?.mode === 'cop') plantW = (rackInputW + input.coolingEquipmentW + upsLoss) / plant.cop;
  else if (plant?.mode === 'pue')
    plantW = Math.max(0, input.itW * plant.pue * transformerShare(input.transformers) - beforePlantW);

  const txOutW = beforePlantW + plantW;
  const txLoss = transformerLossW(input.transformers, txOutW);
  const facilityW = txOutW + txLoss;
  const redundancy = limits.upsRedundancy ?? 'N';
  const usable = upsUsable(input.ups, redundancy);
  const generatorW = sum(input.generators, (g) => g.ratingW);
  const blockW = sum(input.generators, (g) => g.ratingW * g.blockLoadFraction);
  const upsStorageW = hasUps ? usable.w : 0;
  return {
    powerFactor: pf,
    itW: input.itW,
    itVa: va(input.itW),
    shelfLossW: input.shelfLossW,
    rackUpsLossW: input.rackUpsLossW,
    ups: hasUps
      ? {
          units: input.ups.length,
          redundancy,
          capacityW: sum(input.ups, (u) => u.capacityW),
          capacityVa: sum(input.ups, upsCapacityVa),
          usableW: usable.w,
          usableVa: usable.va,
          loadW: upsLoadW,
          loadVa: va(upsLoadW),
          lossW: upsLoss,
          runtimeMin: upsRuntimeMin(input.ups, upsLoadW),
          carriesCduPumps: carriesPumps,
        }
      : null,
    coolingEquipmentW: input.coolingEquipmentW,
    cduPumpW: input.cduPumpW,
    coolingPlantW: plantW,
    coolingPlantBasis: plant?.mode ?? 'none',
    transformer:
      input.transformers.length > 0
        ? {
            ratingVa: sum(input.transformers, (t) => t.ratingVa),
            loadW: txOutW,
            loadVa: va(txOutW),
            lossW: txLoss,
          }
        : null,
    lossesW: input.shelfLossW + input.rackUpsLossW + upsLoss + txLoss,
    facilityW,
    facilityVa: va(facilityW),
    utilityFeedW: limits.utilityFeedKw * 1000,
    pue: input.itW > 0 ? facilityW / input.itW : null,
    generator:
      input.generators.length > 0
        ? {
            ratingW: generatorW,
            ratingVa: sum(input.generators, (g) => g.ratingVa),
            blockW,
            stepW: facilityW,
            storageNeededW: Math.max(0, facilityW - blockW),
            storageW: upsStorageW + input.batteryW,
            startSeconds: Math.max(...input.generators.map((g) => g.startSeconds)),
          }
        : null,
  };
}

/**
 * In `pue` mode the facility power is IT × PUE at the meter, and the transformer passes on its efficiency's share of
 * it (its efficiency is a constant figure in the catalog, the same at every load), so the plant is solved at the
 * transformer's output: txOut = IT × PUE × η.
 */
function transformerShare(units: readonly Transformer[]): number {
  const probe = 1_000_000;
  return units.length === 0 ? 1 : probe / (probe + transformerLossW(units, probe));
}

const kw = (w: number): number => w / 1000;
const minutes = (m: number): number | null => (Number.isFinite(m) ? m : null);

/** The chain in the report's units (kW, kVA). */
export function powerChainFigures(c: PowerChain): PowerChainFigures {
  return {
    powerFactor: c.powerFactor,
    itKw: kw(c.itW),
    itKva: kw(c.itVa),
    shelfLossKw: kw(c.shelfLossW),
    rackUpsLossKw: kw(c.rackUpsLossW),
    ups: c.ups && {
      units: c.ups.units,
      redundancy: c.ups.redundancy,
      capacityKva: kw(c.ups.capacityVa),
      usableKw: kw(c.ups.usableW),
      usableKva: kw(c.ups.usableVa),
      loadKw: kw(c.ups.loadW),
      loadKva: kw(c.ups.loadVa),
      lossKw: kw(c.ups.lossW),
      runtimeMin: minutes(c.ups.runtimeMin),
      carriesCduPumps: c.ups.carriesCduPumps,
    },
    coolingEquipmentKw: kw(c.coolingEquipmentW),
    coolingPlantKw: kw(c.coolingPlantW),
    coolingPlantBasis: c.coolingPlantBasis,
    transformer: c.transformer && {
      ratingKva: kw(c.transformer.ratingVa),
      loadKw: kw(c.transformer.loadW),
      loadKva: kw(c.transformer.loadVa),
      lossKw: kw(c.transformer.lossW),
    },
    lossesKw: kw(c.lossesW),
    facilityKw: kw(c.facilityW),
    facilityKva: kw(c.facilityVa),
    utilityFeedKw: kw(c.utilityFeedW),
    pue: c.pue,
    generator: c.generator && {
      ratingKw: kw(c.generator.ratingW),
      ratingKva: kw(c.generator.ratingVa),
      blockKw: kw(c.generator.blockW),
      stepKw: kw(c.generator.stepW),
      storageNeededKw: kw(c.generator.storageNeededW),
      storageKw: kw(c.generator.storageW),
      startSeconds: c.generator.startSeconds,
    },
  };
}
