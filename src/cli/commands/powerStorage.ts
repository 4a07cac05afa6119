/** The storage section of `podplan power`: per-layer sizing, units by power and energy, and the simulation summary. */
import type { StorageReport, StrandedPower } from '../../core';
import { fmtFullCycles } from '../../core';

const kw = (x: number) => (Math.abs(x) >= 1000 ? `${(x / 1000).toFixed(2)} MW` : `${x.toFixed(1)} kW`);
const kwh = (x: number) =>
  Math.abs(x) >= 1000
    ? `${(x / 1000).toFixed(2)} MWh`
    : Math.abs(x) >= 1 || x === 0
      ? `${x.toFixed(1)} kWh`
      : `${(x * 1000).toFixed(1)} Wh`;
const pct = (f: number) => `${(f * 100).toFixed(1)}%`;

const ABSORBER: Record<StorageReport['oscillation']['absorber'], string> = {
  grid: 'the grid (its swing is not limited or within the limit)',
  'gpu-power-floor': 'the GPU power floor',
  'psu-storage': 'the PSU / power-shelf storage',
  battery: 'the batteries (cycle wear below)',
};

const BASIS: Record<StorageReport['unit']['basis'], string> = {
  setting: 'set in the layout',
  placed: 'the type placed',
  default: 'default',
};

function profileLine(r: StorageReport): string {
  const p = r.profile;
  const ramp = p.rampMwPerMin === null ? 'no ramp limit' : `ramp limit ${p.rampMwPerMin} MW/min`;
  const swing = p.allowedSwingKw === null ? 'swing not limited' : `allowed swing ${kw(p.allowedSwingKw)}`;
  const floor = p.gpuPowerFloorKw === null ? '' : `, GPU floor ${kw(p.gpuPowerFloorKw)}`;
  return `Profile          IT ${kw(p.itMaxKw)}, ${p.iterationPeriodS} s iterations at duty ${p.computeDuty}, swing ${kw(p.swingKw)}, job step ${kw(p.jobStepKw)}, checkpoint ${kw(p.checkpointDipKw)} for ${p.checkpointDurationS} s${floor}; grid: ${ramp}, ${swing}; SoC window ${p.socWindowFraction}`;
}

function oscillationLine(r: StorageReport): string {
  const o = r.oscillation;
  const psu =
    o.psuStoragePerGpuJ === null || o.psuStorageJ === 0
      ? 'no PSU storage'
      : `PSU storage ${o.psuStoragePerGpuJ.toFixed(0)} J per GPU${o.psuRideThroughS === null ? '' : `, rides ${o.psuRideThroughS.toFixed(3)} s`}`;
  const floor = o.floorWasteKw > 0 ? `; the floor burns ${kw(o.floorWasteKw)}` : '';
  return `Oscillation      ${kw(o.swingAfterFloorKw)} swing, ${kw(o.keptOffGridKw)} kept off the grid, ${kwh(o.energyPerCycleKwh)} per cycle → ${ABSORBER[o.absorber]}; ${psu}${floor}`;
}

export function storageLines(r: StorageReport): string[] {
  const lines = ['', 'Storage', profileLine(r), oscillationLine(r)];
  if (r.layers.length === 0) lines.push('Layers           none needs a battery (no grid limit binds)');
  for (const l of r.layers)
    lines.push(
      `  ${l.layer.padEnd(14)} ${kw(l.powerKw)}, ${kwh(l.energyKwh)} each way, ${kwh(l.nameplateKwh)} nameplate: ${l.unitsByPower} by power, ${l.unitsByEnergy} by energy; loss ${kwh(l.lossKwh)} per event`,
    );
  const u = r.unit;
  lines.push(
    `Unit             ${u.name} (${BASIS[u.basis]}): ${kw(u.powerKw)}, ${kwh(u.energyKwh)}, ${u.cRate.toFixed(2)}C`,
  );
  if (r.units > 0)
    lines.push(
      `Needed           ${kw(r.neededPowerKw)}, ${kwh(r.neededNameplateKwh)} nameplate: ${r.unitsByPower} units by power, ${r.unitsByEnergy} by energy → ${r.units} (${r.binding}-bound, ${r.bindingLayer} layer); C-rate needed ${r.cRateNeeded === null ? 'n/a' : `${r.cRateNeeded.toFixed(2)}C`} vs the unit's ${u.cRate.toFixed(2)}C`,
    );
  if (r.wear)
    lines.push(
      `Wear             ${fmtFullCycles(r.wear.fullCyclesPerDay)} from the oscillation alone, life ${r.wear.lifeYears === null ? 'unknown (no cycle life in the catalog)' : `${r.wear.lifeYears.toFixed(1)} years (${r.wear.limitedBy})`}; average loss ${kw(r.wear.averageLossKw)}`,
    );
  const placed = r.placed.byType.map((t) => `${t.count} × ${t.name}`).join(', ');
  lines.push(
    `Placed           ${placed === '' ? 'none' : `${placed}: ${kw(r.placed.powerKw)}, ${kwh(r.placed.energyKwh)}`}`,
  );
  const s = r.simulation;
  const basis =
    s.batteryBasis === 'none'
      ? 'without a battery'
      : `with the ${s.batteryBasis === 'placed' ? 'placed' : 'sized'} batteries`;
  lines.push(
    `Simulation       ${s.durationS} s at ${s.dtS * 1000} ms ${basis}: peak grid ${kw(s.peakGridKw)}, largest ramp ${s.largestRampMwPerMin.toFixed(2)} MW/min, SoC ${pct(s.minSoc)}–${pct(s.maxSoc)}, ${fmtFullCycles(s.fullCyclesPerDay)} if the run repeats all day, beyond the grid limits ${s.limitExceededS.toFixed(2)} s`,
  );
  return lines;
}

/** The stranded-power view, stated as a choice: budgets stay on max draw. */
export function strandedLines(s: StrandedPower): string[] {
  return [
    '',
    `Power capping (a choice; budgets stay at max draw): with Max-Q-style caps the IT load is ${kw(s.itCappedW / 1000)} instead of ${kw(s.itMaxW / 1000)} (${kw(s.freedW / 1000)} freed). Budgeted at the cap, ${s.moreRacksAtCap} more rack(s) like ${s.rackName} (${kw(s.rackCappedW / 1000)} capped, ${kw(s.rackMaxW / 1000)} max) fit under the same feed; ${s.moreRacksAtMax} at max draw.`,
  ];
}
