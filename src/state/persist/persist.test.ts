import { describe, expect, it } from 'vitest';
import { builtinCatalog, serializeLayout } from '../../core';
import { dispatch } from '../commands/registry';
import { DGX_H100, podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { startAutosave } from './autosave';
import { BOOT_KEY, bootGuard } from './bootGuard';
import { LEGACY_CORRUPT_KEY, LEGACY_LAST_GOOD_KEY, LEGACY_SAVE_KEY } from './legacySave';
import { restorePod } from './restore';
import type { SaveStore, StorageLike } from './saveStore';
import { ASIDE_LIMIT, memoryStorage, storageSaveStore } from './saveStore';

const fresh = () => {
  const local = memoryStorage();
  return { local, saves: storageSaveStore(memoryStorage(), 'memory') };
};
const restore = (saves: SaveStore, local: StorageLike | null = null) =>
  restorePod(saves, builtinCatalog, local, bootGuard(local));

const place = (store: ReturnType<typeof storeWith>, u: number) =>
  dispatch(store, 'drop', {
    payload: { kind: 'sku', sku: DGX_H100 },
    target: { kind: 'slot', rack: 'rack-1', u, face: 'front' },
  });

describe('Autosave and restore', () => {
  it('restores the pod and its undo steps after a reload; undo then walks back the same edits', async () => {
    const { saves } = fresh();
    const store = storeWith(withPdus(podWithRacks(2), 'rack-1', ['A', 'B']));
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    place(store, 1);
    place(store, 11);
    dispatch(store, 'renamePod', { name: 'Hall B' });
    dispatch(store, 'undo'); // one redo step too
    await autosave.flush();
    autosave.dispose();

    const restored = await restore(saves);
    expect(restored.notice).toBeNull();
    expect(restored.layout?.devices).toHaveLength(2);
    expect(restored.history.past.map((s) => s.label)).toEqual(
      store.getState().history.past.map((s) => s.label),
    );
    expect(restored.history.future.map((s) => s.label)).toEqual(['Rename pod']);
    const reloaded = storeWith(restored.layout!);
    reloaded.setState({ history: restored.history });
    dispatch(reloaded, 'undo');
    expect(reloaded.getState().layout.devices.map((d) => d.u)).toEqual([1]);
    dispatch(reloaded, 'undo');
    expect(reloaded.getState().layout.devices).toHaveLength(0);
    expect(dispatch(reloaded, 'undo')).toBe(false);
    // Walking forward again reaches exactly what was saved, then the redo step kept from before the reload.
    dispatch(reloaded, 'redo');
    dispatch(reloaded, 'redo');
    expect(serializeLayout(reloaded.getState().layout)).toBe(serializeLayout(restored.layout!));
    dispatch(reloaded, 'redo');
    expect(reloaded.getState().layout.name).toBe('Hall B');
  });

  it('keeps at most 50 undo steps with the save', async () => {
    const { saves } = fresh();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    for (let i = 1; i <= 60; i++) dispatch(store, 'renamePod', { name: `Name ${i}` });
    await autosave.flush();
    const restored = await restore(saves);
    expect(restored.history.past).toHaveLength(50);
    // The oldest kept step is the layout before rename 11 (renames 11..60 are the 50 newest).
    expect(restored.history.past[0]?.layout.name).toBe('Name 10');
  });

  it('writes nothing on restore: no second copy of the pod', async () => {
    const local = memoryStorage();
    const saves = storageSaveStore(local);
    await saves.save({ text: serializeLayout(podWithRacks(3)), rev: 4, writer: 'x', savedAt: 1 }, 0);
    const before = new Map(local.map);
    const restored = await restore(saves);
    expect(restored.layout?.racks).toHaveLength(3);
    expect(restored.baseRev).toBe(4);
    expect(local.map).toEqual(before);
  });
});

describe('An existing user after the update (localStorage saves)', () => {
  it('finds the saved pod, moves it into the store and frees the old keys', async () => {
    const { local, saves } = fresh();
    local.setItem(LEGACY_SAVE_KEY, serializeLayout(podWithRacks(2)));
    local.setItem(LEGACY_LAST_GOOD_KEY, serializeLayout(podWithRacks(2)));
    const restored = await restore(saves, local);
    expect(restored.layout?.racks.map((r) => r.name)).toEqual(['A1', 'A2']);
    expect(restored.notice).toBeNull();
    expect(local.map.size).toBe(1); // only the boot marker
    expect((await saves.load())?.text).toBe(serializeLayout(podWithRacks(2)));
  });

  it('opens the last good save when the save itself is damaged, keeping both damaged copies aside', async () => {
    const { local, saves } = fresh();
    local.setItem(LEGACY_SAVE_KEY, '{"schemaVersion": 1, "name": ');
    local.setItem(LEGACY_LAST_GOOD_KEY, serializeLayout(podWithRacks(1)));
    local.setItem(LEGACY_CORRUPT_KEY, 'older damage');
    const restored = await restore(saves, local);
    expect(restored.layout?.racks).toHaveLength(1);
    expect((await saves.listAside()).map((a) => a.text)).toEqual([
      'older damage',
      '{"schemaVersion": 1, "name": ',
    ]);
  });

  it('opens the old save in place when the store is full, leaving the old keys untouched', async () => {
    const local = memoryStorage();
    const text = serializeLayout(podWithRacks(2));
    local.setItem(LEGACY_SAVE_KEY, text);
    const full = fullStore();
    const restored = await restore(full, local);
    expect(restored.layout?.racks).toHaveLength(2);
    expect(restored.notice?.text).toMatch(/could not be moved/);
    expect(restored.notice?.offerExport).toBe(true);
    expect(local.getItem(LEGACY_SAVE_KEY)).toBe(text);
  });
});

/** A store that reads but whose every write fails as a full browser storage does. */
function fullStore(
  inner: SaveStore = storageSaveStore(memoryStorage(), 'memory'),
): SaveStore & { free: () => void } {
  let full = true;
  const quota = () =>
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return {
    ...inner,
    save: (pod, base) => (full ? Promise.reject(quota()) : inner.save(pod, base)),
    putAside: (s) => (full ? Promise.reject(quota()) : inner.putAside(s)),
    free: () => void (full = false),
  };
}

describe('A save that cannot be opened', () => {
  it('is kept aside and the app starts empty; a second damaged save never replaces the first', async () => {
    const { saves } = fresh();
    await saves.save({ text: '{"schemaVersion":2,"name":', rev: 1, writer: 'a', savedAt: 1 }, 0);
    const first = await restore(saves);
    expect(first.layout).toBeNull();
    expect(first.notice?.text).toMatch(/could not be read.*empty pod/);
    expect(first.notice?.keptText).toBe('{"schemaVersion":2,"name":');
    // The stored save is now the empty pod, so a reload does not meet the damage again.
    expect((await restore(saves)).notice).toBeNull();

    await saves.save({ text: 'second damage', rev: 3, writer: 'a', savedAt: 2 }, first.baseRev);
    await restore(saves);
    expect((await saves.listAside()).map((a) => a.text)).toEqual([
      '{"schemaVersion":2,"name":',
      'second damage',
    ]);
  });

  it(`keeps the newest ${ASIDE_LIMIT} pods aside`, async () => {
    const { saves } = fresh();
    for (let i = 0; i < ASIDE_LIMIT + 2; i++)
      await saves.putAside({ id: `aside-${i + 10}`, text: `${i}`, reason: 'r', at: i });
    expect((await saves.listAside()).map((a) => a.text)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('is set aside when the last visit never finished starting with it', async () => {
    const { local, saves } = fresh();
    await saves.save({ text: serializeLayout(podWithRacks(1)), rev: 1, writer: 'a', savedAt: 7 }, 0);
    const first = await restore(saves, local);
    expect(first.layout?.racks).toHaveLength(1);
    expect(local.getItem(BOOT_KEY)).toBe('1:a:7'); // never cleared: the app "froze"
    const second = await restore(saves, local);
    expect(second.layout).toBeNull();
    expect(second.notice?.text).toMatch(/did not finish starting/);
    expect((await saves.listAside())[0]?.text).toBe(serializeLayout(podWithRacks(1)));
  });

  it('opens normally when the last visit started', async () => {
    const { local, saves } = fresh();
    await saves.save({ text: serializeLayout(podWithRacks(1)), rev: 1, writer: 'a', savedAt: 7 }, 0);
    await restore(saves, local);
    bootGuard(local).started();
    expect((await restore(saves, local)).layout?.racks).toHaveLength(1);
  });
});

describe('Storage full', () => {
  it('says at once that changes are not saved, offers the export, and saves again when there is room', async () => {
    const saves = fullStore();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Unsaved' });
    await autosave.flush();
    const notice = store.getState().session.notice;
    expect(notice?.text).toMatch(/not being saved: the browser's storage for this site is full/);
    expect(notice?.offerExport).toBe(true);
    saves.free();
    dispatch(store, 'renamePod', { name: 'Saved' });
    await autosave.flush();
    expect(store.getState().session.notice?.text).toMatch(/Saving works again/);
    expect((await restore(saves)).layout?.name).toBe('Saved');
  });
});

describe('Two tabs on the same pod', () => {
  async function twoTabs() {
    const { saves } = fresh();
    await saves.save({ text: serializeLayout(podWithRacks(1)), rev: 1, writer: 'a', savedAt: 1 }, 0);
    const base = await restore(saves);
    const tabA = storeWith(base.layout!);
    const tabB = storeWith(base.layout!);
    const a = startAutosave(tabA, saves, { tabId: 'A', baseRev: base.baseRev, delayMs: 10_000 });
    const b = startAutosave(tabB, saves, { tabId: 'B', baseRev: base.baseRev, delayMs: 10_000 });
    dispatch(tabA, 'renamePod', { name: 'From A' });
    await a.flush();
    dispatch(tabB, 'renamePod', { name: 'From B' });
    await b.flush();
    return { saves, tabA, tabB, a, b };
  }

  it("a tab never overwrites the other's newer save: it asks instead", async () => {
    const { saves, tabB } = await twoTabs();
    expect(tabB.getState().session.tabConflict).not.toBeNull();
    expect((await restore(saves)).layout?.name).toBe('From A');
  });

  it("keeping this tab's version keeps the other's aside", async () => {
    const { saves, tabB, b } = await twoTabs();
    await b.keepMine();
    expect(tabB.getState().session.tabConflict).toBeNull();
    expect((await restore(saves)).layout?.name).toBe('From B');
    const aside = await saves.listAside();
    expect(aside.map((x) => JSON.parse(x.text).name as string)).toEqual(['From A']);
  });

  it("opening the other tab's version keeps this tab's aside and one Undo away", async () => {
    const { saves, tabB, b } = await twoTabs();
    await b.takeTheirs();
    expect(tabB.getState().layout.name).toBe('From A');
    expect((await saves.listAside()).map((x) => JSON.parse(x.text).name as string)).toEqual(['From B']);
    dispatch(tabB, 'undo');
    expect(tabB.getState().layout.name).toBe('From B');
  });
});
