/**
 * Simulates a pod's storage plan: with the batteries placed on the floor when there are any, else with the units
 * the sizing recommends (the result says which).
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { PodStorage } from './podStorage';
import type { ResolvedProfile } from './profileDefaults';
import type { LoadEvents } from './loadProfile';
import { defaultEvents } from './loadProfile';
import type { SimBattery, Simulation, SimulationOptions } from './simulate';
import { DEFAULT_DURATION_S, simulate } from './simulate';

export interface PodSimulation extends Simulation {
  readonly batteryBasis: 'placed' | 'sized' | 'none';
  readonly battery: SimBattery | null;
  /** The profile and the event times the run used (for the chart's limit lines). */
  readonly profile: ResolvedProfile;
  readonly events: LoadEvents;
}

function placedRte(layout: Layout, catalog: Catalog): number {
  let wh = 0;
  let weighted = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item?.kind !== 'battery') continue;
    wh += item.energyKwh;
    weighted += item.energyKwh * item.roundTripEfficiency;
  }
  return wh > 0 ? weighted / wh : 1;
}

export function simulatePod(
  s: PodStorage,
  layout: Layout,
  catalog: Catalog,
  options: SimulationOptions = {},
): PodSimulation {
  let battery: SimBattery | null = null;
  let batteryBasis: PodSimulation['batteryBasis'] = 'none';
  if (s.placed.powerW > 0) {
    battery = {
      powerW: s.placed.powerW,
      energyWh: s.placed.energyWh,
      roundTripEfficiency: placedRte(layout, catalog),
    };
    batteryBasis = 'placed';
  } else if (s.sizing.units > 0) {
    battery = {
      powerW: s.sizing.installedPowerW,
      energyWh: s.sizing.installedEnergyWh,
      roundTripEfficiency: s.sizing.unitRoundTripEfficiency,
    };
    batteryBasis = 'sized';
  }
  const events = options.events ?? defaultEvents(options.durationS ?? DEFAULT_DURATION_S);
  return {
    ...simulate(s.profile, battery, { ...options, events }),
    batteryBasis,
    battery,
    profile: s.profile,
    events,
  };
}
