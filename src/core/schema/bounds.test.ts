/**
 * Semantic bounds at the boundary: every number a layout brings (its own figures and those of its catalog items) is
 * finite and inside the physical range of model/bounds.ts; a value outside is one issue with its JSON path and the
 * range, never a crash, a freeze or Infinity later. The crash cases are those of the reliability report (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ITEMS } from '../catalog/builtin';
import type { CatalogItemJson } from '../catalog/customCatalog/catalogSchema';
import { itemToJson } from '../catalog/customCatalog/itemJson';
import type { CatalogItem } from '../model/catalog';
import { loadLayout } from './loadLayout';
import { sampleLayoutFile } from './sampleLayout';

const builtin = (kind: CatalogItem['kind']) => itemToJson(BUILTIN_ITEMS.find((i) => i.kind === kind)!);
const rackItem = builtin('rack');
const serverItem = builtin('server') as Extract<CatalogItemJson, { kind: 'server' }>;

function issuesOf(file: unknown): { path: string; message: string }[] {
  const result = loadLayout(file);
  if (result.ok) throw new Error('expected the layout to be refused');
  return result.error;
}

const withItems = (...catalogItems: unknown[]) => ({ ...sampleLayoutFile(), catalogItems });

describe("When a layout's catalog items hold absurd figures", () => {
  it.each([2 ** 31, 1e6, 1e9, 61])('refuses a rack of %d U with the path and the range', (heightU) => {
    expect(issuesOf(withItems({ ...rackItem, heightU }))).toEqual([
      {
        path: '$.catalogItems[0].heightU',
        message: `expected a whole number from 1 to 60, got ${heightU}`,
      },
    ]);
  });

  it('refuses a weight of 1e308 kg and a max draw of 1e308 W', () => {
    const item = { ...serverItem, weightKg: 1e308, power: { ...serverItem.power, maxW: 1e308 } };
    expect(issuesOf(withItems(item))).toEqual([
      { path: '$.catalogItems[0].weightKg', message: 'expected a number ≥ 0 and ≤ 100000, got 1e+308' },
      { path: '$.catalogItems[0].power.maxW', message: 'expected a number ≥ 0 and ≤ 10000000, got 1e+308' },
    ]);
  });

  it('refuses a 0 U server unless its height is listed as missing', () => {
    const zeroU = { ...serverItem, uHeight: 0 };
    expect(issuesOf(withItems(zeroU))).toEqual([
      {
        path: '$.catalogItems[0].uHeight',
        message: expect.stringMatching(/^an item placed in rack U takes 0.5 to 60 U, got 0/),
      },
    ]);
    expect(loadLayout(withItems({ ...zeroU, missing: ['uHeight'] })).ok).toBe(true);
  });

  it('refuses a typical draw above the max draw', () => {
    const item = { ...serverItem, power: { ...serverItem.power, typicalW: serverItem.power.maxW + 1 } };
    expect(issuesOf(withItems(item))).toEqual([
      {
        path: '$.catalogItems[0].power.typicalW',
        message: `typical draw ${serverItem.power.maxW + 1} W exceeds the max draw ${serverItem.power.maxW} W`,
      },
    ]);
  });

  it('says what each field expects instead of "expected nothing here"', () => {
    const item = { ...serverItem, uHeight: 1.3, thermal: { ...serverItem.thermal, liquidFraction: 'half' } };
    const issues = issuesOf(withItems(item, { ...rackItem, kind: 'toaster' }));
    expect(issues).toEqual([
      { path: '$.catalogItems[0].uHeight', message: 'expected a multiple of 0.5 from 0 to 60, got 1.3' },
      {
        path: '$.catalogItems[0].thermal.liquidFraction',
        message: 'expected a number ≥ 0 and ≤ 1, got the text "half"',
      },
      { path: '$.catalogItems[1].kind', message: expect.stringMatching(/^expected one of 'rack', 'server'/) },
    ]);
    expect(issues.some((i) => i.message.includes('nothing here'))).toBe(false);
  });

  it('refuses a made-up currency code', () => {
    for (const currency of ['XYZ', 'ABC', 'XXX']) {
      expect(issuesOf(withItems({ ...serverItem, price: { ...serverItem.price, currency } }))).toEqual([
        {
          path: '$.catalogItems[0].price.currency',
          message: 'expected an ISO 4217 currency code such as USD',
        },
      ]);
    }
    expect(loadLayout(withItems({ ...serverItem, price: { ...serverItem.price, currency: 'EUR' } })).ok).toBe(
      true,
    );
  });
});

describe("When a layout's own figures are absurd", () => {
  it('refuses a ΔT of 5e-324 °C (which would make coolant flow Infinity)', () => {
    const file = sampleLayoutFile();
    expect(issuesOf({ ...file, limits: { ...file.limits, coolantDeltaTC: 5e-324 } })).toEqual([
      { path: '$.limits.coolantDeltaTC', message: 'expected a number ≥ 1 and ≤ 50, got 5e-324' },
    ]);
  });

  it('refuses a 1000 × 1000 floor grid: more positions than the floor view can draw', () => {
    const file = sampleLayoutFile();
    expect(issuesOf({ ...file, floor: { ...file.floor, rows: 1000, positionsPerRow: 1000 } })).toEqual([
      {
        path: '$.floor.positionsPerRow',
        message: '1000 rows × 1000 positions is 1000000 floor positions; the floor view draws at most 40000',
      },
    ]);
  });

  it('refuses a device above the tallest rack and a price of 1e309', () => {
    const file = sampleLayoutFile();
    const devices = [{ ...file.devices[0]!, u: 2 ** 31 }];
    const prices = [{ sku: 'rack-42u', amount: Number('1e309'), currency: 'USD' }];
    expect(issuesOf({ ...file, devices, prices }).map((i) => i.path)).toEqual([
      '$.devices[0].u',
      '$.prices[0].amount',
    ]);
  });
});
