/**
 * Reads the autosaved pod the app keeps in IndexedDB (database 'podplan', store 'pod'): its last snapshot with the
 * journal of edits since applied, through the app's own save store (the hook's `storedText`).
 */
import type { Page } from 'playwright-core';

/** The stored pod's layout text (IndexedDB), as `serializeLayout` writes it. */
export const storedText = (page: Page) => page.evaluate(() => window.__podplan!.storedText());

/** The raw records under the pod store's keys ('current' snapshot, 'journal'), to tell a journal save from a snapshot. */
export const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ snapshot: string | null; steps: number }>((resolve, reject) => {
        const open = indexedDB.open('podplan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('pod').objectStore('pod');
          const current = store.get('current');
          const journal = store.get('journal');
          journal.onsuccess = () =>
            resolve({
              snapshot: (current.result as { text: string } | undefined)?.text ?? null,
              steps: (journal.result as { steps: string[] } | undefined)?.steps.length ?? 0,
            });
          open.result.close();
        };
      }),
  );
