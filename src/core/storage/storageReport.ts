/**
 * The storage plan of a pod as plain figures in kW, kWh, s and MW/min, for the CLI (`podplan power`) and the app: the
 * resolved profile, the oscillation assessment, per-layer sizing, units by power and by energy, the placed batteries
 * and the summary of a 5-minute simulation at 10 ms.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { StorageSettings } from '../model/storageSettings';
import type { PodSimulation } from './podSimulation';
import { simulatePod } from './podSimulation';
import type { PodStorage } from './podStorage';
import { podStorage } from './podStorage';
import type { LayerName } from './sizeStorage';
import type { OscillationAbsorber } from './oscillation';

export interface StorageReport {
  readonly profile: {
    readonly itMaxKw: number;
    readonly iterationPeriodS: number;
    readonly computeDuty: number;
    readonly swingKw: number;
    readonly jobStepKw: number;
    readonly checkpointDipKw: number;
    readonly checkpointDurationS: number;
    readonly gpuPowerFloorKw: number | null;
    readonly rampMwPerMin: number | null;
    readonly allowedSwingKw: number | null;
    readonly socWindowFraction: number;
  };
  readonly oscillation: {
    readonly absorber: OscillationAbsorber;
    readonly swingKw: number;
    readonly swingAfterFloorKw: number;
    readonly floorWasteKw: number;
    readonly keptOffGridKw: number;
    readonly energyPerCycleKwh: number;
    readonly psuStorageJ: number;
    readonly psuStoragePerGpuJ: number | null;
    readonly psuRideThroughS: number | null;
    /** Shallow swings per day (86,400 / period), not full-equivalent cycles. */
    readonly swingsPerDay: number;
  };
  readonly layers: readonly {
    readonly layer: LayerName;
    readonly powerKw: number;
    readonly energyKwh: number;
    readonly nameplateKwh: number;
    readonly unitsByPower: number;
    readonly unitsByEnergy: number;
    readonly lossKwh: number;
  }[];
  readonly unit: {
    readonly sku: string;
    readonly name: string;
    readonly powerKw: number;
    readonly energyKwh: number;
    readonly cRate: number;
    readonly basis: PodStorage['unitBasis'];
  };
  readonly neededPowerKw: number;
  readonly neededNameplateKwh: number;
  readonly unitsByPower: number;
  readonly unitsByEnergy: number;
  readonly units: number;
  readonly binding: 'power' | 'energy' | 'none';
  readonly bindingLayer: LayerName | null;
  readonly cRateNeeded: number | null;
  readonly wear: {
    readonly fullCyclesPerDay: number;
    readonly lifeYears: number | null;
    readonly limitedBy: string;
    readonly averageLossKw: number;
  } | null;
  readonly placed: {
    readonly byType: readonly { readonly sku: string; readonly name: string; readonly count: number }[];
    readonly powerKw: number;
    readonly energyKwh: number;
  };
  readonly simulation: {
    readonly batteryBasis: PodSimulation['batteryBasis'];
    readonly durationS: number;
    readonly dtS: number;
    readonly peakGridKw: number;
    readonly largestRampMwPerMin: number;
    readonly minSoc: number;
    readonly maxSoc: number;
    readonly peakBatteryKw: number;
    readonly dischargedKwh: number;
    readonly lossKwh: number;
    /** Full-equivalent cycles per day (cycles.ts) if this run repeated all day. */
    readonly fullCyclesPerDay: number;
    readonly limitExceededS: number;
  };
}

const kw = (w: number) => w / 1000;

/** The pod's storage plan and a 5-minute simulation of it. */
export function storageReport(
  layout: Layout,
  catalog: Catalog,
  settings: StorageSettings,
  itMaxW: number,
  gpus: number,
): { readonly report: StorageReport; readonly simulation: PodSimulation } {
  const s = podStorage(layout, catalog, settings, itMaxW, gpus);
  const sim = simulatePod(s, layout, catalog, { dtS: 0.01, durationS: 300 });
  const p = s.profile;
  const o = s.sizing.oscillation;
  const z = s.sizing;
  const sum = sim.summary;
  const report: StorageReport = {
    profile: {
      itMaxKw: kw(p.itMaxW),
      iterationPeriodS: p.iterationPeriodS,
      computeDuty: p.computeDuty,
      swingKw: kw(p.swingW),
      jobStepKw: kw(p.jobStepW),
      checkpointDipKw: kw(p.checkpointDipW),
      checkpointDurationS: p.checkpointDurationS,
      gpuPowerFloorKw: p.gpuPowerFloorW === null ? null : kw(p.gpuPowerFloorW),
      rampMwPerMin: p.rampWPerS === null ? null : (p.rampWPerS * 60) / 1e6,
      allowedSwingKw: p.allowedSwingW === null ? null : kw(p.allowedSwingW),
      socWindowFraction: p.socWindowFraction,
    },
    oscillation: {
      absorber: o.absorber,
      swingKw: kw(o.swingW),
      swingAfterFloorKw: kw(o.swingAfterFloorW),
      floorWasteKw: kw(o.floorWasteW),
      keptOffGridKw: kw(o.need.powerW),
      energyPerCycleKwh: o.need.energyWh / 1000,
      psuStorageJ: o.psuStorageJ,
      psuStoragePerGpuJ: o.psuStoragePerGpuJ,
      psuRideThroughS: o.psuRideThroughS,
      swingsPerDay: o.swingsPerDay,
    },
    layers: z.layers.map((l) => ({
      layer: l.layer,
      powerKw: kw(l.powerW),
      energyKwh: l.energyWh / 1000,
      nameplateKwh: l.nameplateWh / 1000,
      unitsByPower: l.unitsByPower,
      unitsByEnergy: l.unitsByEnergy,
      lossKwh: l.lossWh / 1000,
    })),
    unit: {
      sku: z.unit.sku,
      name: z.unit.name,
      powerKw: kw(z.unit.powerW),
      energyKwh: z.unit.energyWh / 1000,
      cRate: z.unitCRate,
      basis: s.unitBasis,
    },
    neededPowerKw: kw(z.neededPowerW),
    neededNameplateKwh: z.neededNameplateWh / 1000,
    unitsByPower: z.unitsByPower,
    unitsByEnergy: z.unitsByEnergy,
    units: z.units,
    binding: z.binding,
    bindingLayer: z.bindingLayer,
    cRateNeeded: z.cRateNeeded,
    wear: z.wear && {
      fullCyclesPerDay: z.wear.fullCyclesPerDay,
      lifeYears: z.wear.lifeYears,
      limitedBy: z.wear.limitedBy,
      averageLossKw: kw(z.wear.averageLossW),
    },
    placed: { byType: s.placed.byType, powerKw: kw(s.placed.powerW), energyKwh: s.placed.energyWh / 1000 },
    simulation: {
      batteryBasis: sim.batteryBasis,
      durationS: sim.series.loadW.length * sim.series.dtS,
      dtS: sim.series.dtS,
      peakGridKw: kw(sum.peakGridW),
      largestRampMwPerMin: (sum.largestRampWPerS * 60) / 1e6,
      minSoc: sum.minSoc,
      maxSoc: sum.maxSoc,
      peakBatteryKw: kw(sum.peakBatteryW),
      dischargedKwh: sum.dischargedWh / 1000,
      lossKwh: sum.lossWh / 1000,
      fullCyclesPerDay: sum.fullCyclesPerDay,
      limitExceededS: sum.limitExceededS,
    },
  };
  return { report, simulation: sim };
}
