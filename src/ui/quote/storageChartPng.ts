/**
 * Draws the storage chart (chartSpec.ts) off-screen with uPlot and returns it as a PNG data URL, for the printed
 * proposal: an <img> prints as it is, with no canvas to redraw and nothing left to load while the page prints.
 * Loaded lazily (uPlot stays out of the entry chunk); the proposal holds its Print button until the image is in.
 */
import uPlot from 'uplot';
import type { PodSimulation } from '../../core';
import { storageChartData, storageChartOptions } from '../storage/chartSpec';

export function storageChartPng(sim: PodSimulation, widthPx: number, heightPx: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const opts = storageChartOptions(widthPx, heightPx, '14px Helvetica, Arial, sans-serif', 2);
    const ready = (u: uPlot) => {
      try {
        resolve(u.ctx.canvas.toDataURL('image/png'));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        u.destroy();
      }
    };
    new uPlot({ ...opts, hooks: { ready: [ready] } }, storageChartData(sim));
  });
}
