/**
 * Which limit is closest to breaking, and which limits have an open error: what the capacity panel leads with, so
 * that a pod gauge never reads green while a rack is over one of its limits.
 */
import type { Diagnostic, Report, RackFigures } from '../model/report';

/** The per-rack limits the capacity panel shows as gauges. */
export type RackLimit = 'space' | 'feedLost' | 'bothFeeds' | 'liquid' | 'air' | 'weight';
/** The pod-level gauges. */
export type PodLimit = 'utility' | 'liquid' | 'facilityWater' | 'roomAir';

export const RACK_LIMIT_LABELS: Readonly<Record<RackLimit, string>> = {
  space: 'U used',
  feedLost: 'one feed lost',
  bothFeeds: 'both feeds',
  liquid: 'liquid heat',
  air: 'air heat (door, in-row)',
  weight: 'weight',
};

/** Load against a limit, 0..∞; a limit of 0 with any load counts as infinitely over. */
export const loadRatio = (value: number, limit: number): number =>
  limit > 0 ? value / limit : value > 0 ? Number.POSITIVE_INFINITY : 0;

/** Value and limit of one rack limit, in the gauge's own unit (U, kW or kg). */
export function rackLimitFigures(r: RackFigures, limit: RackLimit): { value: number; limit: number } {
  switch (limit) {
    case 'space':
      return { value: r.usedU, limit: r.heightU };
    case 'feedLost':
      return { value: r.kwMax, limit: r.oneFeedLostKw };
    case 'bothFeeds':
      return { value: r.kwMax, limit: r.usableKwByFeed.A + r.usableKwByFeed.B };
    case 'liquid':
      return { value: r.liquidHeatKw, limit: r.liquidCapacityKw };
    case 'air':
      // Air heat beyond doors and in-row coolers goes to room air (a pod limit), so no local capacity is not a fault.
      return { value: r.airCapacityKw > 0 ? r.airHeatKw : 0, limit: r.airCapacityKw };
    case 'weight':
      return { value: r.weightKg, limit: r.staticLoadKg };
  }
}

/** Diagnostic codes whose errors belong to each rack limit. */
const RACK_LIMIT_CODES: Readonly<Record<RackLimit, readonly string[]>> = {
  space: ['space.overlap', 'space.outOfRack'],
  feedLost: ['power.feedOverload', 'power.overload', 'power.noPdu', 'power.noPowerShelf'],
  bothFeeds: ['power.overload', 'power.noPdu', 'power.noPowerShelf', 'power.rackLimit'],
  liquid: ['cooling.liquidOverCapacity', 'cooling.noLiquidCooling'],
  air: [],
  weight: ['weight.rackOverload', 'weight.floorOverload'],
};

const POD_LIMIT_CODES: Readonly<Record<PodLimit, readonly string[]>> = {
  utility: ['power.utilityOverload'],
  liquid: ['cooling.liquidOverCapacity', 'cooling.noLiquidCooling'],
  facilityWater: ['cooling.facilityWaterOverCapacity'],
  roomAir: ['cooling.roomAirOverCapacity'],
};

export interface WorstRack {
  readonly limit: RackLimit;
  readonly rackId: string;
  readonly rackName: string;
  /** Load / limit (∞ when there is load and no limit). */
  readonly ratio: number;
  readonly value: number;
  readonly limitValue: number;
  /** An error of this limit's family is open on this rack. */
  readonly error: boolean;
}

export interface OpenErrors {
  /** Pod gauges with an open error of their family anywhere in the pod. */
  readonly pod: ReadonlySet<PodLimit>;
  /** Per rack id, the limits with an open error naming that rack. */
  readonly racks: ReadonlyMap<string, ReadonlySet<RackLimit>>;
}

const openErrorCache = new WeakMap<readonly Diagnostic[], OpenErrors>();

/** The limits that have an open error, pod-wide and per rack (memoized on the diagnostics list). */
export function openErrors(diagnostics: readonly Diagnostic[]): OpenErrors {
  const hit = openErrorCache.get(diagnostics);
  if (hit) return hit;
  const pod = new Set<PodLimit>();
  const racks = new Map<string, Set<RackLimit>>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    for (const [limit, codes] of Object.entries(POD_LIMIT_CODES) as [PodLimit, readonly string[]][])
      if (codes.includes(d.code)) pod.add(limit);
    for (const [limit, codes] of Object.entries(RACK_LIMIT_CODES) as [RackLimit, readonly string[]][]) {
      if (!codes.includes(d.code)) continue;
      for (const t of d.targets) {
        if (t.kind !== 'rack') continue;
        const set = racks.get(t.id) ?? new Set<RackLimit>();
        set.add(limit);
        racks.set(t.id, set);
      }
    }
  }
  const result: OpenErrors = { pod, racks };
  openErrorCache.set(diagnostics, result);
  return result;
}

const ORDER: readonly RackLimit[] = ['feedLost', 'bothFeeds', 'liquid', 'air', 'weight', 'space'];

/**
 * For each rack limit, the rack nearest to (or furthest over) it: the highest load ratio, a rack with an open error
 * of that family first. Limits no rack loads at all are left out. Ties keep the first rack of the report.
 */
export function worstRacks(report: Report): WorstRack[] {
  const errors = openErrors(report.diagnostics);
  const out: WorstRack[] = [];
  for (const limit of ORDER) {
    let worst: WorstRack | null = null;
    for (const r of report.racks) {
      const f = rackLimitFigures(r, limit);
      const ratio = loadRatio(f.value, f.limit);
      const error = errors.racks.get(r.id)?.has(limit) ?? false;
      if (ratio <= 0 && !error) continue;
      const better =
        worst === null || (error && !worst.error) || (error === worst.error && ratio > worst.ratio);
      if (better)
        worst = { limit, rackId: r.id, rackName: r.name, ratio, value: f.value, limitValue: f.limit, error };
    }
    if (worst) out.push(worst);
  }
  return out;
}
