/**
 * IT load vs grid draw (MW, left axis) vs state of charge (%, right axis) over the simulated minutes, with the pod's
 * peak, the ramp limit and the SoC window as limit lines (chartSpec.ts). uPlot draws 30,000 points per series on a
 * canvas; this module is loaded lazily so the app's entry chunk does not carry it.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PodSimulation } from '../../core';
import { storageChartData, storageChartOptions } from './chartSpec';
import { StorageChartLegend } from './StorageChartLegend';

const WIDTH_PX = 300;
const HEIGHT_PX = 200;

export default function StorageChart({ simulation }: { readonly simulation: PodSimulation }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const width = Math.max(WIDTH_PX, el.clientWidth);
    const plot = new uPlot(storageChartOptions(width, HEIGHT_PX), storageChartData(simulation), el);
    return () => plot.destroy();
  }, [simulation]);
  return (
    <figure className="storage-figure">
      <div
        ref={host}
        className="storage-chart"
        data-testid="storage-chart"
        role="img"
        aria-label="IT load, grid draw and state of charge over the simulated minutes"
      />
      <StorageChartLegend />
    </figure>
  );
}
