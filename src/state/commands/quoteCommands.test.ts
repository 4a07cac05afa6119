import { describe, expect, it } from 'vitest';
import { bom, newQuote, sku } from '../../core';
import type { EditorStore } from '../editorStore';
import { catalog, DGX_H100, podWithRacks, storeWith } from '../testing/podBuilder';
import { dispatch } from './registry';

/** Undo then redo: the layout goes back to `before` and forward to the same object again. */
function expectOneUndoStep(store: EditorStore, steps: number) {
  const after = store.getState().layout;
  expect(store.getState().history.past).toHaveLength(steps);
  expect(dispatch(store, 'undo')).toBe(true);
  const before = store.getState().layout;
  expect(before).not.toBe(after);
  expect(dispatch(store, 'redo')).toBe(true);
  expect(store.getState().layout).toBe(after);
  return before;
}

const quotedStore = () => {
  const store = storeWith(podWithRacks(2));
  dispatch(store, 'startQuote', { quote: newQuote('2026-11-23', 'USD') });
  return store;
};
const total = (store: EditorStore) => bom(store.getState().layout, catalog).total;

describe('When a sales engineer starts a quote', () => {
  it('dates it, makes it valid for 30 days, and undo removes it', () => {
    const store = quotedStore();
    expect(store.getState().layout.quote).toMatchObject({ date: '2026-11-23', validUntil: '2026-12-23' });
    const before = expectOneUndoStep(store, 1);
    expect(before.quote).toBeUndefined();
  });

  it('edits one detail per undo step, labelled with the field', () => {
    const store = quotedStore();
    dispatch(store, 'updateQuote', { patch: { customer: 'Example Corp' } });
    expect(store.getState().history.past.at(-1)?.label).toBe('Edit quote customer');
    expect(expectOneUndoStep(store, 2).quote?.customer).toBe('');
    expect(dispatch(store, 'updateQuote', { patch: { customer: 'Example Corp' } })).toBe(false);
  });
});

describe('When discounts are set', () => {
  it('takes an overall discount off the total and undoes it in one step', () => {
    const store = quotedStore();
    const list = total(store);
    dispatch(store, 'setOverallDiscount', { pct: 10 });
    expect(total(store)).toBeCloseTo(list * 0.9, 2);
    expectOneUndoStep(store, 2);
  });

  it('lets a line discount override its kind discount, and clearing it falls back to the kind', () => {
    const store = quotedStore();
    dispatch(store, 'setKindDiscount', { kind: 'rack', pct: 20 });
    dispatch(store, 'setLineDiscount', { sku: sku('rack-42u-600x1200'), pct: 5 });
    const rackLine = () => bom(store.getState().layout, catalog).lines.find((l) => l.kind === 'rack');
    expect(rackLine()).toMatchObject({ discountPct: 5, discountFrom: 'line' });
    dispatch(store, 'setLineDiscount', { sku: sku('rack-42u-600x1200'), pct: null });
    expect(rackLine()).toMatchObject({ discountPct: 20, discountFrom: 'kind' });
    expectOneUndoStep(store, 4);
    expect(dispatch(store, 'undo')).toBe(true);
    expect(rackLine()).toMatchObject({ discountPct: 5, discountFrom: 'line' });
  });

  it('refuses a discount outside 0..100 with a message and no undo step', () => {
    const store = quotedStore();
    expect(dispatch(store, 'setOverallDiscount', { pct: 120 })).toBe(true);
    expect(store.getState().session.status).toMatch(/0 to 100/);
    expect(store.getState().history.past).toHaveLength(1);
    dispatch(store, 'setKindDiscount', { kind: 'server', pct: Number.NaN });
    expect(store.getState().history.past).toHaveLength(1);
  });
});

describe('When services are added from the quote panel', () => {
  it('adds a service line to the BOM, changes its quantity and removes it, each one undo step', () => {
    const store = quotedStore();
    const install = sku('svc-rack-installation');
    dispatch(store, 'addService', { sku: install, qty: 2 });
    const line = () => bom(store.getState().layout, catalog).lines.find((l) => l.sku === install);
    expect(line()).toMatchObject({ kind: 'service', qty: 2, extendedPrice: 5000 });
    dispatch(store, 'setServiceQty', { sku: install, qty: 3 });
    expect(line()?.qty).toBe(3);
    dispatch(store, 'removeService', { sku: install });
    expect(line()).toBeUndefined();
    expect(expectOneUndoStep(store, 4).quote?.services).toEqual([{ sku: install, qty: 3 }]);
  });

  it('refuses equipment as a service, and services before a quote exists', () => {
    const store = storeWith(podWithRacks(1));
    dispatch(store, 'addService', { sku: sku('svc-rack-installation'), qty: 1 });
    expect(store.getState().session.status).toMatch(/Start a quote/);
    dispatch(store, 'startQuote', { quote: newQuote('2026-11-23', 'USD') });
    dispatch(store, 'addService', { sku: DGX_H100, qty: 1 });
    expect(store.getState().session.status).toMatch(/not a service/);
    expect(store.getState().history.past).toHaveLength(1);
  });
});
