import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogItem, Server } from '../../core';
import { importNetboxDeviceTypes } from '../../core/catalog/netbox';
import {
  decodeShareFragment,
  deviceId,
  encodeShareFragment,
  parseLayoutJson,
  placeDevice,
  rackId,
  serializeLayout,
  sku,
} from '../../core';
import { startAutosave } from '../persist/autosave';
import { bootGuard } from '../persist/bootGuard';
import { restorePod } from '../persist/restore';
import { memoryStorage, storageSaveStore } from '../persist/saveStore';
import type { EditorStore } from '../editorStore';
import { bomJsonOf, selectCatalog, selectReport } from '../selectors';
import { podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { dispatch } from './registry';
import { loadZodChecks } from '../checks';

// Hand edits of an imported item are checked with the catalog schema, which the item editor loads before it shows.
beforeAll(() => loadZodChecks());

/** A NetBox server with PSU draws but no weight or airflow: partial, as the real R640-class files are. */
const R640_LIKE = `manufacturer: Dell
model: PowerEdge R9999
slug: dell-poweredge-r9999
u_height: 1
is_full_depth: true
power-ports:
  - name: PSU1
    type: iec-60320-c14
    maximum_draw: 750
  - name: PSU2
    type: iec-60320-c14
    maximum_draw: 750
interfaces:
  - name: eth0
    type: 25gbase-x-sfp28
  - name: eth1
    type: 25gbase-x-sfp28
`;

/** A server with no power data at all: the max draw is an estimate the user must set. */
const NO_POWER = `manufacturer: Acme
model: Box 2
slug: acme-box-2
u_height: 2
is_full_depth: true
airflow: front-to-rear
weight: 20
weight_unit: kg
`;

const imported = (): CatalogItem[] => {
  const r = importNetboxDeviceTypes([
    { path: 'Dell/R9999.yaml', text: R640_LIKE },
    { path: 'Acme/box-2.yaml', text: NO_POWER },
  ]);
  return [...r.imported, ...r.partial].map((e) => e.item);
};

const itemOf = (store: EditorStore, s: string) =>
  store.getState().layout.catalogItems?.find((i) => i.sku === s) as Server | undefined;

/** Undo goes back to `before`, redo forward to `after`, each exactly one step. */
function expectOneUndoStep(store: EditorStore, before: unknown) {
  const after = store.getState().layout;
  const steps = store.getState().history.past.length;
  expect(dispatch(store, 'undo')).toBe(true);
  expect(store.getState().layout).toBe(before);
  expect(store.getState().history.past).toHaveLength(steps - 1);
  expect(dispatch(store, 'redo')).toBe(true);
  expect(store.getState().layout).toBe(after);
}

describe('When an import is confirmed', () => {
  it('adds every item to the layout in one undo step, and the palette catalog lists them', () => {
    const store = storeWith(podWithRacks(1));
    const before = store.getState().layout;
    const items = imported();
    expect(dispatch(store, 'importCatalog', { items, label: 'Import 2 items from test' })).toBe(true);
    expect(store.getState().layout.catalogItems?.map((i) => i.sku)).toEqual(items.map((i) => i.sku));
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]?.label).toBe('Import 2 items from test');
    expect(selectCatalog(store.getState()).items.has(sku('acme-box-2'))).toBe(true);
    expectOneUndoStep(store, before);
  });

  it('replaces the copy a layout already carries when the same SKU comes again', () => {
    const store = storeWith(podWithRacks(1));
    const items = imported();
    dispatch(store, 'importCatalog', { items, label: 'first' });
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'power.maxW', value: 900 });
    dispatch(store, 'importCatalog', { items: items.slice(1), label: 'again' });
    expect(store.getState().layout.catalogItems).toHaveLength(2);
    expect(itemOf(store, 'acme-box-2')?.power.maxW).not.toBe(900);
  });

  it('does nothing (and records no step) when there is nothing to add', () => {
    const store = storeWith(podWithRacks(1));
    expect(dispatch(store, 'importCatalog', { items: [], prices: [], label: 'empty' })).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('When an imported item with missing figures is placed', () => {
  it('is validated with the layout catalog: the incomplete-item warning appears, no unknown SKU', () => {
    const store = storeWith(withPdus(podWithRacks(1), 'rack-1', ['A', 'B']));
    dispatch(store, 'importCatalog', { items: imported(), label: 'import' });
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: sku('acme-box-2') },
      target: { kind: 'slot', rack: 'rack-1', u: 5, face: 'front' },
    });
    expect(store.getState().layout.devices).toHaveLength(1);
    const codes = selectReport(store.getState()).diagnostics.map((d) => d.code);
    expect(codes).toContain('reference.incompleteItem');
    expect(codes).not.toContain('reference.unknownSku');
  });
});

describe('When a figure of an imported item is set in the inspector', () => {
  const placed = () => {
    let layout = withPdus(podWithRacks(1), 'rack-1', ['A', 'B']);
    layout = placeDevice(layout, {
      id: deviceId('srv-1'),
      sku: sku('acme-box-2'),
      rack: rackId('rack-1'),
      u: 3,
      face: 'front',
    });
    const store = storeWith(layout);
    dispatch(store, 'importCatalog', { items: imported(), label: 'import' });
    return store;
  };

  it('updates the item, clears the figure from missing, and the rack figures follow; one undo step', () => {
    const store = placed();
    expect(itemOf(store, 'acme-box-2')?.missing).toContain('power.maxW');
    const before = store.getState().layout;
    expect(dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'power.maxW', value: 1200 })).toBe(
      true,
    );
    const item = itemOf(store, 'acme-box-2')!;
    expect(item.power.maxW).toBe(1200);
    expect(item.missing).not.toContain('power.maxW');
    expect(item.provenance.fields?.['power.maxW']).toEqual({
      grade: 'published',
      source: 'set by hand in podplan',
    });
    // The typical draw was an estimate from the old max: it follows, still flagged.
    expect(item.power.typicalW).toBe(900);
    expect(item.missing).toContain('power.typicalW');
    expect(selectReport(store.getState()).racks[0]?.kwMax).toBeCloseTo(1.2, 9);
    expect(store.getState().history.past.at(-1)?.label).toBe('Set max draw of Acme Box 2');
    expectOneUndoStep(store, before);
  });

  it('sets airflow and weight, each its own undo step', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'importCatalog', { items: imported(), label: 'import' });
    const s = 'dell-poweredge-r9999';
    expect(itemOf(store, s)?.missing).toEqual(expect.arrayContaining(['weightKg', 'thermal.airflow']));
    dispatch(store, 'setImportedFigure', { sku: s, path: 'weightKg', value: 19.5 });
    dispatch(store, 'setImportedFigure', { sku: s, path: 'thermal.airflow', value: 'rear-to-front' });
    expect(store.getState().history.past).toHaveLength(3);
    expect(itemOf(store, s)).toMatchObject({ weightKg: 19.5, thermal: { airflow: 'rear-to-front' } });
    expect(itemOf(store, s)?.missing).toEqual(['price']);
    dispatch(store, 'undo');
    expect(itemOf(store, s)?.thermal.airflow).toBe('front-to-rear');
    expect(itemOf(store, s)?.missing).toContain('thermal.airflow');
  });

  it('refuses values the catalog schema would refuse, says why, and changes nothing', () => {
    const store = placed();
    const before = store.getState().layout;
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'uHeight', value: 1.3 });
    expect(store.getState().layout).toBe(before);
    expect(store.getState().session.status).toMatch(/Cannot set the height of Acme Box 2/);
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'power.typicalW', value: 5000 });
    expect(store.getState().layout).toBe(before);
    expect(store.getState().session.status).toMatch(/typical draw 5000 W would exceed the max draw/);
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'thermal.airflow', value: 'sideways' });
    expect(store.getState().layout).toBe(before);
    dispatch(store, 'setImportedFigure', { sku: 'nvidia-dgx-h100', path: 'power.maxW', value: 1 });
    expect(store.getState().layout).toBe(before);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('keeps the layout loadable: the edited items survive save and reload', () => {
    const store = placed();
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'power.maxW', value: 1200 });
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'uHeight', value: 2.5 });
    const back = parseLayoutJson(serializeLayout(store.getState().layout));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.catalogItems).toEqual(store.getState().layout.catalogItems);
  });
});

describe('When a price list is confirmed', () => {
  it('stores the prices in one undo step, the BOM uses them, and priced imported items lose `price` from missing', () => {
    let layout = withPdus(podWithRacks(1), 'rack-1', ['A', 'B']);
    layout = placeDevice(layout, {
      id: deviceId('srv-1'),
      sku: sku('acme-box-2'),
      rack: rackId('rack-1'),
      u: 3,
      face: 'front',
    });
    const store = storeWith(layout);
    dispatch(store, 'importCatalog', { items: imported(), label: 'import' });
    const before = store.getState().layout;
    dispatch(store, 'importCatalog', {
      items: [],
      prices: [{ file: 'prices.csv', entries: [{ sku: sku('acme-box-2'), amount: 4321, currency: 'USD' }] }],
      label: 'Import 1 price from prices.csv',
    });
    expect(store.getState().layout.prices).toEqual([{ sku: 'acme-box-2', amount: 4321, currency: 'USD' }]);
    expect(itemOf(store, 'acme-box-2')?.missing).not.toContain('price');
    expect(itemOf(store, 'acme-box-2')?.provenance.fields?.['price']?.source).toBe('price list prices.csv');
    const { layout: now, catalog } = store.getState();
    const line = (
      JSON.parse(bomJsonOf(now, catalog)) as { lines: { sku: string; unitPrice: number }[] }
    ).lines.find((l) => l.sku === 'acme-box-2');
    expect(line?.unitPrice).toBe(4321);
    expectOneUndoStep(store, before);
  });

  it('merges a second list: new SKUs add, a SKU priced again takes the new price', () => {
    const store = storeWith(podWithRacks(1));
    const list = (entries: { sku: string; amount: number }[]) => ({
      file: 'p.csv',
      entries: entries.map((e) => ({ sku: sku(e.sku), amount: e.amount, currency: 'USD' })),
    });
    dispatch(store, 'importCatalog', {
      items: [],
      prices: [
        list([
          { sku: 'nvidia-dgx-h100', amount: 1 },
          { sku: 'rack-42u-600x1200', amount: 2 },
        ]),
      ],
      label: 'one',
    });
    dispatch(store, 'importCatalog', {
      items: [],
      prices: [list([{ sku: 'nvidia-dgx-h100', amount: 3 }])],
      label: 'two',
    });
    expect(store.getState().layout.prices?.map((p) => [p.sku, p.amount])).toEqual([
      ['rack-42u-600x1200', 2],
      ['nvidia-dgx-h100', 3],
    ]);
  });
});

describe('When a layout with imported items is autosaved, exported or shared', () => {
  const withImports = () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'importCatalog', { items: imported(), label: 'import' });
    dispatch(store, 'setImportedFigure', { sku: 'acme-box-2', path: 'power.maxW', value: 1500 });
    dispatch(store, 'drop', {
      payload: { kind: 'sku', sku: sku('acme-box-2') },
      target: { kind: 'slot', rack: 'rack-1', u: 5, face: 'front' },
    });
    return store;
  };

  it('reopens from the autosave with every item it references', async () => {
    const store = withImports();
    const saves = storageSaveStore(memoryStorage(), 'memory');
    const saver = startAutosave(store, saves, { tabId: 'tab-1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Hall D' });
    await saver.flush();
    const restored = (await restorePod(saves, store.getState().catalog, null, bootGuard(null))).layout;
    expect(restored?.catalogItems).toEqual(store.getState().layout.catalogItems);
    const reopened = storeWith(restored!);
    const codes = selectReport(reopened.getState()).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('reference.unknownSku');
    expect(selectReport(reopened.getState()).racks[0]?.kwMax).toBeCloseTo(1.5, 9);
  });

  it('carries the items in a share link', () => {
    const store = withImports();
    const fragment = encodeShareFragment(store.getState().layout);
    expect(fragment.ok).toBe(true);
    if (!fragment.ok) return;
    const back = decodeShareFragment(fragment.value);
    expect(back.ok && back.value.catalogItems).toEqual(store.getState().layout.catalogItems);
  });
});
