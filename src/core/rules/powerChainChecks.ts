/** Diagnostics of the pod's power chain (see `powerChain.ts` for the arithmetic). */
import type { Diagnostic } from '../model/report';
import { fmtKva, fmtKw, fmtKwKva } from '../model/units';
import { diagnostic, target } from './diagnostic';
import type { PowerChain } from './powerChain';
import { fmtMinutes } from './rackUps';

const POD = [target('pod', 'pod')];

export function checkPowerChain(
  chain: PowerChain,
  itTypicalW: number,
  upsMinRuntimeMin: number | undefined,
  out: Diagnostic[],
): void {
  checkUtility(chain, itTypicalW, out);
  checkUps(chain, upsMinRuntimeMin, out);
  checkTransformer(chain, out);
  checkGenerator(chain, out);
  if (chain.coolingPlantBasis === 'pue' && chain.coolingPlantW === 0 && chain.pue !== null) {
    out.push(
      diagnostic(
        'warning',
        'power.pueBelowLosses',
        `Pod: the target PUE leaves nothing for the cooling plant: the losses and cooling equipment alone give PUE ${chain.pue.toFixed(3)}.`,
        POD,
      ),
    );
  }
}

function checkUtility(chain: PowerChain, itTypicalW: number, out: Diagnostic[]): void {
  const over = chain.facilityW - chain.utilityFeedW;
  if (over <= 0) return;
  const parts = [`${fmtKw(chain.itW)} IT`];
  if (chain.lossesW > 0) parts.push(`${fmtKw(chain.lossesW)} losses`);
  parts.push(`${fmtKw(chain.coolingEquipmentW)} cooling equipment`);
  if (chain.coolingPlantW > 0) parts.push(`${fmtKw(chain.coolingPlantW)} cooling plant`);
  const typical = itTypicalW + chain.facilityW - chain.itW;
  out.push(
    diagnostic(
      'error',
      'power.utilityOverload',
      `Pod: ${fmtKwKva(chain.facilityW, chain.facilityVa)} at max draw (${parts.join(' + ')}; ${fmtKw(typical)} typical) exceeds the ${fmtKw(chain.utilityFeedW)} utility feed by ${fmtKw(over)}.`,
      POD,
    ),
  );
}

function checkUps(chain: PowerChain, minRuntime: number | undefined, out: Diagnostic[]): void {
  const ups = chain.ups;
  if (!ups) return;
  const what = `${ups.units} UPS unit${ups.units === 1 ? '' : 's'} in ${ups.redundancy} (${fmtKw(ups.usableW)} / ${fmtKva(ups.usableVa)} usable of ${fmtKva(ups.capacityVa)})`;
  const load = `${fmtKwKva(ups.loadW, ups.loadVa)} critical load (the racks${ups.carriesCduPumps ? ' and the floor CDU pumps' : ''})`;
  if (ups.loadW > ups.usableW || ups.loadVa > ups.usableVa) {
    out.push(
      diagnostic(
        'error',
        'power.upsOverload',
        `Pod: ${what} carry ${load}: ${fmtKva(Math.max(0, ups.loadVa - ups.usableVa))} and ${fmtKw(Math.max(0, ups.loadW - ups.usableW))} over.`,
        POD,
      ),
    );
    return;
  }
  if (ups.redundancy === 'N+1' && ups.units < 2) {
    out.push(
      diagnostic(
        'warning',
        'power.upsRedundancy',
        `Pod: UPS redundancy is N+1 but the pod has 1 UPS unit; losing it drops the critical load.`,
        POD,
      ),
    );
  }
  const runtime = ups.runtimeMin;
  if (minRuntime !== undefined && runtime < minRuntime) {
    out.push(
      diagnostic(
        'error',
        'power.upsRuntimeShort',
        `Pod: ${what} ride through ${fmtMinutes(runtime)} at ${load}, less than the pod's ${fmtMinutes(minRuntime)} minimum.`,
        POD,
      ),
    );
  } else {
    out.push(
      diagnostic(
        'info',
        'power.upsRuntime',
        `Pod: ${what} carry ${load} for about ${fmtMinutes(runtime)}.`,
        POD,
      ),
    );
  }
  if (!ups.carriesCduPumps && chain.cduPumpW > 0) {
    out.push(
      diagnostic(
        'warning',
        'power.pumpsNotOnUps',
        `Pod: the floor CDU pumps are not on the UPS; on a utility outage the coolant stops while the IT runs on battery, and it trips on over-temperature before the generator starts.`,
        POD,
      ),
    );
  }
}

function checkTransformer(chain: PowerChain, out: Diagnostic[]): void {
  const tx = chain.transformer;
  if (!tx || tx.loadVa <= tx.ratingVa) return;
  out.push(
    diagnostic(
      'error',
      'power.transformerOverload',
      `Pod: the transformer (${fmtKva(tx.ratingVa)}) carries ${fmtKwKva(tx.loadW, tx.loadVa)} at max draw: ${fmtKva(tx.loadVa - tx.ratingVa)} over.`,
      POD,
    ),
  );
}

function checkGenerator(chain: PowerChain, out: Diagnostic[]): void {
  const g = chain.generator;
  if (!g) return;
  if (chain.facilityW > g.ratingW || chain.facilityVa > g.ratingVa) {
    out.push(
      diagnostic(
        'error',
        'power.generatorOverload',
        `Pod: the generator (${fmtKw(g.ratingW)} / ${fmtKva(g.ratingVa)}) cannot carry the facility's ${fmtKwKva(chain.facilityW, chain.facilityVa)} at max draw.`,
        POD,
      ),
    );
  }
  if (g.storageNeededW > g.storageW) {
    out.push(
      diagnostic(
        'error',
        'power.generatorBlockLoad',
        `Pod: the generator accepts ${fmtKw(g.blockW)} in one block but must pick up ${fmtKw(g.stepW)}; storage (UPS and batteries, ${fmtKw(g.storageW)}) must carry the other ${fmtKw(g.storageNeededW)} and is ${fmtKw(g.storageNeededW - g.storageW)} short.`,
        POD,
      ),
    );
  }
  const ups = chain.ups;
  if (ups && ups.runtimeMin * 60 < g.startSeconds) {
    out.push(
      diagnostic(
        'error',
        'power.upsShorterThanGenerator',
        `Pod: the UPS rides through ${fmtMinutes(ups.runtimeMin)}, less than the generator's ${g.startSeconds} s start and transfer.`,
        POD,
      ),
    );
  }
}
