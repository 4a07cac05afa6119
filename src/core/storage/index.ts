/** Battery storage sized for AI load swings (issue 11): profile defaults, layer sizing, checks and the simulation. */
export { PROFILE_DEFAULT_PROVENANCE, PROFILE_DEFAULTS, resolveProfile } from './profileDefaults';
export type { ResolvedProfile } from './profileDefaults';
export { checkpointNeed, generatorNeed, nameplateWh, oscillationNeed, rampNeed } from './layers';
export type { LayerNeed } from './layers';
export type { OscillationAbsorber, OscillationAssessment } from './oscillation';
export { sizeStorage } from './sizeStorage';
export type { BatteryWear, LayerName, LayerSizing, StorageSizing } from './sizeStorage';
export { GENERATOR_BLOCK_INTERVAL_S, podStorage } from './podStorage';
export type { PlacedStorage, PodStorage } from './podStorage';
export { checkStorage } from './checkStorage';
export { fmtEnergyWh, fmtPowerW } from './format';
export { defaultEvents, fillLoad } from './loadProfile';
export type { LoadEvents } from './loadProfile';
export { DEFAULT_DURATION_S, simulate } from './simulate';
export { rampLimitLineW } from './rampLine';
export type {
  SimBattery,
  Simulation,
  SimulationOptions,
  SimulationSeries,
  SimulationSummary,
} from './simulate';
export { simulatePod } from './podSimulation';
export type { PodSimulation } from './podSimulation';
export { storageReport } from './storageReport';
export type { StorageReport } from './storageReport';
export { strandedPower } from './strandedPower';
export type { StrandedPower } from './strandedPower';
export { patchStorage } from './storageOps';
export type { StoragePatch } from './storageOps';
export { simulationCsv } from './simulationCsv';
export { FULL_CYCLES_DEFINITION, fmtFullCycles, fullEquivalentCyclesPerDay, usableWh } from './cycles';
