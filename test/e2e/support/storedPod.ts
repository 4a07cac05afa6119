/** Reads the autosaved pod the app keeps in IndexedDB (database 'podplan', store 'pod', key 'current'). */
import type { Page } from 'playwright-core';

/** The stored pod's layout text (IndexedDB). */
export const storedText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('podplan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('pod').objectStore('pod').get('current');
          req.onsuccess = () => resolve((req.result as { text: string } | undefined)?.text ?? null);
          open.result.close();
        };
      }),
  );
