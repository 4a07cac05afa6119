/** Real files the fuzz targets start from: the example pods, the pinned v1 files, and device types from NetBox. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_ITEMS } from '../../../src/core';
import type { Json } from './hostileJson';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

const jsonFiles = (dir: string, skip: readonly string[]): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json') && !skip.includes(f))
    .sort()
    .map((f) => join(ROOT, dir, f));

/** The example pods (schemaVersion 2) and the v1 files pinned by test/migrations.test.ts. */
export const LAYOUT_SEEDS: readonly Json[] = [
  ...jsonFiles('public/examples', ['index.json']),
  ...jsonFiles('test/fixtures/v1', ['diagnostics.json']),
].map(readJson);

/** The SKUs a layout's racks, devices, side items and floor units use. */
function skusOf(layout: Json): Set<string> {
  const skus = new Set<string>();
  const lists = ['racks', 'devices', 'sideItems', 'floorUnits'];
  const record = layout as Record<string, Json>;
  for (const list of lists) {
    const items = record[list];
    if (Array.isArray(items))
      for (const item of items) skus.add(String((item as Record<string, Json>)['sku']));
  }
  return skus;
}

/** The small example pod carrying, as `catalogItems`, a copy of every built-in item it uses. */
export const LAYOUT_WITH_ITEMS: Json = (() => {
  const seed = readJson(join(ROOT, 'public/examples/small-inference.json'));
  const used = skusOf(seed);
  const items = BUILTIN_ITEMS.filter((item) => used.has(item.sku));
  return { ...(seed as Record<string, Json>), catalogItems: JSON.parse(JSON.stringify(items)) as Json };
})();

/** The examples' text as written. */
export const EXAMPLE_TEXTS: readonly string[] = jsonFiles('public/examples', ['index.json']).map((p) =>
  readFileSync(p, 'utf8'),
);

const DEVICE_TYPES = resolve(ROOT, '../shared/devicetypes');

/** A few real NetBox device types of each kind the importer builds (servers, a switch, a PDU, a UPS), with their paths. */
export const NETBOX_SEEDS: readonly { path: string; text: string }[] = [
  'netbox/Dell/PowerEdge-R750.yml',
  'netbox/Arista/DCS-7060DX4-32.yaml',
  'netbox/APC/AP8886.yaml',
  'netbox/APC/SURT20KRMXLT.yaml',
  'netbox-newer/Supermicro/AS-8125GS-TNMR2.yml',
].map((path) => ({ path, text: readFileSync(join(DEVICE_TYPES, path), 'utf8') }));

/** One built-in item of every kind, as a catalog file's value. */
export const CATALOG_SEED: Json = {
  schemaVersion: 1,
  items: JSON.parse(
    JSON.stringify([...new Map(BUILTIN_ITEMS.map((item) => [item.kind, item])).values()]),
  ) as Json,
};

/** Built-in SKUs priced in USD and EUR, as a CSV price list and as the same list in JSON. */
const PRICED = BUILTIN_ITEMS.slice(0, 8).map((item, i) => ({
  sku: item.sku,
  unitPrice: 1000 + i * 250.5,
  currency: i % 2 === 0 ? 'USD' : 'EUR',
  ...(i % 3 === 0 && { discountClass: 'hardware' }),
}));
export const PRICE_CSV_SEED = [
  'sku,unit_price,currency,discount_class',
  ...PRICED.map((p) => `${p.sku},${p.unitPrice},${p.currency},${p.discountClass ?? ''}`),
].join('\n');
export const PRICE_JSON_SEED: Json = PRICED;
export const KNOWN_SKUS: ReadonlySet<string> = new Set(BUILTIN_ITEMS.map((item) => item.sku));
