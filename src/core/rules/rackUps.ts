/**
 * A UPS mounted in a rack sits between the rack's feed and its PDUs, so it carries the rack's PDU-fed load. Its
 * capacity is checked in kW and kVA, and its ride-through at the rack's max draw is reported.
 *
 * Runtime: a UPS rated `capacityW` for `runtimeMin` at full load holds about capacityW × runtimeMin / efficiency of
 * battery energy (the inverter loses 1 − efficiency); a catalog `batteryKwh` replaces that estimate. At load L the
 * runtime is battery kWh × efficiency / L. This is linear in load, which understates the runtime of real batteries
 * at light load (they deliver more energy at lower discharge rates), so it errs on the safe side. BBU shelves (units
 * with a runtime curve, on the DC busbar) are read from their curve instead (bbuRuntime.ts).
 */
import type { RuntimePoint, Ups } from '../model/catalog';
import type { Diagnostic } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { fmtKva, fmtKw, fmtKwKva } from '../model/units';
import { diagnostic, rackLabel, target } from './diagnostic';
import type { BbuFigures } from './bbuRuntime';
import { checkRackBbus, isBbuShelf } from './bbuRuntime';

export interface RackUpsFigures {
  /** Real-power rating of the rack's UPS units together, W. */
  readonly capacityW: number;
  /** Apparent-power rating together, VA. */
  readonly capacityVa: number;
  /** Load they carry at max draw, W and VA. */
  readonly loadW: number;
  readonly loadVa: number;
  /** Ride-through at that load, min (Infinity with no load). */
  readonly runtimeMin: number;
  /** Conversion losses at that load, W (capped at the units' rating when overloaded). */
  readonly lossW: number;
  /** The rack's BBU shelves on the busbar, read from their runtime curve (bbuRuntime.ts); null without any. */
  readonly bbu: BbuFigures | null;
}

/** Usable battery energy of a UPS, kWh: the catalog figure, else capacity × full-load runtime / efficiency. */
export const upsBatteryKwh = (ups: Ups): number =>
  ups.batteryKwh ?? (ups.capacityW * ups.runtimeMin) / 60 / 1000 / ups.efficiency;

/** Apparent-power rating of a UPS, VA (its kW rating when the catalog gives no kVA). */
export const upsCapacityVa = (ups: Ups): number => ups.capacityVa ?? ups.capacityW;

/**
 * Ride-through of UPS units sharing a load in proportion to their kW rating, min: the first to run flat ends it.
 * Each unit's battery delivers kWh × efficiency to its share of the load.
 */
export function upsRuntimeMin(units: readonly Ups[], loadW: number): number {
  if (loadW <= 0) return Number.POSITIVE_INFINITY;
  const totalW = units.reduce((sum, u) => sum + u.capacityW, 0);
  if (totalW <= 0) return 0;
  let minutes = Number.POSITIVE_INFINITY;
  for (const u of units) {
    const shareW = (loadW * u.capacityW) / totalW;
    minutes = Math.min(minutes, ((upsBatteryKwh(u) * u.efficiency * 1000) / shareW) * 60);
  }
  return minutes;
}

/** Conversion losses of UPS units carrying `loadW`, W: load / efficiency − load, efficiency weighted by rating. */
export function upsLossW(units: readonly Ups[], loadW: number): number {
  const totalW = units.reduce((sum, u) => sum + u.capacityW, 0);
  if (totalW <= 0 || loadW <= 0) return 0;
  let inputW = 0;
  for (const u of units) inputW += (loadW * u.capacityW) / totalW / u.efficiency;
  return inputW - loadW;
}

export const fmtMinutes = (min: number): string =>
  Number.isFinite(min) ? (min < 10 ? `${min.toFixed(1)} min` : `${Math.round(min)} min`) : 'unlimited';

/**
 * Checks the rack's UPS units against the PDU-fed load and its BBU shelves against the busbar load (the PDU-fed load
 * when it has no busbar loads); null when the rack has neither.
 */
export function checkRackUps(
  scope: RackScope,
  loadW: number,
  loadVa: number,
  busbarLoadW: number,
  out: Diagnostic[],
): RackUpsFigures | null {
  const units: Ups[] = [];
  const shelves: (Ups & { readonly runtimeCurve: readonly RuntimePoint[] })[] = [];
  for (const { item } of scope.devices) {
    if (item.kind !== 'ups' || item.placement !== 'rack-u') continue;
    if (isBbuShelf(item)) shelves.push(item);
    else units.push(item);
  }
  const bbu = checkRackBbus(scope, shelves, busbarLoadW > 0 ? busbarLoadW : loadW, out);
  if (units.length === 0)
    return (
      bbu && {
        capacityW: bbu.capacityW,
        capacityVa: bbu.capacityW,
        loadW: bbu.loadW,
        loadVa: bbu.loadW,
        runtimeMin: bbu.runtimeS / 60,
        lossW: 0,
        bbu,
      }
    );
  const capacityW = units.reduce((sum, u) => sum + u.capacityW, 0);
  const capacityVa = units.reduce((sum, u) => sum + upsCapacityVa(u), 0);
  const runtimeMin = upsRuntimeMin(units, loadW);
  const rackT = [target('rack', scope.rack.id)];
  const names = units.length === 1 ? `its ${units[0]?.name}` : `its ${units.length} UPS units`;
  if (loadW > capacityW || loadVa > capacityVa) {
    out.push(
      diagnostic(
        'error',
        'power.upsOverload',
        `${rackLabel(scope.rack)}: ${names} (${fmtKw(capacityW)} / ${fmtKva(capacityVa)}) carry the rack's ${fmtKwKva(loadW, loadVa)} at max draw: ${fmtKva(Math.max(0, loadVa - capacityVa))} and ${fmtKw(Math.max(0, loadW - capacityW))} over. Size the UPS for the rack or feed only the gear it protects from it.`,
        rackT,
      ),
    );
  } else if (loadW > 0) {
    out.push(
      diagnostic(
        'info',
        'power.upsRuntime',
        `${rackLabel(scope.rack)}: ${names} (${fmtKw(capacityW)} / ${fmtKva(capacityVa)}) carry ${fmtKwKva(loadW, loadVa)} for about ${fmtMinutes(runtimeMin)} at max draw.`,
        rackT,
      ),
    );
  }
  return {
    capacityW,
    capacityVa,
    loadW,
    loadVa,
    runtimeMin,
    lossW: upsLossW(units, Math.min(loadW, capacityW)),
    bbu,
  };
}
