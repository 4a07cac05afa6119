/**
 * Sizes site battery storage from the layers (POWER.md §3): per layer the power and nameplate energy, then the
 * units of the chosen battery by power and by energy, which of them binds, the C-rate needed against the unit's,
 * round-trip losses, and the cycle wear when a battery takes the oscillation. Layers do not coincide, so the plan
 * takes the largest power and the largest energy of any one layer, not their sum.
 */
import type { Battery } from '../model/catalog';
import type { ResolvedProfile } from './profileDefaults';
import type { LayerNeed } from './layers';
import { checkpointNeed, generatorNeed, nameplateWh, rampNeed } from './layers';
import type { OscillationAssessment } from './oscillation';
import { assessOscillation } from './oscillation';
import { fullEquivalentCyclesPerDay, SECONDS_PER_DAY, usableWh } from './cycles';

export type LayerName = 'oscillation' | 'ramp' | 'checkpoint' | 'generator';

export interface LayerSizing {
  readonly layer: LayerName;
  /** Power the battery must give, W. */
  readonly powerW: number;
  /** Energy one event moves one way, Wh. */
  readonly energyWh: number;
  /** Nameplate that holds it either way within the SoC window, Wh. */
  readonly nameplateWh: number;
  readonly unitsByPower: number;
  readonly unitsByEnergy: number;
  /** Round-trip loss of one event, Wh: the energy drawn back in beyond what was delivered, E × (1/RTE − 1). */
  readonly lossWh: number;
}

export interface GeneratorStep {
  /** What the generators accept in one block, W, and the time between blocks, s. */
  readonly blockW: number;
  readonly blockIntervalS: number;
}

export interface StorageSizingInput {
  readonly profile: ResolvedProfile;
  readonly unit: Battery;
  /** Energy in the pod's PSUs / power shelves, J, and its GPU count. */
  readonly psuStorageJ: number;
  readonly gpus: number;
  /** Present when generators back the pod. */
  readonly generator: GeneratorStep | null;
}

export interface BatteryWear {
  /**
   * Full-equivalent cycles per day the oscillation alone puts on the installed batteries (cycles.ts: discharged per
   * day ÷ usable energy), and the life that leaves, years.
   */
  readonly fullCyclesPerDay: number;
  readonly lifeYears: number | null;
  readonly limitedBy: 'cycles' | 'calendar' | 'unknown';
  /** Average round-trip loss of the oscillation, W. */
  readonly averageLossW: number;
}

export interface StorageSizing {
  readonly oscillation: OscillationAssessment;
  /** The layers a battery takes (the oscillation only when no other element absorbs it). */
  readonly layers: readonly LayerSizing[];
  readonly unit: {
    readonly sku: string;
    readonly name: string;
    readonly powerW: number;
    readonly energyWh: number;
  };
  readonly neededPowerW: number;
  readonly neededNameplateWh: number;
  readonly unitsByPower: number;
  readonly unitsByEnergy: number;
  readonly units: number;
  readonly binding: 'power' | 'energy' | 'none';
  /** The layer that sets the unit count (null when no layer needs storage). */
  readonly bindingLayer: LayerName | null;
  /** Power / nameplate energy needed, per hour (C), and the unit's own. */
  readonly cRateNeeded: number | null;
  readonly unitCRate: number;
  readonly installedPowerW: number;
  readonly installedEnergyWh: number;
  readonly unitRoundTripEfficiency: number;
  readonly wear: BatteryWear | null;
}

/** Unit counts below this fraction over a whole number are float noise, not a need for one more unit. */
const ceilUnits = (need: number, per: number): number => (need <= 0 ? 0 : Math.ceil(need / per - 1e-9));

function sized(layer: LayerName, need: LayerNeed, input: StorageSizingInput): LayerSizing {
  const unitW = input.unit.powerKw * 1000;
  const unitWh = input.unit.energyKwh * 1000;
  const plate = nameplateWh(need.energyWh, input.profile.socWindowFraction);
  return {
    layer,
    powerW: need.powerW,
    energyWh: need.energyWh,
    nameplateWh: plate,
    unitsByPower: ceilUnits(need.powerW, unitW),
    unitsByEnergy: ceilUnits(plate, unitWh),
    lossWh: need.energyWh * (1 / input.unit.roundTripEfficiency - 1),
  };
}

function wearOf(o: OscillationAssessment, unit: Battery, installedWh: number, window: number): BatteryWear {
  const fullCyclesPerDay = fullEquivalentCyclesPerDay(
    o.need.energyWh,
    SECONDS_PER_DAY / o.swingsPerDay,
    usableWh(installedWh, window),
  );
  const byCycles = unit.cycleLife === undefined ? null : unit.cycleLife / fullCyclesPerDay / 365;
  const calendar = unit.calendarLifeYears ?? null;
  let lifeYears: number | null = byCycles;
  let limitedBy: BatteryWear['limitedBy'] = byCycles === null ? 'unknown' : 'cycles';
  if (calendar !== null && (lifeYears === null || calendar < lifeYears)) {
    lifeYears = calendar;
    limitedBy = 'calendar';
  }
  const averageLossW =
    (o.need.energyWh * 3600 * (1 / unit.roundTripEfficiency - 1)) / (SECONDS_PER_DAY / o.swingsPerDay);
  return { fullCyclesPerDay, lifeYears, limitedBy, averageLossW };
}

export function sizeStorage(input: StorageSizingInput): StorageSizing {
  const p = input.profile;
  const oscillation = assessOscillation(p, input.psuStorageJ, input.gpus);
  const layers: LayerSizing[] = [];
  if (oscillation.absorber === 'battery') layers.push(sized('oscillation', oscillation.need, input));
  if (p.rampWPerS !== null) {
    layers.push(sized('ramp', rampNeed(p.jobStepW, p.rampWPerS), input));
    layers.push(
      sized('checkpoint', checkpointNeed(p.checkpointDipW, p.checkpointDurationS, p.rampWPerS), input),
    );
  }
  if (input.generator)
    layers.push(
      sized(
        'generator',
        generatorNeed(
          p.jobStepW,
          input.generator.blockW,
          input.generator.blockIntervalS,
          p.ageingMarginFraction,
        ),
        input,
      ),
    );
  let neededPowerW = 0;
  let neededNameplateWh = 0;
  let unitsByPower = 0;
  let unitsByEnergy = 0;
  let bindingLayer: LayerName | null = null;
  let most = 0;
  for (const l of layers) {
    neededPowerW = Math.max(neededPowerW, l.powerW);
    neededNameplateWh = Math.max(neededNameplateWh, l.nameplateWh);
    unitsByPower = Math.max(unitsByPower, l.unitsByPower);
    unitsByEnergy = Math.max(unitsByEnergy, l.unitsByEnergy);
    const n = Math.max(l.unitsByPower, l.unitsByEnergy);
    if (n > most) {
      most = n;
      bindingLayer = l.layer;
    }
  }
  const units = Math.max(unitsByPower, unitsByEnergy);
  const unitW = input.unit.powerKw * 1000;
  const unitWh = input.unit.energyKwh * 1000;
  return {
    oscillation,
    layers,
    unit: { sku: input.unit.sku, name: input.unit.name, powerW: unitW, energyWh: unitWh },
    neededPowerW,
    neededNameplateWh,
    unitsByPower,
    unitsByEnergy,
    units,
    binding: units === 0 ? 'none' : unitsByPower >= unitsByEnergy ? 'power' : 'energy',
    bindingLayer,
    cRateNeeded: neededNameplateWh > 0 ? neededPowerW / neededNameplateWh : null,
    unitCRate: unitW / unitWh,
    installedPowerW: units * unitW,
    installedEnergyWh: units * unitWh,
    unitRoundTripEfficiency: input.unit.roundTripEfficiency,
    wear:
      oscillation.absorber === 'battery'
        ? wearOf(oscillation, input.unit, units * unitWh, p.socWindowFraction)
        : null,
  };
}
