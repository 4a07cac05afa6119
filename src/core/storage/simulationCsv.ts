/**
 * The simulated series as CSV: one row per step, time in s, powers in kW (or kVA at the reader's power factor, the
 * unit in each header), state of charge in %.
 */
import type { DisplayUnits } from '../model/displayUnits';
import { kwToKva, SI_UNITS } from '../model/displayUnits';
import type { SimulationSeries } from './simulate';

export function simulationCsv(s: SimulationSeries, u: DisplayUnits = SI_UNITS): string {
  const kva = u.power === 'kVA';
  const unit = kva ? 'kva' : 'kw';
  const power = (w: number | undefined) => {
    const kw = (w ?? 0) / 1000;
    return (kva ? kwToKva(kw, u.powerFactor) : kw).toFixed(3);
  };
  const rows = [`time_s,it_load_${unit},grid_${unit},battery_${unit},soc_pct`];
  for (let i = 0; i < s.loadW.length; i++) {
    rows.push(
      `${(i * s.dtS).toFixed(2)},${power(s.loadW[i])},${power(s.gridW[i])},${power(s.batteryW[i])},${((s.soc[i] ?? 0) * 100).toFixed(4)}`,
    );
  }
  return `${rows.join('\n')}\n`;
}
