/**
 * What every item builder gets, and the figures all kinds share: rack height, weight and airflow, each with its
 * plausibility rule.
 */
import type { AirflowDirection, CatalogItem } from '../../model/catalog';
import type { Classification } from './classify';
import type { NbDeviceType, ParsedDeviceType } from './deviceType';
import type { Findings } from './findings';
import { deviceText } from './classify';
import { derived, estimate } from './findings';
import { weightFromText } from './textHints';
import type { InterfaceTally } from './ports';
import type { NetboxFallbacks } from './types';
import { readWeightKg } from './weight';

/** An item without the fields every kind shares (filled in by the importer). */
export type ItemSpecific<T extends CatalogItem> = Omit<
  T,
  'sku' | 'name' | 'vendor' | 'price' | 'provenance' | 'description' | 'missing' | 'inferred'
>;

export interface BuildContext {
  readonly file: string;
  readonly dt: NbDeviceType;
  readonly parsed: ParsedDeviceType;
  readonly tally: InterfaceTally;
  readonly cls: Classification;
  readonly f: Findings;
  readonly fallbacks: NetboxFallbacks;
}

/** The tallest rack podplan plans for, U; a taller device cannot be placed (Huawei NE9000-20 is 50U). */
export const MAX_RACK_U = 48;

/** U used for per-U estimates: 0U and half-U items count as 1U. */
export const estimateU = (u: number): number => Math.max(1, u);

/** Flags heights podplan cannot place in rack U. Returns the height the item keeps (always the file's). */
export function checkRackHeight(ctx: BuildContext, rackMounted: boolean): number {
  const { dt, f } = ctx;
  if (dt.uHeight > MAX_RACK_U) {
    f.miss(
      'uHeight',
      `${dt.uHeight}U is taller than a ${MAX_RACK_U}U rack; kept as published, it cannot be placed`,
    );
  } else if (rackMounted && dt.uHeight === 0) {
    const what =
      dt.subdeviceRole === 'child'
        ? "a child device (subdevice_role: child) that fits a parent chassis's device bay, not rack U"
        : 'a 0U device (desktop, tower, wall-mount or side-mount unit)';
    f.miss('uHeight', `NetBox gives 0U: ${what}; kept at 0U, set a height before placing it in a rack`);
  }
  return dt.uHeight;
}

/**
 * The item's weight in kg. Missing, zero or unit-less weights and implausible densities are flagged; the item holds
 * the file's figure when there is one (heavier is the safe side for rack loading), else `kgPerU × U` as an estimate.
 */
export function resolveWeight(ctx: BuildContext, kgPerU: number, maxKgPerU: number): number {
  const { dt, f, parsed } = ctx;
  const reading = readWeightKg(dt, parsed.invalid);
  if (!reading.ok) {
    const fromText = weightFromText(deviceText(dt));
    if (fromText) {
      f.infer(
        'weightKg',
        `${reading.reason}; ${fromText.value} kg from the text '${fromText.text}'`,
        derived(`text '${fromText.text}'`),
      );
      return fromText.value;
    }
    const kg = kgPerU * estimateU(dt.uHeight);
    f.miss(
      'weightKg',
      `${reading.reason}; estimate ${kg} kg (${kgPerU} kg/U × ${estimateU(dt.uHeight)} U)`,
      estimate(`${kgPerU} kg per U, no weight in the NetBox file`),
    );
    return kg;
  }
  if (reading.assumedUnit) f.miss('weightKg', reading.how ?? 'weight unit assumed kg');
  else if (reading.how) f.infer('weightKg', reading.how);
  if (dt.uHeight >= 1 && reading.kg / dt.uHeight > maxKgPerU) {
    f.miss(
      'weightKg',
      `${reading.kg} kg in ${dt.uHeight}U is ${round1(reading.kg / dt.uHeight)} kg/U, above the plausible ${maxKgPerU} kg/U; kept as published (safe side for rack load), confirm it`,
    );
  }
  return reading.kg;
}

/** NetBox's 10 airflow values onto podplan's 4. */
export function mapAirflow(
  raw: string,
): { readonly direction: AirflowDirection; readonly collapsed: boolean } | null {
  switch (raw) {
    case 'front-to-rear':
    case 'rear-to-front':
    case 'passive':
      return { direction: raw, collapsed: false };
    case 'left-to-right':
    case 'right-to-left':
    case 'side-to-rear':
    case 'rear-to-side':
      // Air enters or leaves at a side: it does not keep to the hot/cold aisles, which is what side-to-side flags.
      return { direction: 'side-to-side', collapsed: true };
    case 'bottom-to-top':
    case 'top-to-bottom':
      // Vertical flow neither takes from the cold aisle nor blows into it: closest to passive for aisle checks.
      return { direction: 'passive', collapsed: true };
    default:
      return null; // 'mixed' and anything else: no single direction
  }
}

/**
 * The item's airflow. Absent or `mixed` → assumed front-to-rear (half the library's airflow values, and the
 * direction of almost every server) and flagged. Arista `-R` models that say front-to-rear contradict themselves
 * (README §5.7) and are flagged too. Passive gear with no airflow given is passive.
 */
export function resolveAirflow(
  ctx: BuildContext,
  passiveGear: boolean,
): { direction: AirflowDirection; read: boolean } {
  const { dt, f } = ctx;
  if (dt.airflow === null && passiveGear) {
    f.infer(
      'thermal.airflow',
      'passive: the file gives none and the item draws no power',
      estimate('no fans'),
    );
    return { direction: 'passive', read: false };
  }
  const mapped = dt.airflow === null ? null : mapAirflow(dt.airflow);
  if (!mapped) {
    const why =
      dt.airflow === null ? 'the file gives no airflow' : `airflow '${dt.airflow}' names no single direction`;
    f.miss(
      'thermal.airflow',
      `${why}; assumed front-to-rear, the most common direction`,
      estimate('assumed front-to-rear'),
    );
    return { direction: 'front-to-rear', read: false };
  }
  if (mapped.collapsed) f.infer('thermal.airflow', `NetBox '${dt.airflow}' → ${mapped.direction}`);
  const reversedName = /arista/i.test(dt.manufacturer) && /-R$/i.test(dt.model.trim());
  if (reversedName && mapped.direction === 'front-to-rear') {
    f.miss(
      'thermal.airflow',
      `the model name ends in -R (rear-to-front airflow) but the file says front-to-rear; kept, confirm it`,
    );
  }
  return { direction: mapped.direction, read: true };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
