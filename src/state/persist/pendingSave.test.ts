import { describe, expect, it } from 'vitest';
import { applyPendingSave, PENDING_SAVE_KEY, writePendingSave } from './pendingSave';
import { memoryStorage, storageSaveStore } from './saveStore';

const savedPod = (text: string, rev: number) => ({ text, rev, writer: 'tab-1', savedAt: 1 });

describe('The pending save written when the page goes away', () => {
  it('becomes the next revision when it is based on what the store holds, with its undo history', async () => {
    const saves = storageSaveStore(memoryStorage(), 'memory');
    await saves.save(savedPod('old', 3), 0);
    const journal = memoryStorage();
    expect(writePendingSave(journal, 3, { text: 'new', history: 'h' })).toBe(true);
    const now = await applyPendingSave(journal, saves, await saves.load());
    expect(now).toMatchObject({ text: 'new', history: 'h', rev: 4, writer: 'pending' });
    expect(await saves.load()).toMatchObject({ text: 'new', rev: 4 });
    expect(journal.getItem(PENDING_SAVE_KEY)).toBeNull();
  });

  it('is dropped when the store moved on since (the asynchronous write finished, or another tab saved)', async () => {
    const saves = storageSaveStore(memoryStorage(), 'memory');
    await saves.save(savedPod('later', 5), 0);
    const journal = memoryStorage();
    writePendingSave(journal, 4, { text: 'stale' });
    const now = await applyPendingSave(journal, saves, await saves.load());
    expect(now).toMatchObject({ text: 'later', rev: 5 });
    expect(journal.getItem(PENDING_SAVE_KEY)).toBeNull();
  });

  it('is written to an empty store as revision 1, and a refused or unreadable journal changes nothing', async () => {
    const saves = storageSaveStore(memoryStorage(), 'memory');
    const journal = memoryStorage();
    writePendingSave(journal, 0, { text: 'first' });
    expect(await applyPendingSave(journal, saves, null)).toMatchObject({ text: 'first', rev: 1 });
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writePendingSave(full, 1, { text: 'x' })).toBe(false);
    journal.setItem(PENDING_SAVE_KEY, '{not json');
    expect(await applyPendingSave(journal, saves, await saves.load())).toMatchObject({
      text: 'first',
      rev: 1,
    });
  });
});
