/**
 * The cable schedule: one row per cabled link (from, to, medium, length, SKU, fabric), as the app's table, its CSV
 * export and the BOM's optional `cabling` section show it. Built from the same memoized cabling plan that `validate`
 * and `bom` use, so the three always agree.
 */
import type { Catalog } from '../model/catalog';
import type { DisplayUnits } from '../model/displayUnits';
import { metresToFeet, SI_UNITS } from '../model/displayUnits';
import type { Layout } from '../model/layout';
import type { CableRun, CablingPlan } from '../plan/cabling';
import { csvField } from './bomCsv';
import { cablingFigures } from './cablingFigures';

/** One cable in the schedule. Lengths in m, speeds in Gb/s. */
export interface CableScheduleRow {
  readonly link: string;
  /** `compute`, `storage`, `inband`, `oob`, or null when the ports do not say. */
  readonly fabric: string | null;
  readonly fromRack: string;
  readonly fromDevice: string;
  readonly fromPort: string;
  readonly toRack: string;
  readonly toDevice: string;
  readonly toPort: string;
  /** Medium kind (`dac`, `aoc`, `mmf`, …). */
  readonly medium: string;
  readonly mediumLabel: string;
  /** Link speed, Gb/s (the lane speed of a breakout). */
  readonly speedGbps: number;
  /** Lanes of the switch port this link is one of (1 = no breakout). */
  readonly breakout: number;
  /** Estimated route with slack, m (2 decimals). */
  readonly routeM: number;
  /** Sold cable length, m. */
  readonly lengthM: number;
  /** Reach of the medium at this speed, m. */
  readonly reachM: number;
  readonly cableSku: string;
  readonly fromTransceiverSku: string | null;
  readonly toTransceiverSku: string | null;
}

const rowCache = new WeakMap<readonly CableRun[], { racks: Layout['racks']; rows: CableScheduleRow[] }>();
/** The rows made last, to keep the rows of the runs an edit did not touch (the cabling keeps those runs). */
let lastRows: { runs: readonly CableRun[]; rows: readonly CableScheduleRow[] } | undefined;

/** The schedule in layout link order; empty when the layout has no links. Memoized on the cabling plan and per run. */
export function cableSchedule(layout: Layout, catalog: Catalog): readonly CableScheduleRow[] {
  const figures = cablingFigures(layout, catalog);
  return figures ? scheduleRows(figures.plan, layout.racks) : [];
}

/**
 * The schedule of a cabling plan, racks by name. Memoized on the plan's runs; a run the last schedule also had keeps
 * its row (matched in one walk beside the last runs, so an edit costs a pass, not a lookup per run).
 */
export function scheduleRows(plan: CablingPlan, racks: Layout['racks']): readonly CableScheduleRow[] {
  const runs = plan.runs;
  const hit = rowCache.get(runs);
  if (hit && hit.racks === racks) return hit.rows;
  const rows = rowsKeeping(runs, rackNames(racks), lastRows);
  rowCache.set(runs, { racks, rows });
  lastRows = { runs, rows };
  return rows;
}

/** A rack's name by id, the last one asked for remembered (a run's neighbours are mostly in the same racks). */
function rackNames(racks: Layout['racks']): (rack: string) => string {
  const names = new Map<string, string>();
  for (const r of racks) names.set(r.id, r.name);
  let lastId = '';
  let lastName = '';
  return (rack) => {
    if (rack !== lastId) {
      lastId = rack;
      lastName = names.get(rack) ?? rack;
    }
    return lastName;
  };
}

/**
 * The rows of `runs`, each run that `prev` had keeping its row when its racks' names are the same. The runs are
 * walked beside `prev.runs`: a run in its place keeps its row, a run of the same link in its place is new; otherwise
 * (links added or removed) the run is looked up among the rest of `prev`, and the walk goes on from there.
 */
function rowsKeeping(
  runs: readonly CableRun[],
  rackName: (rack: string) => string,
  prev: { runs: readonly CableRun[]; rows: readonly CableScheduleRow[] } | undefined,
): CableScheduleRow[] {
  const pr = prev?.runs ?? [];
  const rows = new Array<CableScheduleRow>(runs.length);
  let at: Map<CableRun, number> | undefined;
  let j = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as CableRun;
    const fromRack = rackName(r.a.rack);
    const toRack = rackName(r.b.rack);
    let k = -1;
    const p = pr[j];
    if (p === r) k = j++;
    else if (p !== undefined && p.link === r.link) j++;
    else if (p !== undefined) {
      at ??= indexFrom(pr, j);
      k = at.get(r) ?? -1;
      if (k >= 0) j = k + 1;
    }
    const kept = k >= 0 ? prev?.rows[k] : undefined;
    rows[i] =
      kept && kept.fromRack === fromRack && kept.toRack === toRack ? kept : scheduleRow(r, fromRack, toRack);
  }
  return rows;
}

function indexFrom(runs: readonly CableRun[], from: number): Map<CableRun, number> {
  const at = new Map<CableRun, number>();
  for (let i = from; i < runs.length; i++) at.set(runs[i] as CableRun, i);
  return at;
}

/** One run's row, with its racks by name. */
export function scheduleRow(r: CableRun, fromRack: string, toRack: string): CableScheduleRow {
  return {
    link: r.link,
    fabric: r.fabric,
    fromRack,
    fromDevice: r.a.device,
    fromPort: r.a.port,
    toRack,
    toDevice: r.b.device,
    toPort: r.b.port,
    medium: r.medium,
    mediumLabel: r.mediumLabel,
    speedGbps: r.speedGbps,
    breakout: r.breakout,
    routeM: Math.round(r.routeMm / 10) / 100,
    lengthM: r.lengthM,
    reachM: r.reachM,
    cableSku: r.cableSku,
    fromTransceiverSku: r.a.transceiverSku,
    toTransceiverSku: r.b.transceiverSku,
  };
}

/** Column names of the schedule's CSV and XLSX exports in SI (lengths in m), in order. */
export const CABLE_SCHEDULE_COLUMNS = [
  'link',
  'fabric',
  'from_rack',
  'from_device',
  'from_port',
  'to_rack',
  'to_device',
  'to_port',
  'medium',
  'speed_gbps',
  'breakout',
  'route_m',
  'length_m',
  'reach_m',
  'cable_sku',
  'from_transceiver_sku',
  'to_transceiver_sku',
] as const;

/** The unit of the schedule's lengths for people: m, or ft in imperial units. */
export const scheduleLengthUnit = (u: DisplayUnits): 'm' | 'ft' => (u.system === 'imperial' ? 'ft' : 'm');

/** A length of the schedule (m) in the reader's unit, to 2 decimals: 3 m → 9.84 ft (3 / 0.3048 = 9.8425). */
export const scheduleLength = (m: number, u: DisplayUnits): number =>
  u.system === 'imperial' ? Math.round(metresToFeet(m) * 100) / 100 : m;

/** The export's column names in the reader's units: `route_ft`, `length_ft`, `reach_ft` in imperial. */
export function cableScheduleColumns(u: DisplayUnits = SI_UNITS): string[] {
  const unit = scheduleLengthUnit(u);
  return CABLE_SCHEDULE_COLUMNS.map((c) => (c.endsWith('_m') ? `${c.slice(0, -2)}_${unit}` : c));
}

/**
 * One schedule row as the cells of {@link cableScheduleColumns} (numbers stay numbers; absent SKUs are empty),
 * lengths in the reader's unit.
 */
export function cableScheduleCells(r: CableScheduleRow, u: DisplayUnits = SI_UNITS): (string | number)[] {
  return [
    r.link,
    r.fabric ?? '',
    r.fromRack,
    r.fromDevice,
    r.fromPort,
    r.toRack,
    r.toDevice,
    r.toPort,
    r.medium,
    r.speedGbps,
    r.breakout,
    scheduleLength(r.routeM, u),
    scheduleLength(r.lengthM, u),
    scheduleLength(r.reachM, u),
    r.cableSku,
    r.fromTransceiverSku ?? '',
    r.toTransceiverSku ?? '',
  ];
}

/**
 * The schedule as CSV (RFC 4180, CRLF, one row per link after the header), lengths in the reader's unit with the
 * unit in the header. Cells are written with the BOM's `csvField`, so a device name or port that looks like a
 * formula cannot run in a spreadsheet.
 */
export function cableScheduleToCsv(rows: readonly CableScheduleRow[], u: DisplayUnits = SI_UNITS): string {
  const lines = [
    cableScheduleColumns(u)
      .map((h) => csvField(h))
      .join(','),
  ];
  for (const r of rows)
    lines.push(
      cableScheduleCells(r, u)
        .map((f) => csvField(f))
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
