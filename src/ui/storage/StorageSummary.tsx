/** The storage sizing in a few lines: units by power and energy, what binds, C-rate, and the simulation summary. */
import type { StorageReport } from '../../core';
import { FULL_CYCLES_DEFINITION, fmtFullCycles } from '../../core';
import { mw, mwh } from './storageFormat';

const ABSORBER = {
  grid: 'the grid',
  'gpu-power-floor': 'the GPU power floor',
  'psu-storage': 'PSU storage',
  battery: 'the batteries',
} as const;

export function StorageSummary({ report: r }: { readonly report: StorageReport }) {
  const s = r.simulation;
  return (
    <dl className="figures storage-summary" data-testid="storage-summary">
      <dt>Oscillation</dt>
      <dd>
        {mw(r.oscillation.swingAfterFloorKw)} swing → {ABSORBER[r.oscillation.absorber]}
      </dd>
      <dt>Units</dt>
      <dd>
        {r.units === 0
          ? 'none needed'
          : `${r.units} × ${r.unit.name}: ${r.unitsByPower} by power, ${r.unitsByEnergy} by energy (${r.binding}-bound, ${r.bindingLayer})`}
      </dd>
      {r.cRateNeeded !== null && (
        <>
          <dt>C-rate</dt>
          <dd>
            {r.cRateNeeded.toFixed(2)}C needed vs {r.unit.cRate.toFixed(2)}C
          </dd>
        </>
      )}
      <dt>Placed</dt>
      <dd>{r.placed.byType.length === 0 ? 'none' : `${mw(r.placed.powerKw)}, ${mwh(r.placed.energyKwh)}`}</dd>
      <dt>Peak grid</dt>
      <dd>
        {mw(s.peakGridKw)}, largest ramp {s.largestRampMwPerMin.toFixed(2)} MW/min
      </dd>
      <dt>State of charge</dt>
      <dd>
        {(s.minSoc * 100).toFixed(1)}–{(s.maxSoc * 100).toFixed(1)} %
      </dd>
      <dt>Cycling</dt>
      <dd title={`Full-equivalent cycles = ${FULL_CYCLES_DEFINITION}`}>
        {fmtFullCycles(s.fullCyclesPerDay)} if this run repeats all day
        {r.wear && `; ${fmtFullCycles(r.wear.fullCyclesPerDay)} from the oscillation alone`}
      </dd>
    </dl>
  );
}
