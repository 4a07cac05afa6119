/**
 * The proposal's technical appendix: power and cooling per rack, the validation status with the open errors and
 * warnings, the network summary and the assumptions the figures rest on.
 */
import type { Bom, Layout, Report } from '../../core';
import { deltaC, gbps, heatKw, inUnits, kg, kw, lpm } from '../format';

const nf0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function ProposalAppendix({
  layout,
  report,
  bom,
}: {
  readonly layout: Layout;
  readonly report: Report;
  readonly bom: Bom;
}) {
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  const ports = Object.entries(report.pod.portsBySpeedGbps)
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([speed, n]) => `${nf0.format(n)} × ${gbps(Number(speed))}`);
  const l = layout.limits;
  return (
    <section className="proposal-appendix" aria-label="Technical appendix">
      <h2>Technical appendix</h2>
      <h3>Power and cooling per rack</h3>
      <table className="appendix-racks">
        <thead>
          <tr>
            <th scope="col">Rack</th>
            <th scope="col" className="num">
              GPUs
            </th>
            <th scope="col" className="num">
              IT typical
            </th>
            <th scope="col" className="num">
              IT max
            </th>
            <th scope="col" className="num">
              Usable per feed
            </th>
            <th scope="col" className="num">
              Heat to liquid / air
            </th>
            <th scope="col" className="num">
              Coolant
            </th>
            <th scope="col" className="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {report.racks.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td className="num">{r.gpus}</td>
              <td className="num">{kw(r.kwTypical)}</td>
              <td className="num">{kw(r.kwMax)}</td>
              <td className="num">{kw(r.usableKwPerFeed)}</td>
              <td className="num">
                {heatKw(r.liquidHeatKw)} / {heatKw(r.airHeatKw)}
              </td>
              <td className="num">{lpm(r.coolantLitresPerMinute)}</td>
              <td className="num">{kg(r.weightKg)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Validation</h3>
      <div className={`validation validation-${bom.validation.status}`} data-testid="quote-validation">
        <strong>
          Validation:{' '}
          {bom.validation.status === 'ok'
            ? 'the plan holds (no errors or warnings)'
            : `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}${report.errors > 0 ? ': not validated' : ''}`}
        </strong>
        {problems.length > 0 && (
          <ul>
            {problems.slice(0, 30).map((d, i) => (
              <li key={`${d.code}-${i}`}>
                <span className={`sev sev-${d.severity}`}>{d.severity}</span> {inUnits(d.message, d.code)}
              </li>
            ))}
            {problems.length > 30 && <li>…and {problems.length - 30} more (see the layout in podplan).</li>}
          </ul>
        )}
      </div>

      <h3>Network</h3>
      <p>
        Logical ports: {ports.length > 0 ? ports.join(', ') : 'none'}.
        {bom.cabling
          ? ` Cabling: ${nf0.format(bom.cabling.cables)} cables, ${nf0.format(bom.cabling.transceivers)} transceivers, optics ${nf0.format(bom.cabling.opticsMaxW)} W max.`
          : ' No network links are planned in this layout.'}
      </p>

      <h3>Assumptions</h3>
      <ul className="assumptions">
        <li>
          Power is budgeted on max draw at power factor {l.powerFactor ?? 1}
          {(l.powerFactor ?? 1) === 1 ? ' (kW = kVA)' : ' (kVA = kW / power factor)'}; PDU capacity is
          nameplate × the {nf0.format(l.deratingFraction * 100)} % derating; with A and B feeds the whole load
          fits on either feed alone.
        </li>
        <li>
          Heat equals max draw. Coolant flow Q = P / (cp · ρ · ΔT) at a design ΔT of{' '}
          {deltaC(l.coolantDeltaTC)}.
        </li>
        <li>
          Weights are racks, their contents, doors and floor units; floor loading over the rack footprint.
        </li>
        <li>
          {bom.pricesAreExamples
            ? 'Some prices are illustrative examples (marked “example price”), not vendor list prices or an offer.'
            : 'Prices are from the catalog and the imported price list.'}{' '}
          Items priced in another currency are not converted.
        </li>
      </ul>
    </section>
  );
}
