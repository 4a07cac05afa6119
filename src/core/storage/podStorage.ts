/**
 * Gathers what the storage sizing needs from a layout: the resolved profile, the battery type counted in, the energy
 * in the pod's power shelves, the generators' block size, and the batteries already placed. O(devices + floor
 * units); validation runs it only for layouts that carry `storage` settings.
 */
import type { Battery, Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { StorageSettings } from '../model/storageSettings';
import { MEGAPACK_2XL_2H } from '../catalog/builtin/megapack2xl';
import type { ResolvedProfile } from './profileDefaults';
import { resolveProfile } from './profileDefaults';
import type { GeneratorStep, StorageSizing } from './sizeStorage';
import { sizeStorage } from './sizeStorage';

/**
 * Seconds between generator load blocks: our estimate (ISO 8528-5 staged loading lets the set recover its
 * frequency between steps; a few seconds each, 10 s taken to err long).
 */
export const GENERATOR_BLOCK_INTERVAL_S = 10;

export interface PlacedStorage {
  readonly byType: readonly { readonly sku: string; readonly name: string; readonly count: number }[];
  readonly powerW: number;
  readonly energyWh: number;
}

export interface PodStorage {
  readonly profile: ResolvedProfile;
  readonly sizing: StorageSizing;
  readonly placed: PlacedStorage;
  /** The battery type counted in, and why. */
  readonly unitBasis: 'setting' | 'placed' | 'default';
  /** A `batterySku` setting that names no battery in the catalog (the default was used instead). */
  readonly unknownBatterySku: string | null;
}

function placedBatteries(layout: Layout, catalog: Catalog): { placed: PlacedStorage; types: Battery[] } {
  const counts = new Map<string, { item: Battery; count: number }>();
  let powerW = 0;
  let energyWh = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item?.kind !== 'battery') continue;
    const entry = counts.get(item.sku) ?? { item, count: 0 };
    entry.count++;
    counts.set(item.sku, entry);
    powerW += item.powerKw * 1000;
    energyWh += item.energyKwh * 1000;
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count || (a.item.sku < b.item.sku ? -1 : 1));
  return {
    placed: {
      byType: sorted.map((e) => ({ sku: e.item.sku, name: e.item.name, count: e.count })),
      powerW,
      energyWh,
    },
    types: sorted.map((e) => e.item),
  };
}

function psuStorageJ(layout: Layout, catalog: Catalog): number {
  let joules = 0;
  for (const d of layout.devices) {
    const item = catalog.items.get(d.sku);
    if (item?.kind === 'power-shelf' && item.energyStorageJ !== undefined) joules += item.energyStorageJ;
  }
  return joules;
}

function generatorStep(layout: Layout, catalog: Catalog): GeneratorStep | null {
  let blockW = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item?.kind === 'generator') blockW += item.ratingW * item.blockLoadFraction;
  }
  return blockW > 0 ? { blockW, blockIntervalS: GENERATOR_BLOCK_INTERVAL_S } : null;
}

/** The storage plan of a pod drawing `itMaxW` at max with `gpus` GPUs, under `settings`. */
export function podStorage(
  layout: Layout,
  catalog: Catalog,
  settings: StorageSettings,
  itMaxW: number,
  gpus: number,
): PodStorage {
  const { placed, types } = placedBatteries(layout, catalog);
  const wanted = settings.batterySku === undefined ? undefined : catalog.items.get(settings.batterySku);
  const unknownBatterySku =
    settings.batterySku !== undefined && wanted?.kind !== 'battery' ? settings.batterySku : null;
  let unit: Battery = MEGAPACK_2XL_2H;
  let unitBasis: PodStorage['unitBasis'] = 'default';
  if (wanted?.kind === 'battery') {
    unit = wanted;
    unitBasis = 'setting';
  } else if (types[0]) {
    unit = types[0];
    unitBasis = 'placed';
  }
  const profile = resolveProfile(settings, itMaxW);
  const sizing = sizeStorage({
    profile,
    unit,
    psuStorageJ: psuStorageJ(layout, catalog),
    gpus,
    generator: generatorStep(layout, catalog),
  });
  return { profile, sizing, placed, unitBasis, unknownBatterySku };
}
