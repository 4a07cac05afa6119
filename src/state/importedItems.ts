/**
 * The catalog items and prices a layout carries (`layout.catalogItems`, `layout.prices`): adding an imported batch,
 * merging a price list, and completing one figure of an imported item. Pure `(layout, args) => layout` edits that
 * return the same object when nothing changes; the commands in `commands/catalogCommands.ts` call them.
 */
import type {
  AirflowDirection,
  CatalogItem,
  Layout,
  Price,
  PriceEntryRecord,
  Provenance,
  Result,
} from '../core';
import { err, ok } from '../core';
import { zodChecksLoaded } from './checks';

const importedCache = new WeakMap<readonly CatalogItem[], ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** SKUs of the items the layout brings with it (memoized on the array, so a selector may return it). */
export function importedSkus(layout: Layout): ReadonlySet<string> {
  const items = layout.catalogItems;
  if (!items || items.length === 0) return EMPTY;
  let set = importedCache.get(items);
  if (!set) importedCache.set(items, (set = new Set(items.map((i) => i.sku))));
  return set;
}

/** The layout's own copy of an item, or undefined for a built-in one. */
export const importedItem = (layout: Layout, sku: string): CatalogItem | undefined =>
  layout.catalogItems?.find((i) => i.sku === sku);

/** Figures a user still has to fill in, leaving out the price (which a price list supplies). */
export const missingFigures = (item: CatalogItem): readonly string[] =>
  (item.missing ?? []).filter((m) => m !== 'price');

/** Adds items to the layout; an item whose SKU the layout already carries replaces it (a re-import). */
export function addCatalogItems(layout: Layout, items: readonly CatalogItem[]): Layout {
  if (items.length === 0) return layout;
  const incoming = new Map(items.map((i) => [i.sku as string, i]));
  const kept = (layout.catalogItems ?? []).filter((i) => !incoming.has(i.sku));
  return { ...layout, catalogItems: [...kept, ...incoming.values()] };
}

const PRICE_SOURCE = (file: string): Provenance => ({ grade: 'published', source: `price list ${file}` });

/**
 * Merges a price list into `layout.prices` (a SKU priced again takes the new price; other SKUs keep theirs). The
 * layout's own items that gain a price no longer list `price` as missing, and say which list priced them.
 */
export function mergePrices(layout: Layout, prices: readonly PriceEntryRecord[], file: string): Layout {
  if (prices.length === 0) return layout;
  const incoming = new Map(prices.map((p) => [p.sku as string, p]));
  const kept = (layout.prices ?? []).filter((p) => !incoming.has(p.sku));
  const catalogItems = layout.catalogItems?.map((item) =>
    incoming.has(item.sku) ? markSet(item, 'price', PRICE_SOURCE(file)) : item,
  );
  return {
    ...layout,
    prices: [...kept, ...incoming.values()],
    ...(catalogItems !== undefined && { catalogItems }),
  };
}

/** The unit price the BOM uses for an item: the layout's price list first, else the catalog's. */
export function effectivePrice(layout: Layout, item: CatalogItem): Price | PriceEntryRecord {
  return layout.prices?.find((p) => p.sku === item.sku) ?? item.price;
}

/** A figure of an item that the inspector can set by hand. */
export interface FigureSpec {
  /** Dotted path, as in `missing` and `provenance.fields`. */
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const AIRFLOW_CHOICES: readonly AirflowDirection[] = [
  'front-to-rear',
  'rear-to-front',
  'side-to-side',
  'passive',
];

const MAX_W: FigureSpec = { path: 'power.maxW', label: 'Max draw', unit: 'W', min: 0, max: 200_000, step: 1 };
const TYP_W: FigureSpec = {
  path: 'power.typicalW',
  label: 'Typical draw',
  unit: 'W',
  min: 0,
  max: 200_000,
  step: 1,
};
const WEIGHT: FigureSpec = { path: 'weightKg', label: 'Weight', unit: 'kg', min: 0, max: 5_000, step: 0.1 };
const U_HEIGHT: FigureSpec = { path: 'uHeight', label: 'Height', unit: 'U', min: 0.5, max: 60, step: 0.5 };
const GPUS: FigureSpec = { path: 'gpuCount', label: 'GPUs', unit: '', min: 0, max: 1_000, step: 1 };

/** The numeric figures of an item that can be set by hand, by kind (airflow is a choice, see `hasAirflow`). */
export function editableFigures(item: CatalogItem): readonly FigureSpec[] {
  switch (item.kind) {
    case 'server':
    case 'switch':
    case 'rackmount':
      return [MAX_W, TYP_W, WEIGHT, U_HEIGHT, GPUS];
    case 'pdu':
      return [
        { path: 'voltageV', label: 'Input voltage', unit: 'V', min: 1, max: 1_000, step: 1 },
        { path: 'inputAmps', label: 'Input current', unit: 'A', min: 1, max: 1_000, step: 1 },
        WEIGHT,
        ...(item.placement === 'rack-u' ? [U_HEIGHT] : []),
      ];
    case 'ups':
      return [
        { path: 'capacityW', label: 'Output capacity', unit: 'W', min: 0, max: 10_000_000, step: 1 },
        { path: 'runtimeMin', label: 'Runtime at full load', unit: 'min', min: 0, max: 10_000, step: 1 },
        { path: 'efficiency', label: 'Efficiency', unit: '0–1', min: 0, max: 1, step: 0.01 },
        WEIGHT,
        ...(item.placement === 'rack-u' ? [U_HEIGHT] : []),
      ];
    case 'cdu':
      return [
        { path: 'liquidCapacityW', label: 'Liquid capacity', unit: 'W', min: 0, max: 10_000_000, step: 1 },
        { path: 'powerW', label: 'Own draw', unit: 'W', min: 0, max: 100_000, step: 1 },
        WEIGHT,
        ...(item.placement === 'rack-u' ? [U_HEIGHT] : []),
      ];
    default:
      return [WEIGHT];
  }
}

export const hasAirflow = (item: CatalogItem): boolean => 'thermal' in item;

/** A figure's name and unit in words (`max draw`, `W`), for status lines and undo labels. */
export function figureLabel(
  item: CatalogItem,
  path: string,
): { readonly name: string; readonly unit: string } {
  if (path === 'thermal.airflow') return { name: 'airflow', unit: '' };
  const spec = editableFigures(item).find((f) => f.path === path);
  return spec
    ? { name: spec.label.toLowerCase(), unit: spec.unit === '0–1' ? '' : spec.unit }
    : { name: path, unit: '' };
}

/** Reads a figure by dotted path (undefined when the item has no such figure). */
export function figureOf(item: CatalogItem, path: string): number | string | undefined {
  let v: unknown = item;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null || !(key in v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'number' || typeof v === 'string' ? v : undefined;
}

const BY_HAND: Provenance = { grade: 'published', source: 'set by hand in podplan' };

/** The item with `path` no longer missing nor inferred, and its provenance set. */
function markSet(item: CatalogItem, path: string, provenance: Provenance): CatalogItem {
  const missing = item.missing?.filter((m) => m !== path);
  const inferred = item.inferred?.filter((m) => !m.startsWith(`${path}:`));
  return {
    ...item,
    provenance: { ...item.provenance, fields: { ...item.provenance.fields, [path]: provenance } },
    ...(missing !== undefined && { missing }),
    ...(inferred !== undefined && { inferred }),
  };
}

/** Typical draw as a share of max draw when only the max is known, as the NetBox importer assumes. */
const TYPICAL_FRACTION = 0.75;

/**
 * Sets one figure of an item by hand: the figure is no longer missing and its provenance says it was set by hand.
 * When the max draw is set while the typical draw is still missing, the typical estimate follows it (75 %). The
 * result is checked against the catalog schema, so a layout carrying it always loads again.
 */
export function withFigure(
  item: CatalogItem,
  path: string,
  value: number | string,
): Result<CatalogItem, string> {
  const keys = path.split('.');
  const current = figureOf(item, path);
  if (current === undefined || keys.length > 2) return err(`${item.name} has no figure '${path}'`);
  if (typeof current !== typeof value) return err(`${path} takes a ${typeof current}`);
  if (typeof value === 'number' && !Number.isFinite(value)) return err(`${path}: not a number`);
  if (current === value && !(item.missing ?? []).includes(path)) return ok(item);
  const [head = '', leaf] = keys;
  const record = item as unknown as Record<string, unknown>;
  const next = (leaf === undefined
    ? { ...record, [head]: value }
    : { ...record, [head]: { ...(record[head] as object), [leaf]: value } }) as unknown as CatalogItem;
  let result = markSet(next, path, BY_HAND);
  if (
    path === 'power.maxW' &&
    'power' in result &&
    typeof value === 'number' &&
    (result.missing ?? []).includes('power.typicalW')
  ) {
    result = {
      ...result,
      power: { ...result.power, typicalW: Math.round(value * TYPICAL_FRACTION) },
      provenance: {
        ...result.provenance,
        fields: {
          ...result.provenance.fields,
          'power.typicalW': { grade: 'estimate', source: '75 % of the max draw set by hand' },
        },
      },
    };
  }
  if ('power' in result && result.power.typicalW > result.power.maxW)
    return err(
      `typical draw ${result.power.typicalW} W would exceed the max draw ${result.power.maxW} W; set the ${path === 'power.maxW' ? 'typical draw lower first' : 'max draw higher first'}`,
    );
  // The item editor shows once the checks are loaded (ui/imports/ImportedItemSection.tsx), so they are here.
  const checks = zodChecksLoaded();
  if (!checks) return err('the catalog checks are still loading; try again');
  const problem = checks.catalogItemProblem(result, path);
  return problem ? err(problem) : ok(result);
}

/** Replaces the layout's own copy of an item (by SKU); the same layout when the item is not the layout's. */
export function replaceImportedItem(layout: Layout, item: CatalogItem): Layout {
  const items = layout.catalogItems;
  const i = items?.findIndex((x) => x.sku === item.sku) ?? -1;
  if (!items || i < 0 || items[i] === item) return layout;
  const catalogItems = items.slice();
  catalogItems[i] = item;
  return { ...layout, catalogItems };
}
