/**
 * The pod's power chain as the core works it out (`report.pod.powerChain`): utility → transformer → UPS → racks,
 * kW and kVA at each level, losses, the cooling plant, facility draw and PUE, UPS runtime and the generator's
 * block-load check. Read-only: the settings behind it are in the pod's Power settings.
 */
import type { PowerChainFigures } from '../core';
import { Gauge } from './Gauge';
import { kw } from './format';

const kva = (v: number): string =>
  `${v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kVA`;
const minutes = (m: number | null): string => (m === null ? 'no battery' : `${m.toFixed(1)} min`);

function Row({
  label,
  kwValue,
  kvaValue,
  testId,
}: {
  label: string;
  kwValue: number;
  kvaValue?: number;
  testId?: string;
}) {
  return (
    <tr data-testid={testId} data-kw={kwValue}>
      <th scope="row">{label}</th>
      <td>{kw(kwValue)}</td>
      <td>{kvaValue === undefined ? '' : kva(kvaValue)}</td>
    </tr>
  );
}

export function PowerChainSection({ chain }: { readonly chain: PowerChainFigures }) {
  const plant =
    chain.coolingPlantBasis === 'cop'
      ? 'from COP'
      : chain.coolingPlantBasis === 'pue'
        ? 'from PUE'
        : 'not set';
  const g = chain.generator;
  return (
    <details className="power-chain" data-testid="power-chain" open>
      <summary>
        Power chain <span className="muted">grid to rack, PF {chain.powerFactor}</span>
      </summary>
      <table className="chain-table">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">kW</th>
            <th scope="col">kVA</th>
          </tr>
        </thead>
        <tbody>
          <Row label="IT load (racks)" kwValue={chain.itKw} kvaValue={chain.itKva} testId="chain-it" />
          {chain.shelfLossKw > 0 && <Row label="Power-shelf losses" kwValue={chain.shelfLossKw} />}
          {chain.rackUpsLossKw > 0 && <Row label="Rack UPS losses" kwValue={chain.rackUpsLossKw} />}
          {chain.ups && (
            <>
              <Row
                label={`UPS load (${chain.ups.units} unit${chain.ups.units === 1 ? '' : 's'}, ${chain.ups.redundancy})`}
                kwValue={chain.ups.loadKw}
                kvaValue={chain.ups.loadKva}
                testId="chain-ups"
              />
              <Row label="UPS losses" kwValue={chain.ups.lossKw} />
            </>
          )}
          <Row label="Cooling equipment" kwValue={chain.coolingEquipmentKw} />
          <Row label={`Cooling plant (${plant})`} kwValue={chain.coolingPlantKw} testId="chain-plant" />
          {chain.transformer && (
            <>
              <Row
                label="Transformer load"
                kwValue={chain.transformer.loadKw}
                kvaValue={chain.transformer.loadKva}
              />
              <Row label="Transformer losses" kwValue={chain.transformer.lossKw} />
            </>
          )}
          <Row label="Losses in all" kwValue={chain.lossesKw} testId="chain-losses" />
          <Row
            label="Facility (utility)"
            kwValue={chain.facilityKw}
            kvaValue={chain.facilityKva}
            testId="chain-facility"
          />
        </tbody>
      </table>
      <p className="chain-pue" data-testid="chain-pue">
        PUE {chain.pue === null ? '—' : chain.pue.toFixed(2)} <span className="muted">(facility ÷ IT)</span>
      </p>
      <Gauge
        label="Facility vs utility feed"
        value={chain.facilityKw}
        limit={chain.utilityFeedKw}
        format={kw}
        testId="chain-utility"
      />
      {chain.transformer && (
        <Gauge
          label="Transformer load"
          value={chain.transformer.loadKva}
          limit={chain.transformer.ratingKva}
          format={kva}
          testId="chain-transformer"
        />
      )}
      {chain.ups && (
        <>
          <Gauge
            label={`UPS, usable in ${chain.ups.redundancy}`}
            value={chain.ups.loadKva}
            limit={chain.ups.usableKva}
            format={kva}
            testId="chain-ups-gauge"
          />
          <p className="muted" data-testid="chain-ups-runtime">
            UPS runtime at max draw: {minutes(chain.ups.runtimeMin)}
            {chain.ups.carriesCduPumps ? ' (CDU pumps on the UPS)' : ''}
          </p>
        </>
      )}
      {g && (
        <p
          data-testid="chain-generator"
          className={g.storageNeededKw > g.storageKw ? 'chain-short' : undefined}
        >
          Generator {kva(g.ratingKva)}: takes {kw(g.blockKw)} per step against a {kw(g.stepKw)} step;{' '}
          {g.storageNeededKw > 0
            ? `storage must carry ${kw(g.storageNeededKw)}, has ${kw(g.storageKw)}`
            : 'no storage needed for the step'}
          ; starts in {g.startSeconds} s.
        </p>
      )}
    </details>
  );
}
