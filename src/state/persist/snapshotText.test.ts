import { describe, expect, it } from 'vitest';
import { serializeLayout } from '../../core';
import { dispatch } from '../commands/registry';
import { podWithRacks, storeWith } from '../testing/podBuilder';
import { startAutosave } from './autosave';
import { memoryStorage, storageSaveStore } from './saveStore';
import { rememberSnapshot, snapshotText } from './snapshotText';

const snapshotIn = (raw: ReturnType<typeof memoryStorage>) =>
  (JSON.parse(raw.map.get('podplan.pod') ?? 'null') as { text: string } | null)?.text;

describe('A pod opened with its saved text already made', () => {
  it("is saved with that text, written when it comes (the check worker's), without serializing on the page", async () => {
    const raw = memoryStorage();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, storageSaveStore(raw, 'memory'), {
      tabId: 't',
      baseRev: 0,
      delayMs: 5,
    });
    const opened = podWithRacks(4);
    let give: (text: string | null) => void = () => undefined;
    // A marker stands for the worker's text: the page must write it as it is (the worker's is serializeLayout's).
    rememberSnapshot(opened, new Promise((resolve) => (give = resolve)));
    dispatch(store, 'replaceLayout', { layout: opened, label: 'Import big.json' });
    const flushed = autosave.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(snapshotIn(raw)).toBeUndefined();
    give(`${serializeLayout(opened)} `);
    await flushed;
    expect(snapshotIn(raw)).toBe(`${serializeLayout(opened)} `);
    autosave.dispose();
  });

  it('falls back to serializing when the text could not be made (no worker, or it failed)', async () => {
    const layout = podWithRacks(2);
    rememberSnapshot(layout, Promise.resolve(null));
    expect(await snapshotText(layout)).toBe(serializeLayout(layout));
    const failed = podWithRacks(3);
    rememberSnapshot(failed, Promise.reject(new Error('worker gone')));
    expect(await snapshotText(failed)).toBe(serializeLayout(failed));
    expect(await snapshotText(podWithRacks(1))).toBe(serializeLayout(podWithRacks(1)));
  });
});
