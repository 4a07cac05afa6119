/**
 * Per-phase current of each of a rack's PDUs (L1/L2/L3) against the per-phase limit, at max draw in the design
 * case the core checks (one feed lost in 2N, the worst one circuit lost in N+1), with the all-up current beside it.
 */
import type { RackFigures } from '../core';
import { Gauge } from './Gauge';

const amps = (a: number): string => `${a.toFixed(1)} A`;

export function PhaseBars({ r }: { readonly r: RackFigures }) {
  if (r.pduPhases.length === 0) return null;
  const when = r.powerScheme === 'N+1' ? 'worst one circuit lost' : 'other feed lost';
  return (
    <section className="phase-bars" aria-label="Per-phase current" data-testid="phase-bars">
      <h3>
        Per-phase current <span className="muted">at max draw, {when}</span>
      </h3>
      {r.pduPhases.map((p, i) => (
        <div key={p.id} className="phase-pdu" data-testid="phase-pdu" data-pdu={p.id}>
          <div className="phase-pdu-title">
            {r.powerScheme === 'N+1' ? `Circuit ${i + 1}` : `Feed ${p.feed}`} · {p.label}{' '}
            <span className="muted">
              {p.phases === 3
                ? `3-phase, ${Math.round(p.phaseV)} V per phase`
                : `single-phase ${Math.round(p.phaseV)} V`}
            </span>
          </div>
          {p.amps.map((a, k) => (
            <Gauge
              key={k}
              label={`L${k + 1}`}
              value={a}
              limit={p.limitA}
              format={amps}
              testId="phase-gauge"
              title={`All sources up: ${amps(p.normalAmps[k] ?? 0)}. Limit ${amps(p.limitA)} per phase after derating.`}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
