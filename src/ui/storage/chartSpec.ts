/**
 * What the storage chart shows, shared by the inspector's chart and the printed proposal's: the series (time s;
 * IT load, grid draw, the pod's peak and the ramp-limit line in MW on the left axis; state of charge and its usable
 * window in % on the right), their colours and labels, and the uPlot options. Types only from uPlot here, so the
 * library itself stays in the lazily loaded chunks that draw.
 */
import type uPlot from 'uplot';
import type { PodSimulation } from '../../core';
import { rampLimitLineW } from '../../core';

export interface ChartSeriesSpec {
  readonly label: string;
  readonly scale: 'mw' | 'pct';
  readonly stroke: string;
  readonly width: number;
  readonly dash?: number[];
  /** Shown in the legend (the SoC window's second line shares the first's entry). */
  readonly legend?: string;
}

export const CHART_SERIES: readonly ChartSeriesSpec[] = [
  { label: 'IT load (MW)', scale: 'mw', stroke: '#7a7a7a', width: 1, legend: 'IT load (MW)' },
  { label: 'Grid (MW)', scale: 'mw', stroke: '#1f6fd1', width: 2, legend: 'grid draw (MW)' },
  { label: 'Pod peak (MW)', scale: 'mw', stroke: '#c0392b', width: 1, dash: [6, 4], legend: 'pod peak (MW)' },
  {
    label: 'Ramp limit (MW)',
    scale: 'mw',
    stroke: '#d35400',
    width: 1,
    dash: [2, 3],
    legend: 'grid ramp limit from the job start and stop (MW)',
  },
  { label: 'SoC (%)', scale: 'pct', stroke: '#2e8b57', width: 2, legend: 'state of charge (%)' },
  {
    label: 'SoC min (%)',
    scale: 'pct',
    stroke: '#2e8b57',
    width: 1,
    dash: [2, 4],
    legend: 'usable SoC window (%)',
  },
  { label: 'SoC max (%)', scale: 'pct', stroke: '#2e8b57', width: 1, dash: [2, 4] },
];

/** The chart's columns: time (s), then one per {@link CHART_SERIES} entry. */
export function storageChartData(sim: PodSimulation): uPlot.AlignedData {
  const s = sim.series;
  const p = sim.profile;
  const n = s.loadW.length;
  const t = new Float64Array(n);
  const load = new Float64Array(n);
  const grid = new Float64Array(n);
  const soc = new Float64Array(n);
  const ramp: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    t[i] = i * s.dtS;
    load[i] = (s.loadW[i] ?? 0) / 1e6;
    grid[i] = (s.gridW[i] ?? 0) / 1e6;
    soc[i] = (s.soc[i] ?? 0) * 100;
    const r = rampLimitLineW(p, sim.events, i * s.dtS);
    ramp[i] = r === null ? null : r / 1e6;
  }
  const peak = new Float64Array(n).fill(p.itMaxW / 1e6);
  const socLow = new Float64Array(n).fill(50 - p.socWindowFraction * 50);
  const socHigh = new Float64Array(n).fill(50 + p.socWindowFraction * 50);
  return [t, load, grid, peak, ramp, soc, socLow, socHigh] as unknown as uPlot.AlignedData;
}

/**
 * uPlot options for a chart `width` × `height` px; `font` sizes the axis text (CSS font shorthand) and `lineScale`
 * thickens the lines (the printed chart is drawn large and shrunk to the page).
 */
export function storageChartOptions(
  width: number,
  height: number,
  font?: string,
  lineScale = 1,
): uPlot.Options {
  const axisFont = font === undefined ? {} : { font, labelFont: font };
  return {
    width,
    height,
    legend: { show: false },
    scales: { x: { time: false }, mw: {}, pct: { range: [0, 100] } },
    axes: [
      { label: 'time (s)', ...axisFont },
      { scale: 'mw', label: 'power (MW)', ...axisFont },
      { scale: 'pct', side: 1, label: 'state of charge (%)', grid: { show: false }, ...axisFont },
    ],
    series: [
      { label: 'time (s)' },
      ...CHART_SERIES.map((c) => ({
        label: c.label,
        scale: c.scale,
        stroke: c.stroke,
        width: c.width * lineScale,
        ...(c.dash && { dash: c.dash }),
      })),
    ],
  };
}
