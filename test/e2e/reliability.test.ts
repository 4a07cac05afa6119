import { storedText } from './support/storedPod';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeShareFragment, serializeLayout } from '../../src/core';
import { bigPod } from '../fixtures/bigPod';
import { settle } from './support/browser';
import { HOSTILE_PODS } from './support/hostilePods';
import { testPod, testPodJson } from './support/pods';
import { ROOT } from './support/previewServer';
import { appUrl, importText, openFresh, tempDir, useBrowser } from './support/scenario';

const SHOTS = '/tmp/relapp-shots';
mkdirSync(SHOTS, { recursive: true });

const layoutOf = () => JSON.stringify(window.__podplan!.getState().layout);
const ready = (page: Page) =>
  page.waitForFunction(() => window.__podplan?.r3f() != null, undefined, { timeout: 90_000 });

/** Screenshots of what is on screen at both sizes the brief names. */
async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await settle(page);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) });
    // Layout facts: the notice and dialogs fit the window.
    const overflow = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-testid=notice], [data-testid=tab-conflict], [data-testid=area-error]',
        ),
      ]
        .map((el) => el.getBoundingClientRect())
        .some((r) => r.right > window.innerWidth + 1 || r.left < -1),
    );
    expect(overflow).toBe(false);
  }
}

/** The records kept aside in IndexedDB, oldest first. */
const asideTexts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('podplan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('aside').objectStore('aside').getAll();
          req.onsuccess = () => resolve((req.result as { text: string }[]).map((a) => a.text));
          open.result.close();
        };
      }),
  );

const noticeText = (page: Page) => page.textContent('[data-testid=notice]');

describe('Nothing a file, a link or a big pod can do bricks the app or loses work', () => {
  const browser = useBrowser();

  it('pods that bricked the app are refused by file and by link; after a reload the previous pod is intact', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson(), 'previous.json');
    const previous = await page.evaluate(layoutOf);
    for (const hostile of HOSTILE_PODS) {
      await importText(page, hostile.text, hostile.name);
      expect(await noticeText(page)).toMatch(
        new RegExp(`${hostile.name.replace('.', '\\.')} was not imported`),
      );
      expect(await page.evaluate(layoutOf)).toBe(previous);
      const link = encodeShareFragment(hostile.layout);
      if (link.ok) {
        await page.evaluate((f) => (window.location.hash = f), link.value);
        await page.waitForFunction(
          () =>
            /share link could not be opened/.test(
              document.querySelector('[data-testid=notice]')?.textContent ?? '',
            ),
          undefined,
          { timeout: 60_000 },
        );
        expect(await page.isVisible('[data-testid=share-offer]')).toBe(false);
      }
    }
    await shots(page, 'refused-file');
    await page.reload();
    await ready(page);
    expect(await page.evaluate(layoutOf)).toBe(previous);
    await context.close();
  });

  it('a pod that cannot be drawn: each panel says so, and "Set this pod aside" opens an empty pod and keeps it', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await page.evaluate(() => {
      const l = window.__podplan!.getState().layout;
      const bad = { ...l };
      // The rules read the pod limits on every render; reading them fails.
      Object.defineProperty(bad, 'limits', {
        enumerable: true,
        get: () => {
          throw new Error('test: a record that cannot be read');
        },
      });
      try {
        window.__podplan!.dispatch('replaceLayout', { layout: bad, label: 'Bad pod' });
      } catch {
        // A store listener outside React may meet the failure first; the panels must still say so.
      }
    });
    await page.waitForSelector('[data-testid=area-error]');
    expect(await page.textContent('[data-testid=area-error]')).toMatch(
      /stopped working\. test: a record that cannot be read/,
    );
    await shots(page, 'area-error');
    await page.click('[data-testid=set-pod-aside]');
    await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 0);
    await page.waitForSelector('[data-testid=area-error]', { state: 'detached' });
    expect(await noticeText(page)).toMatch(/could not be shown.*opened an empty pod.*kept aside/);
    expect(await asideTexts(page)).toHaveLength(1);
    await context.close();
  });

  it('a 20,000-device pod autosaves and comes back after a reload, with no second copy in localStorage', async () => {
    const { page, context } = await openFresh(browser());
    const big = serializeLayout(bigPod(20_000));
    const file = join(tempDir(), 'big.json');
    writeFileSync(file, big);
    await page.setInputFiles('[data-testid=import-input]', file);
    await page.waitForFunction(
      () => /Imported big\.json/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''),
      undefined,
      { timeout: 300_000 },
    );
    expect(await page.evaluate(() => window.__podplan!.getState().layout.devices.length)).toBe(20_000);
    await page.evaluate(() => window.__podplan!.dispatch('renamePod', { name: 'Big pod, renamed' }));
    await expect
      .poll(async () => (await storedText(page))?.includes('Big pod, renamed'), { timeout: 60_000 })
      .toBe(true);
    await page.reload();
    await ready(page);
    const back = await page.evaluate(() => {
      const s = window.__podplan!.getState();
      return {
        devices: s.layout.devices.length,
        name: s.layout.name,
        undo: s.history.past.map((h) => h.label),
        keys: Object.keys(localStorage),
      };
    });
    expect(back.devices).toBe(20_000);
    expect(back.name).toBe('Big pod, renamed');
    expect(back.undo).toEqual(['Import big.json', 'Rename pod']);
    expect(back.keys.filter((k) => k.startsWith('podplan.layout'))).toEqual([]);
    await context.close();
  }, 400_000);

  it("an existing user's pod in a full localStorage is found after the update and moved out", async () => {
    const { page, context } = await openFresh(browser());
    await page.evaluate((text) => {
      localStorage.setItem('podplan.layout', text);
      localStorage.setItem('podplan.layout.lastGood', text);
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`junk-${i}`, chunk);
        } catch {
          break;
        }
      }
    }, testPodJson());
    await page.reload();
    await ready(page);
    expect(await page.evaluate(layoutOf)).toBe(JSON.stringify(testPod()));
    expect(await page.evaluate(() => localStorage.getItem('podplan.layout'))).toBeNull();
    expect(await storedText(page)).toBe(testPodJson());
    await context.close();
  });

  it('storage full before load: the saved pod is shown with a notice, and edits say they are not saved', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await expect.poll(() => storedText(page), { timeout: 30_000 }).toBe(testPodJson());
    // Chromium here ignores DevTools' quota override, so every IndexedDB write fails the way a full disk makes it.
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await ready(page);
    expect(await page.evaluate(layoutOf)).toBe(JSON.stringify(testPod()));
    expect(await noticeText(page)).toMatch(/storage for this site is (nearly )?full/);
    expect(await page.isVisible('[data-testid=notice-export]')).toBe(true);
    await page.evaluate(() => window.__podplan!.dispatch('renamePod', { name: 'Edited while full' }));
    await page.waitForFunction(() =>
      /not being saved/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''),
    );
    await shots(page, 'storage-full');
    const download = page.waitForEvent('download');
    await page.click('[data-testid=notice-export]');
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('Edited while full');
    await context.close();
  });

  it("two tabs on one pod: the second save asks, and neither tab's work is lost", async () => {
    const { page: a, context } = await openFresh(browser());
    await importText(a, testPodJson());
    await expect.poll(() => storedText(a), { timeout: 30_000 }).toBe(testPodJson());
    const b = await context.newPage();
    await b.goto(appUrl());
    await ready(b);
    await a.waitForFunction(() =>
      /also open in another tab/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''),
    );
    await a.evaluate(() => window.__podplan!.dispatch('renamePod', { name: 'From A' }));
    await b.waitForSelector('[data-testid=tab-conflict]');
    await b.evaluate(() => window.__podplan!.dispatch('renamePod', { name: 'From B' }));
    await b.waitForTimeout(600);
    expect(JSON.parse((await storedText(b))!).name).toBe('From A'); // B did not overwrite A
    await shots(b, 'two-tabs');
    await b.click('[data-testid=keep-mine]');
    await a.waitForSelector('[data-testid=tab-conflict]');
    expect(JSON.parse((await storedText(a))!).name).toBe('From B');
    expect((await asideTexts(a)).map((t) => JSON.parse(t).name)).toEqual(['From A']);
    await a.click('[data-testid=take-theirs]');
    await a.waitForFunction(() => window.__podplan!.getState().layout.name === 'From B');
    await context.close();
  });

  it('works under its Content-Security-Policy: load, drag, NetBox import worker, quote print page', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    const { page, context, errors } = await openFresh(browser());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload();
    await ready(page);
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    await page.dragAndDrop('[data-sku="nvidia-dgx-h100"]', '.face[data-face="front"] .slot[data-u="20"]');
    await expect
      .poll(() => page.evaluate(() => window.__podplan!.getState().layout.devices.length))
      .toBe(testPod().devices.length + 1);
    const yaml = join(tempDir(), 'switch.yaml');
    writeFileSync(
      yaml,
      'manufacturer: Acme\nmodel: CSP Switch\nslug: acme-csp-switch\nu_height: 1\nis_full_depth: true\n',
    );
    await page.setInputFiles('[data-testid=catalog-import-files]', yaml);
    await page.waitForSelector('[data-testid=import-summary]', { timeout: 30_000 });
    await page.evaluate(() => (window.location.hash = '#quote'));
    await page.waitForSelector('.quote-page');
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
