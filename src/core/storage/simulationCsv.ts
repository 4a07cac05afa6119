/** The simulated series as CSV: one row per step, time in s, powers in kW, state of charge in %. */
import type { SimulationSeries } from './simulate';

export function simulationCsv(s: SimulationSeries): string {
  const rows = ['time_s,it_load_kw,grid_kw,battery_kw,soc_pct'];
  for (let i = 0; i < s.loadW.length; i++) {
    rows.push(
      `${(i * s.dtS).toFixed(2)},${((s.loadW[i] ?? 0) / 1000).toFixed(3)},${((s.gridW[i] ?? 0) / 1000).toFixed(3)},${((s.batteryW[i] ?? 0) / 1000).toFixed(3)},${((s.soc[i] ?? 0) * 100).toFixed(4)}`,
    );
  }
  return `${rows.join('\n')}\n`;
}
