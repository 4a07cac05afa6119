/**
 * Storage diagnostics (family `power`): the placed batteries short of the power or the nameplate energy the binding
 * layers need, a battery left to absorb the training oscillation (with its cycle wear), and an unknown battery SKU.
 */
import type { Diagnostic } from '../model/report';
import { diagnostic, target } from '../rules/diagnostic';
import { fmtEnergyWh, fmtPowerW } from './format';
import { FULL_CYCLES_DEFINITION, fmtFullCycles } from './cycles';
import type { PodStorage } from './podStorage';
import type { LayerName, LayerSizing } from './sizeStorage';

const POD = [target('pod', 'pod')];

const LAYER_WORDS: Record<LayerName, string> = {
  oscillation: 'training oscillation',
  ramp: 'job start/stop ramp',
  checkpoint: 'checkpoint dip',
  generator: 'generator step',
};

function placedText(s: PodStorage): string {
  if (s.placed.byType.length === 0) return 'no batteries are placed';
  const list = s.placed.byType.map((t) => `${t.count} × ${t.name}`).join(', ');
  return `the placed batteries (${list}) give`;
}

function largest(layers: readonly LayerSizing[], of: (l: LayerSizing) => number): LayerSizing | undefined {
  let best: LayerSizing | undefined;
  for (const l of layers) if (!best || of(l) > of(best)) best = l;
  return best;
}

function moreUnits(s: PodStorage, shortW: number, shortWh: number): string {
  const u = s.sizing.unit;
  const n = Math.max(Math.ceil(shortW / u.powerW - 1e-9), Math.ceil(shortWh / u.energyWh - 1e-9));
  return `${n} more ${u.name} (${fmtPowerW(u.powerW)}, ${fmtEnergyWh(u.energyWh)} each) would cover it.`;
}

export function checkStorage(s: PodStorage, out: Diagnostic[]): void {
  if (s.unknownBatterySku !== null)
    out.push(
      diagnostic(
        'warning',
        'power.storageUnknownBattery',
        `Storage: the battery '${s.unknownBatterySku}' set for sizing is not a battery in the catalog; sized with ${s.sizing.unit.name} instead.`,
        POD,
      ),
    );
  const { sizing, placed } = s;
  const byPower = largest(sizing.layers, (l) => l.powerW);
  const byEnergy = largest(sizing.layers, (l) => l.nameplateWh);
  const shortW = sizing.neededPowerW - placed.powerW;
  const shortWh = sizing.neededNameplateWh - placed.energyWh;
  if (byPower && shortW > 0.5) {
    const has = placed.byType.length ? ` ${fmtPowerW(placed.powerW)}` : '';
    out.push(
      diagnostic(
        'error',
        'power.storageShortPower',
        `Storage: the ${LAYER_WORDS[byPower.layer]} needs ${fmtPowerW(byPower.powerW)} of battery power; ${placedText(s)}${has}. ${moreUnits(s, shortW, Math.max(0, shortWh))}`,
        POD,
      ),
    );
  }
  if (byEnergy && shortWh > 0.5) {
    const has = placed.byType.length ? ` ${fmtEnergyWh(placed.energyWh)}` : '';
    const w = s.profile.socWindowFraction;
    out.push(
      diagnostic(
        'error',
        'power.storageShortEnergy',
        `Storage: the ${LAYER_WORDS[byEnergy.layer]} moves ${fmtEnergyWh(byEnergy.energyWh)} each way, which needs ${fmtEnergyWh(byEnergy.nameplateWh)} nameplate (2 × ${fmtEnergyWh(byEnergy.energyWh)} / ${w} SoC window held at mid-band); ${placedText(s)}${has}. ${moreUnits(s, Math.max(0, shortW), shortWh)}`,
        POD,
      ),
    );
  }
  const wear = sizing.wear;
  const o = sizing.oscillation;
  if (wear) {
    const life =
      wear.lifeYears === null ? 'an unknown life' : `about ${wear.lifeYears.toFixed(1)} years of life`;
    out.push(
      diagnostic(
        'warning',
        'power.storageOscillationOnBattery',
        `Storage: the training swing (${fmtPowerW(o.swingAfterFloorW)} every ${s.profile.iterationPeriodS} s, ${fmtPowerW(o.need.powerW)} kept off the grid) falls to the ${sizing.units} × ${sizing.unit.name} sized: ${Math.round(o.swingsPerDay).toLocaleString('en-US')} shallow swings a day, ${fmtFullCycles(wear.fullCyclesPerDay)} (${FULL_CYCLES_DEFINITION}), ${life}; round-trip loss ${fmtPowerW(wear.averageLossW)} on average. This layer belongs to GPU power management (a power floor), PSU capacitors or supercapacitors.`,
        POD,
      ),
    );
  }
}
