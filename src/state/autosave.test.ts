import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeLayout } from '../core';
import { CORRUPT_KEY, LAST_GOOD_KEY, restoreSaved, SAVE_KEY, startAutosave } from './autosave';
import { dispatch } from './commands/registry';
import { podWithRacks, storeWith } from './testing/podBuilder';

const memoryStorage = () => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};

afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
  it('saves after a change (debounced) and restores the same layout', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, storage, 100);
    dispatch(store, 'renamePod', { name: 'Hall B' });
    expect(storage.map.has(SAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(150);
    expect(storage.map.get(SAVE_KEY)).toBe(serializeLayout(store.getState().layout));
    const restored = restoreSaved(storage);
    expect(restored.notice).toBeNull();
    expect(restored.layout?.name).toBe('Hall B');
    expect(storage.map.get(LAST_GOOD_KEY)).toBe(storage.map.get(SAVE_KEY));
    autosave.dispose();
  });

  it('flush writes a pending change at once (pagehide)', () => {
    const storage = memoryStorage();
    const store = storeWith(podWithRacks(1));
    const autosave = startAutosave(store, storage, 10_000);
    dispatch(store, 'renamePod', { name: 'Flushed' });
    autosave.flush();
    expect(restoreSaved(storage).layout?.name).toBe('Flushed');
    autosave.dispose();
  });

  it('keeps a corrupt save aside, reports it, and starts from the last good save', () => {
    const storage = memoryStorage();
    const good = serializeLayout(podWithRacks(2));
    storage.setItem(LAST_GOOD_KEY, good);
    storage.setItem(SAVE_KEY, '{"schemaVersion": 1, "name": ');
    const restored = restoreSaved(storage);
    expect(restored.layout?.racks).toHaveLength(2);
    expect(restored.notice?.tone).toBe('error');
    expect(restored.notice?.text).toMatch(/last good save/);
    expect(restored.notice?.details?.[0]).toMatch(/^\$/);
    expect(storage.getItem(CORRUPT_KEY)).toBe('{"schemaVersion": 1, "name": ');
    expect(storage.getItem(SAVE_KEY)).toBe(good);
  });

  it('starts from an empty pod when there is no good save either', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, JSON.stringify({ schemaVersion: 1, name: 5 }));
    const restored = restoreSaved(storage);
    expect(restored.layout).toBeNull();
    expect(restored.notice?.text).toMatch(/empty pod/);
    expect(restored.notice?.keptText).toContain('"name":5');
  });
});
