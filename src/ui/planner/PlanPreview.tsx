/**
 * The planned pod and its alternatives side by side: counts, IT and facility kW, price and price per GPU, errors,
 * and what binds when the target does not fit. One column is chosen to apply.
 */
import type { PlanVariant } from '../../core';
import { fromMinor } from '../../core';
import { count, kw, money } from '../format';

const int = (v: number) => v.toLocaleString('en-US');

interface Row {
  readonly label: string;
  readonly value: (v: PlanVariant) => string;
}

const ROWS: readonly Row[] = [
  {
    label: 'GPUs',
    value: (v) =>
      v.plan.counts.gpus === v.plan.gpusWanted || v.plan.binding === null
        ? int(v.plan.counts.gpus)
        : `${int(v.plan.counts.gpus)} of ${int(v.plan.gpusWanted)}`,
  },
  { label: 'Platform units', value: (v) => `${int(v.plan.counts.units)} (${v.plan.perRack.units} per rack)` },
  { label: 'Compute racks', value: (v) => int(v.plan.counts.computeRacks) },
  { label: 'Network racks', value: (v) => int(v.plan.counts.networkRacks) },
  { label: 'Floor positions', value: (v) => int(v.plan.counts.floorPositions) },
  {
    label: 'PDUs / power shelves',
    value: (v) => `${int(v.plan.counts.pdus)} / ${int(v.plan.counts.powerShelves)}`,
  },
  { label: 'CDUs / rear doors', value: (v) => `${int(v.plan.counts.cdus)} / ${int(v.plan.counts.doors)}` },
  { label: 'Switches / links', value: (v) => `${int(v.plan.counts.switches)} / ${int(v.plan.counts.links)}` },
  { label: 'Batteries', value: (v) => int(v.plan.counts.batteries) },
  { label: 'IT at max draw', value: (v) => kw(v.plan.itKw) },
  { label: 'Facility (utility feed)', value: (v) => kw(v.plan.facilityKw) },
  {
    label: 'Price (example)',
    value: (v) => money(fromMinor(v.plan.priceMinor, v.plan.currency), v.plan.currency),
  },
  {
    label: 'Price per GPU',
    value: (v) =>
      v.plan.counts.gpus > 0
        ? money(fromMinor(v.plan.priceMinor, v.plan.currency) / v.plan.counts.gpus, v.plan.currency)
        : '—',
  },
  { label: 'Errors', value: (v) => (v.plan.errors === 0 ? 'none' : count(v.plan.errors, 'error')) },
];

export function PlanPreview({
  variants,
  chosen,
  onChoose,
}: {
  readonly variants: readonly PlanVariant[];
  readonly chosen: number;
  readonly onChoose: (i: number) => void;
}) {
  return (
    <div className="plan-preview" data-testid="plan-result">
      <div className="plan-table-wrap">
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              {variants.map((v, i) => (
                <th key={v.label} scope="col" className={i === chosen ? 'chosen' : undefined}>
                  <label className="radio" title={v.change}>
                    <input
                      type="radio"
                      name="plan-variant"
                      checked={i === chosen}
                      onChange={() => onChoose(i)}
                      data-testid={`plan-variant-${i}`}
                    />{' '}
                    {v.label}
                  </label>
                  <span className="muted plan-change">{v.change}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {variants.map((v, i) => (
                  <td
                    key={v.label}
                    className={
                      [i === chosen ? 'chosen' : '', row.label === 'Errors' && v.plan.errors > 0 ? 'bad' : '']
                        .join(' ')
                        .trim() || undefined
                    }
                  >
                    {row.value(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {variants.map((v, i) =>
        v.plan.binding ? (
          <p key={v.label} className="plan-binding" data-testid={`plan-binding-${i}`}>
            <strong>{v.label}: what binds.</strong> {v.plan.binding.text}
          </p>
        ) : null,
      )}
      {variants[chosen] && (
        <p className="muted plan-summary" data-testid="plan-summary">
          {variants[chosen].plan.summary}
          {variants[chosen].plan.sizedLimits.length > 0 &&
            ` Sized to the plan: ${variants[chosen].plan.sizedLimits.join(', ')}.`}
        </p>
      )}
    </div>
  );
}
