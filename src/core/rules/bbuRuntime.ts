/**
 * Rack battery backup (BBU) shelves: their runtime at the rack's actual load read from the catalog's runtime curve,
 * and checked against the pod's ride-through requirement (`limits.upsMinRuntimeMin`).
 *
 * A BBU shelf sits on the rack's DC busbar beside the power shelves, so it carries the busbar load (the PDU-fed load
 * in a rack without busbar loads). Shelves share the load in proportion to their rating, so each runs at
 * load / total rating of its own rating. Runtime between two curve points is interpolated linearly in load fraction;
 * below the lightest point the lightest point's runtime is taken as a floor ("at least"), which errs short (a floor
 * below the requirement is reported short); beyond
 * the rating the shelves are overloaded and give no runtime.
 */
import type { RuntimePoint, Ups } from '../model/catalog';
import type { Diagnostic } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { fmtKw } from '../model/units';
import { diagnostic, rackLabel, target } from './diagnostic';
import { fmtMinutes } from './rackUps';

export interface CurveRuntime {
  /** Runtime, s (0 when overloaded). */
  readonly runtimeS: number;
  /** How it was read: between two points, on one, at least the lightest point's, or overloaded. */
  readonly basis: 'interpolated' | 'point' | 'at-least' | 'overloaded';
  /** The points it was read between (or on). */
  readonly from: RuntimePoint | null;
  readonly to: RuntimePoint | null;
}

/** Runtime at `loadFraction` of the rating from a curve given in rising load order. */
export function runtimeOnCurve(curve: readonly RuntimePoint[], loadFraction: number): CurveRuntime {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last || loadFraction > last.loadFraction + 1e-12)
    return { runtimeS: 0, basis: 'overloaded', from: last ?? null, to: null };
  if (loadFraction <= first.loadFraction) {
    const on = Math.abs(loadFraction - first.loadFraction) < 1e-12;
    return { runtimeS: first.runtimeS, basis: on ? 'point' : 'at-least', from: first, to: on ? first : null };
  }
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1];
    const b = curve[i];
    if (!a || !b || loadFraction > b.loadFraction) continue;
    if (Math.abs(loadFraction - b.loadFraction) < 1e-12)
      return { runtimeS: b.runtimeS, basis: 'point', from: b, to: b };
    const f = (loadFraction - a.loadFraction) / (b.loadFraction - a.loadFraction);
    return { runtimeS: a.runtimeS + f * (b.runtimeS - a.runtimeS), basis: 'interpolated', from: a, to: b };
  }
  return { runtimeS: last.runtimeS, basis: 'point', from: last, to: last };
}

export interface BbuFigures {
  /** Rating of the rack's BBU shelves together, W, the load they carry, W, and its fraction of the rating. */
  readonly capacityW: number;
  readonly loadW: number;
  readonly loadFraction: number;
  /** Runtime at that load, s: the shortest of the shelves' (each at its share). */
  readonly runtimeS: number;
  readonly curve: CurveRuntime;
  /** The pod's ride-through requirement, s (null: none set). */
  readonly requiredS: number | null;
}

/** A BBU shelf: a rack-mounted battery unit with a runtime curve. */
export const isBbuShelf = (u: Ups): u is Ups & { readonly runtimeCurve: readonly RuntimePoint[] } =>
  u.placement === 'rack-u' && u.runtimeCurve !== undefined && u.runtimeCurve.length > 0;

const pct = (f: number) => `${Math.round(f * 100)} %`;
const point = (p: RuntimePoint) => `${pct(p.loadFraction)} → ${p.runtimeS} s`;

function howRead(c: CurveRuntime): string {
  if (c.basis === 'interpolated' && c.from && c.to)
    return `interpolated on the runtime curve between ${point(c.from)} and ${point(c.to)}`;
  if (c.basis === 'at-least' && c.from)
    return `at least, below the lightest point of the runtime curve (${point(c.from)})`;
  return 'on the runtime curve';
}

/** Checks the rack's BBU shelves carrying `loadW`; null when it has none. */
export function checkRackBbus(
  scope: RackScope,
  shelves: readonly (Ups & { readonly runtimeCurve: readonly RuntimePoint[] })[],
  loadW: number,
  out: Diagnostic[],
): BbuFigures | null {
  if (shelves.length === 0) return null;
  const capacityW = shelves.reduce((sum, u) => sum + u.capacityW, 0);
  const loadFraction = capacityW > 0 ? loadW / capacityW : Number.POSITIVE_INFINITY;
  // Each shelf runs at the same fraction of its rating; the first to run flat ends the ride-through.
  const curve = shelves
    .map((u) => runtimeOnCurve(u.runtimeCurve, loadFraction))
    .reduce((a, b) => (b.runtimeS < a.runtimeS ? b : a));
  const minutes = scope.limits.upsMinRuntimeMin;
  const requiredS = minutes === undefined ? null : minutes * 60;
  const figures: BbuFigures = { capacityW, loadW, loadFraction, runtimeS: curve.runtimeS, curve, requiredS };
  if (loadW <= 0) return figures;
  const rackT = [target('rack', scope.rack.id)];
  const one = shelves.length === 1;
  const names = one
    ? `its ${shelves[0]?.name} carries`
    : `its ${shelves.length} BBU shelves (${fmtKw(capacityW)}) carry`;
  const their = one ? 'its' : 'their';
  if (curve.basis === 'overloaded') {
    out.push(
      diagnostic(
        'error',
        'power.bbuOverload',
        `${rackLabel(scope.rack)}: ${names} the rack's ${fmtKw(loadW)} at max draw, ${pct(loadFraction)} of ${their} rating: ${fmtKw(loadW - capacityW)} over, so no ride-through is left. Add shelves or move load.`,
        rackT,
      ),
    );
    return figures;
  }
  const seconds = `${Math.round(curve.runtimeS)} s`;
  const carried = `${rackLabel(scope.rack)}: ${names} ${fmtKw(loadW)} (${pct(loadFraction)} of ${their} rating) for ${seconds}, ${howRead(curve)}`;
  if (requiredS !== null && curve.runtimeS < requiredS)
    out.push(
      diagnostic(
        'error',
        'power.bbuRuntimeShort',
        `${carried}: less than the pod's ${fmtMinutes(requiredS / 60)} (${requiredS} s) ride-through minimum.`,
        rackT,
      ),
    );
  else
    out.push(
      diagnostic(
        'info',
        'power.bbuRuntime',
        `${carried}${requiredS === null ? '' : `; the pod asks ${requiredS} s`}.`,
        rackT,
      ),
    );
  return figures;
}
