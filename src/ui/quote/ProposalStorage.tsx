/**
 * The proposal's power and battery-storage page (only for a pod with `storage` settings): the sizing summary (units by
 * power and by energy, the binding layer, C-rate), each layer's need, and the 5-minute simulation chart of IT load
 * vs grid draw vs state of charge with its limit lines. The chart is drawn off-screen to a PNG by the lazily loaded
 * uPlot chunk; until it is in, `onPending(true)` holds the proposal's Print button, so nothing prints half-drawn.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Catalog, Layout, PodSimulation, Report } from '../../core';
import { storageReport } from '../../core';
import { StorageChartLegend } from '../storage/StorageChartLegend';
import { mw, mwh } from '../storage/storageFormat';
import { StorageSummary } from '../storage/StorageSummary';

/** Drawn at this size in CSS px and printed at the page's width (about 150 dpi on A4). */
const CHART_W_PX = 1100;
const CHART_H_PX = 420;

const LAYER_WORDS = {
  oscillation: 'Training oscillation',
  ramp: 'Job start/stop ramp',
  checkpoint: 'Checkpoint dip',
  generator: 'Generator step',
} as const;

type ChartState =
  | { readonly of: PodSimulation; readonly url: string }
  | { readonly of: PodSimulation; readonly failed: string };

function useChartPng(sim: PodSimulation | null, onPending: (pending: boolean) => void): ChartState | null {
  const [chart, setChart] = useState<ChartState | null>(null);
  useEffect(() => {
    if (!sim) return undefined;
    let live = true;
    onPending(true);
    import('./storageChartPng')
      .then((m) => m.storageChartPng(sim, CHART_W_PX, CHART_H_PX))
      .then(
        (url) => live && setChart({ of: sim, url }),
        (e: unknown) => live && setChart({ of: sim, failed: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => live && onPending(false));
    return () => {
      live = false;
    };
  }, [sim, onPending]);
  return chart?.of === sim ? chart : null;
}

export function ProposalStorage({
  layout,
  catalog,
  report,
  onPending,
}: {
  readonly layout: Layout;
  readonly catalog: Catalog;
  readonly report: Report;
  readonly onPending: (pending: boolean) => void;
}) {
  const settings = layout.storage;
  const result = useMemo(
    () =>
      settings ? storageReport(layout, catalog, settings, report.pod.itKwMax * 1000, report.pod.gpus) : null,
    [layout, catalog, settings, report],
  );
  const chart = useChartPng(result?.simulation ?? null, onPending);
  if (!result) return null;
  const r = result.report;
  const s = r.simulation;
  const ev = result.simulation.events;
  return (
    <section
      className="proposal-storage"
      aria-label="Power and battery storage"
      data-testid="proposal-storage"
    >
      <h2>Power and battery storage</h2>
      <p>
        A {s.durationS / 60}-minute simulation at {s.dtS * 1000} ms steps of the pod’s IT load (job start at{' '}
        {ev.jobStartS} s, checkpoint at {ev.checkpointS} s, stop at {ev.jobStopS} s;{' '}
        {r.profile.iterationPeriodS} s iterations swinging {mw(r.profile.swingKw)}) through{' '}
        {s.batteryBasis === 'none'
          ? 'the grid alone'
          : `the ${s.batteryBasis === 'placed' ? 'placed' : 'recommended'} batteries`}{' '}
        and the grid limits
        {r.profile.rampMwPerMin === null ? '' : ` (ramp ${r.profile.rampMwPerMin} MW/min)`}.
      </p>
      <StorageSummary report={r} />
      {r.layers.length > 0 && (
        <table className="storage-layers" data-testid="proposal-storage-layers">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col" className="num">
                Power
              </th>
              <th scope="col" className="num">
                Energy each way
              </th>
              <th scope="col" className="num">
                Nameplate
              </th>
              <th scope="col" className="num">
                Units by power
              </th>
              <th scope="col" className="num">
                Units by energy
              </th>
            </tr>
          </thead>
          <tbody>
            {r.layers.map((l) => (
              <tr key={l.layer} className={l.layer === r.bindingLayer ? 'binding' : undefined}>
                <th scope="row">
                  {LAYER_WORDS[l.layer]}
                  {l.layer === r.bindingLayer && ' (binds)'}
                </th>
                <td className="num">{mw(l.powerKw)}</td>
                <td className="num">{mwh(l.energyKwh)}</td>
                <td className="num">{mwh(l.nameplateKwh)}</td>
                <td className="num">{l.unitsByPower}</td>
                <td className="num">{l.unitsByEnergy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <figure className="storage-print-figure" data-testid="proposal-storage-chart">
        {chart && 'url' in chart ? (
          <img
            src={chart.url}
            alt="IT load, grid draw and state of charge over the simulated minutes"
            width={CHART_W_PX}
            height={CHART_H_PX}
          />
        ) : (
          <p className="muted">
            {chart ? `The power chart could not be drawn: ${chart.failed}` : 'Drawing the power chart…'}
          </p>
        )}
        <StorageChartLegend />
      </figure>
    </section>
  );
}
