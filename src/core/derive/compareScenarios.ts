/**
 * Side-by-side comparison of scenarios: the figures a customer weighs (GPUs, power, heat, cooling, weight, price),
 * each computed by the same `validate` and `bom` as everything else, with differences and the best value marked.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { ScenarioPod } from '../model/scenario';
import { withPod } from '../ops/scenarioOps';
import type { BomOptions } from './bom';
import { bom } from './bom';
import { catalogForLayout } from './layoutCatalog';
import { validate } from './validate';

export interface ComparisonRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** One value per column; null when it cannot be computed (e.g. price per GPU with no GPUs). */
  readonly values: readonly (number | null)[];
  /** Which direction is better, for highlighting; `none` when neither is. */
  readonly better: 'higher' | 'lower' | 'none';
  /** True when the columns do not all agree. */
  readonly differs: boolean;
  /** Columns holding the best value (empty when `better` is none or all agree). */
  readonly best: readonly number[];
}

export interface ScenarioComparison {
  readonly columns: readonly { readonly id: string; readonly name: string }[];
  readonly currency: string;
  readonly rows: readonly ComparisonRow[];
}

type Metric = { key: string; label: string; unit: string; better: ComparisonRow['better'] };
const METRICS: readonly Metric[] = [
  { key: 'gpus', label: 'GPUs', unit: '', better: 'higher' },
  { key: 'racks', label: 'Racks', unit: '', better: 'lower' },
  { key: 'itKwTypical', label: 'IT load, typical', unit: 'kW', better: 'none' },
  { key: 'itKwMax', label: 'IT load, max', unit: 'kW', better: 'none' },
  { key: 'heatBtuPerHour', label: 'Heat at max draw', unit: 'BTU/h', better: 'none' },
  { key: 'liquidHeatKw', label: 'Heat to liquid', unit: 'kW', better: 'none' },
  { key: 'airHeatKw', label: 'Heat to air', unit: 'kW', better: 'none' },
  { key: 'liquidCapacityKw', label: 'CDU capacity', unit: 'kW', better: 'none' },
  { key: 'airHeatToWaterKw', label: 'Air heat to doors and in-row coolers', unit: 'kW', better: 'none' },
  { key: 'roomAirHeatKw', label: 'Air heat to room', unit: 'kW', better: 'lower' },
  { key: 'coolingKw', label: 'Cooling equipment draw', unit: 'kW', better: 'lower' },
  { key: 'weightKg', label: 'Weight', unit: 'kg', better: 'lower' },
  { key: 'ports', label: 'Network ports', unit: '', better: 'none' },
  { key: 'total', label: 'Net price', unit: 'currency', better: 'lower' },
  { key: 'pricePerGpu', label: 'Net price per GPU', unit: 'currency', better: 'lower' },
  { key: 'kwPerGpu', label: 'Max kW per GPU', unit: 'kW', better: 'lower' },
  { key: 'errors', label: 'Open errors', unit: '', better: 'lower' },
  { key: 'warnings', label: 'Warnings', unit: '', better: 'lower' },
];

function figures(
  layout: Layout,
  base: Catalog,
  options: BomOptions,
): { values: Record<string, number | null>; currency: string } {
  const catalog = catalogForLayout(base, layout);
  const r = validate(layout, catalog);
  const b = bom(layout, catalog, options);
  const p = r.pod;
  const values = {
    gpus: p.gpus,
    racks: p.racks,
    itKwTypical: p.itKwTypical,
    itKwMax: p.itKwMax,
    heatBtuPerHour: p.heatBtuPerHour,
    liquidHeatKw: p.liquidHeatKw,
    airHeatKw: p.airHeatKw,
    liquidCapacityKw: p.liquidCapacityKw,
    airHeatToWaterKw: p.airHeatToWaterKw,
    roomAirHeatKw: p.roomAirHeatKw,
    coolingKw: p.coolingKw,
    weightKg: p.weightKg,
    ports: Object.values(p.portsBySpeedGbps).reduce((s, n) => s + n, 0),
    total: b.total,
    pricePerGpu: p.gpus > 0 ? Math.round((b.total / p.gpus) * 100) / 100 : null,
    kwPerGpu: p.gpus > 0 ? p.itKwMax / p.gpus : null,
    errors: r.errors,
    warnings: r.warnings,
  };
  return { values, currency: b.currency };
}

/** Compares the given columns (scenario pods, or the working copy) of one layout. */
export function compareScenarios(
  layout: Layout,
  columns: readonly { readonly id: string; readonly name: string; readonly pod: ScenarioPod }[],
  catalog: Catalog,
  options: BomOptions = {},
): ScenarioComparison {
  const computed = columns.map((c) => figures(withPod(layout, c.pod), catalog, options));
  const values = computed.map((c) => c.values);
  const rows = METRICS.map((m): ComparisonRow => {
    const vs = values.map((v) => v[m.key] ?? null);
    const present = vs.filter((v): v is number => v !== null);
    const differs = new Set(vs.map((v) => (v === null ? 'null' : v.toFixed(6)))).size > 1;
    let best: number[] = [];
    if (differs && m.better !== 'none' && present.length > 0) {
      const target = m.better === 'higher' ? Math.max(...present) : Math.min(...present);
      best = vs.flatMap((v, i) => (v !== null && Math.abs(v - target) < 1e-9 ? [i] : []));
    }
    return { key: m.key, label: m.label, unit: m.unit, values: vs, better: m.better, differs, best };
  });
  // Every column shares the layout's quote, so its currency; without a quote, the first column's BOM decides.
  const currency = computed[0]?.currency ?? layout.quote?.currency ?? 'USD';
  return { columns: columns.map(({ id, name }) => ({ id, name })), currency, rows };
}
