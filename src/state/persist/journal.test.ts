import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, serializeLayout } from '../../core';
import { dispatch } from '../commands/registry';
import type { EditorStore } from '../editorStore';
import { DGX_H100, podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { startAutosave } from './autosave';
import { bootGuard } from './bootGuard';
import { JOURNAL_MAX_STEPS } from './journal';
import { restorePod } from './restore';
import type { SaveStore } from './saveStore';
import { memoryStorage, storageSaveStore } from './saveStore';

const restore = (saves: SaveStore) => restorePod(saves, builtinCatalog, null, bootGuard(null));

/** A store of the app's own shape over memory, and its raw keys (snapshot 'podplan.pod', 'podplan.journal'). */
function memoryStore() {
  const raw = memoryStorage();
  const saves = storageSaveStore(raw, 'memory');
  const snapshotText = () =>
    (JSON.parse(raw.map.get('podplan.pod') ?? 'null') as { text: string } | null)?.text;
  const steps = () =>
    (JSON.parse(raw.map.get('podplan.journal') ?? 'null') as { steps: string[] } | null)?.steps.length ?? 0;
  return { raw, saves, snapshotText, steps };
}

/** Ten racks with PDUs: a snapshot of several thousand characters, so single edits stay in the journal. */
const pod = () => {
  let layout = podWithRacks(10);
  for (let i = 1; i <= 10; i++) layout = withPdus(layout, `rack-${i}`, ['A', 'B']);
  return layout;
};

const place = (store: EditorStore, rack: number, u: number) =>
  dispatch(store, 'drop', {
    payload: { kind: 'sku', sku: DGX_H100 },
    target: { kind: 'slot', rack: `rack-${rack}`, u, face: 'front' },
  });

describe('The autosave journal', () => {
  it('writes an edit as a step after the snapshot, leaves the snapshot alone, and restores the same pod', async () => {
    const { saves, snapshotText, steps } = memoryStore();
    const store = storeWith(pod());
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Hall C' });
    await autosave.flush(); // no journal known yet: a full snapshot
    const snapshot = snapshotText();
    expect(snapshot).toBe(serializeLayout(store.getState().layout));
    place(store, 1, 1);
    await autosave.flush();
    place(store, 2, 11);
    await autosave.flush();
    expect(snapshotText()).toBe(snapshot);
    expect(steps()).toBe(2);
    const restored = await restore(saves);
    expect(restored.notice).toBeNull();
    expect(serializeLayout(restored.layout!)).toBe(serializeLayout(store.getState().layout));
    expect(restored.baseRev).toBe(3);
    expect(restored.journal?.steps).toHaveLength(2);
    expect(restored.history.past.map((s) => s.label)).toEqual(
      store.getState().history.past.map((s) => s.label),
    );
    autosave.dispose();
  });

  it('a restored tab appends to the journal it found, and undo after a reload walks back', async () => {
    const { saves, snapshotText, steps } = memoryStore();
    const first = storeWith(pod());
    const a = startAutosave(first, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(first, 'renamePod', { name: 'Hall C' });
    await a.flush();
    place(first, 1, 1);
    await a.flush();
    a.dispose();
    const snapshot = snapshotText();

    const back = await restore(saves);
    const second = storeWith(back.layout!);
    second.setState({ history: back.history });
    const b = startAutosave(second, saves, {
      tabId: 't2',
      baseRev: back.baseRev,
      journal: back.journal,
      delayMs: 10_000,
    });
    place(second, 3, 21);
    await b.flush();
    expect(snapshotText()).toBe(snapshot);
    expect(steps()).toBe(2);
    const again = await restore(saves);
    expect(again.layout?.devices.map((d) => d.rack)).toEqual(['rack-1', 'rack-3']);
    const reloaded = storeWith(again.layout!);
    reloaded.setState({ history: again.history });
    dispatch(reloaded, 'undo');
    expect(reloaded.getState().layout.devices.map((d) => d.rack)).toEqual(['rack-1']);
    b.dispose();
  });

  it(`folds the journal into a snapshot after ${JOURNAL_MAX_STEPS} steps`, async () => {
    const { saves, snapshotText, steps } = memoryStore();
    const store = storeWith(pod());
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Name 0' });
    await autosave.flush();
    for (let i = 1; i <= JOURNAL_MAX_STEPS; i++) {
      dispatch(store, 'renamePod', { name: `Name ${i}` });
      await autosave.flush();
    }
    expect(steps()).toBe(JOURNAL_MAX_STEPS);
    dispatch(store, 'renamePod', { name: 'Name 51' });
    await autosave.flush();
    expect(steps()).toBe(0);
    expect(snapshotText()).toBe(serializeLayout(store.getState().layout));
    expect((await restore(saves)).layout?.name).toBe('Name 51');
  });

  it('writes a snapshot instead when the steps outweigh a quarter of it (an import rewrites the pod)', async () => {
    const { saves, steps } = memoryStore();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Small' });
    await autosave.flush();
    dispatch(store, 'replaceLayout', { layout: pod(), label: 'Import pod.json' });
    await autosave.flush();
    expect(steps()).toBe(0);
    expect(serializeLayout((await restore(saves)).layout!)).toBe(serializeLayout(pod()));
  });

  it('folds the journal into a snapshot a while after the last edit', async () => {
    const { saves, snapshotText, steps } = memoryStore();
    const store = storeWith(pod());
    const autosave = startAutosave(store, saves, {
      tabId: 't1',
      baseRev: 0,
      delayMs: 10_000,
      compactAfterMs: 20,
    });
    dispatch(store, 'renamePod', { name: 'Hall C' });
    await autosave.flush();
    place(store, 1, 1);
    await autosave.flush();
    expect(steps()).toBe(1);
    await expect.poll(steps).toBe(0);
    expect(snapshotText()).toBe(serializeLayout(store.getState().layout));
    // The same pod at the same revision: a tab that saw revision 2 has nothing new to see.
    expect((await restore(saves)).baseRev).toBe(2);
    autosave.dispose();
  });

  it("folding keeps the revision, so another tab's choice made on that revision still saves", async () => {
    const { saves, steps } = memoryStore();
    const seed = storeWith(pod());
    const s = startAutosave(seed, saves, { tabId: 's', baseRev: 0, delayMs: 10_000 });
    dispatch(seed, 'renamePod', { name: 'Base' });
    await s.flush();
    s.dispose();
    const base = await restore(saves);
    const tabA = storeWith(base.layout!);
    const tabB = storeWith(base.layout!);
    const options = { baseRev: base.baseRev, journal: base.journal, delayMs: 10_000 };
    const a = startAutosave(tabA, saves, { tabId: 'A', ...options, compactAfterMs: 20 });
    const b = startAutosave(tabB, saves, { tabId: 'B', ...options });
    place(tabA, 1, 1);
    await a.flush();
    place(tabB, 2, 1);
    await b.flush();
    expect(tabB.getState().session.tabConflict).not.toBeNull();
    await expect.poll(steps).toBe(0); // A folded its journal meanwhile
    await b.keepMine();
    expect(tabB.getState().session.tabConflict).toBeNull();
    expect((await restore(saves)).layout?.devices.map((d) => d.rack)).toEqual(['rack-2']);
    a.dispose();
    b.dispose();
  });

  it('a journal that does not fit its snapshot is refused like a damaged file: kept aside, empty pod', async () => {
    const { raw, saves } = memoryStore();
    const store = storeWith(pod());
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Hall C' });
    await autosave.flush();
    place(store, 1, 1);
    await autosave.flush();
    const journal = JSON.parse(raw.map.get('podplan.journal')!) as { steps: string[] };
    raw.map.set('podplan.journal', JSON.stringify({ ...journal, steps: ['{"devices":{"a":[[0,99]]}}'] }));
    const restored = await restore(saves);
    expect(restored.layout).toBeNull();
    expect(restored.notice?.text).toMatch(/could not be opened \(it could not be read\)/);
    expect(restored.notice?.details).toEqual([
      '$: the saved pod could not be read (edit 1 of 1 in the journal: layout delta: devices run out of range)',
    ]);
    // The snapshot is what could be read, and it is kept aside.
    expect(JSON.parse((await saves.listAside())[0]!.text).name).toBe('Hall C');
  });

  it('a step that breaks the schema is refused with the JSON path', async () => {
    const { raw, saves } = memoryStore();
    const store = storeWith(pod());
    const autosave = startAutosave(store, saves, { tabId: 't1', baseRev: 0, delayMs: 10_000 });
    dispatch(store, 'renamePod', { name: 'Hall C' });
    await autosave.flush();
    place(store, 1, 1);
    await autosave.flush();
    const journal = JSON.parse(raw.map.get('podplan.journal')!) as { steps: string[] };
    raw.map.set(
      'podplan.journal',
      JSON.stringify({ ...journal, steps: [journal.steps[0]!.replace('"u":1', '"u":-1')] }),
    );
    const restored = await restore(saves);
    expect(restored.layout).toBeNull();
    expect(restored.notice?.details?.[0]).toMatch(/^\$\.devices\[0\]\.u: /);
  });

  it("two tabs: a tab's journal is what the other tab keeps aside or opens", async () => {
    const { saves } = memoryStore();
    const seed = storeWith(pod());
    const s = startAutosave(seed, saves, { tabId: 's', baseRev: 0, delayMs: 10_000 });
    dispatch(seed, 'renamePod', { name: 'Base' });
    await s.flush();
    s.dispose();
    const base = await restore(saves);
    const tabA = storeWith(base.layout!);
    const tabB = storeWith(base.layout!);
    const options = { baseRev: base.baseRev, journal: base.journal, delayMs: 10_000 };
    const a = startAutosave(tabA, saves, { tabId: 'A', ...options });
    const b = startAutosave(tabB, saves, { tabId: 'B', ...options });
    place(tabA, 1, 1);
    await a.flush(); // a journal step
    place(tabB, 2, 1);
    await b.flush();
    expect(tabB.getState().session.tabConflict).not.toBeNull();
    await b.keepMine();
    expect((await restore(saves)).layout?.devices.map((d) => d.rack)).toEqual(['rack-2']);
    const aside = JSON.parse((await saves.listAside())[0]!.text) as { devices: { rack: string }[] };
    expect(aside.devices.map((d) => d.rack)).toEqual(['rack-1']);
    // Tab A now meets B's save, opens it, then edits on: its journal follows B's snapshot.
    place(tabA, 3, 1);
    await a.flush();
    await a.takeTheirs();
    expect(tabA.getState().layout.devices.map((d) => d.rack)).toEqual(['rack-2']);
    place(tabA, 4, 1);
    await a.flush();
    expect((await restore(saves)).layout?.devices.map((d) => d.rack)).toEqual(['rack-2', 'rack-4']);
  });
});

describe('Restoring a journalled save equals the pod that was saved (property)', () => {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('place' as const),
      rack: fc.integer({ min: 1, max: 10 }),
      u: fc.integer({ min: 1, max: 41 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), rack: fc.integer({ min: 1, max: 10 }) }),
    fc.record({ kind: fc.constant('rename' as const), name: fc.string({ minLength: 1, maxLength: 12 }) }),
    fc.constant({ kind: 'undo' as const }),
    fc.constant({ kind: 'redo' as const }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
  const apply = (store: EditorStore, e: Edit) => {
    if (e.kind === 'place') place(store, e.rack, e.u);
    else if (e.kind === 'delete') {
      const device = store.getState().layout.devices.find((d) => d.rack === `rack-${e.rack}`);
      if (!device) return;
      dispatch(store, 'select', { refs: [{ kind: 'device', id: device.id }] });
      dispatch(store, 'deleteSelection');
    } else if (e.kind === 'rename') dispatch(store, 'renamePod', { name: e.name });
    else dispatch(store, e.kind);
  };

  it('after every flush of a random edit sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
        const { saves } = memoryStore();
        const store = storeWith(pod());
        const autosave = startAutosave(store, saves, { tabId: 't', baseRev: 0, delayMs: 10_000 });
        dispatch(store, 'renamePod', { name: 'Start' });
        await autosave.flush(); // the snapshot the journal follows
        for (const e of edits) {
          apply(store, e);
          await autosave.flush();
        }
        autosave.dispose();
        const restored = await restore(saves);
        expect(restored.notice).toBeNull();
        expect(serializeLayout(restored.layout!)).toBe(serializeLayout(store.getState().layout));
      }),
      { numRuns: 40 },
    );
  });
});
