/**
 * IT load vs grid draw (MW, left axis) vs state of charge (%, right axis) over the simulated minutes, with the pod's
 * peak and the SoC window as limit lines. uPlot draws 30,000 points per series on a canvas; this module is loaded
 * lazily so the app's entry chunk does not carry it.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PodSimulation } from '../../core';

const WIDTH_PX = 300;
const HEIGHT_PX = 200;

function chartData(sim: PodSimulation, itMaxW: number, socWindow: number): uPlot.AlignedData {
  const s = sim.series;
  const n = s.loadW.length;
  const t = new Float64Array(n);
  const load = new Float64Array(n);
  const grid = new Float64Array(n);
  const soc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = i * s.dtS;
    load[i] = (s.loadW[i] ?? 0) / 1e6;
    grid[i] = (s.gridW[i] ?? 0) / 1e6;
    soc[i] = (s.soc[i] ?? 0) * 100;
  }
  const peak = new Float64Array(n).fill(itMaxW / 1e6);
  const socLow = new Float64Array(n).fill(50 - socWindow * 50);
  const socHigh = new Float64Array(n).fill(50 + socWindow * 50);
  return [t, load, grid, peak, soc, socLow, socHigh] as unknown as uPlot.AlignedData;
}

export default function StorageChart({
  simulation,
  itMaxW,
  socWindow,
}: {
  readonly simulation: PodSimulation;
  readonly itMaxW: number;
  /** Usable SoC window, 0..1, drawn around mid-band. */
  readonly socWindow: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const width = Math.max(WIDTH_PX, el.clientWidth);
    const plot = new uPlot(
      {
        width,
        height: HEIGHT_PX,
        legend: { show: false },
        scales: { x: { time: false }, mw: {}, pct: { range: [0, 100] } },
        axes: [
          { label: 's' },
          { scale: 'mw', label: 'MW' },
          { scale: 'pct', side: 1, label: 'SoC %', grid: { show: false } },
        ],
        series: [
          { label: 'time (s)' },
          { label: 'IT load (MW)', scale: 'mw', stroke: '#7a7a7a', width: 1 },
          { label: 'Grid (MW)', scale: 'mw', stroke: '#1f6fd1', width: 2 },
          { label: 'Pod peak (MW)', scale: 'mw', stroke: '#c0392b', dash: [6, 4], width: 1 },
          { label: 'SoC (%)', scale: 'pct', stroke: '#2e8b57', width: 2 },
          { label: 'SoC min (%)', scale: 'pct', stroke: '#2e8b57', dash: [2, 4], width: 1 },
          { label: 'SoC max (%)', scale: 'pct', stroke: '#2e8b57', dash: [2, 4], width: 1 },
        ],
      },
      chartData(simulation, itMaxW, socWindow),
      el,
    );
    return () => plot.destroy();
  }, [simulation, itMaxW, socWindow]);
  return (
    <figure className="storage-figure">
      <div
        ref={host}
        className="storage-chart"
        data-testid="storage-chart"
        role="img"
        aria-label="IT load, grid draw and state of charge over the simulated minutes"
      />
      <figcaption className="muted">
        <span style={{ color: '#7a7a7a' }}>■</span> IT load · <span style={{ color: '#1f6fd1' }}>■</span> grid
        (MW) · <span style={{ color: '#c0392b' }}>- -</span> pod peak ·{' '}
        <span style={{ color: '#2e8b57' }}>■</span> state of charge (%), dotted: SoC window
      </figcaption>
    </figure>
  );
}
