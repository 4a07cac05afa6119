import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addLink, deviceId, linkId, serializeLayout } from '../../src/core';
import { openApp, settle } from './support/browser';
import { chooseFromMenu } from './support/menus';
import { DGX_H100, testPod } from './support/pods';
import { appUrl, importText, screenshot, useBrowser } from './support/scenario';

type Rect = { top: number; bottom: number; left: number; right: number; width: number; height: number };
const rect = (page: Page, selector: string): Promise<Rect> =>
  page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });

describe('The editor keeps its layout at laptop sizes', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`one-row toolbar, full-width workspace while searching, one-line status bar, help, schedule (${width}×${height})`, async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), { width, height });

      // The toolbar's menus, history, summary, units and help sit on one row.
      const toolbar = await rect(page, '.toolbar');
      expect(toolbar.height).toBeLessThanOrEqual(48);
      const tops = await page.$$eval('.toolbar > *', (kids) =>
        kids.map((k) => k.getBoundingClientRect().top),
      );
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(6);

      // Searching the catalog on an empty pod: "400G" finds the DGX H100 (port speeds are searched) and the
      // workspace keeps the window's width, the status bar at the bottom.
      await page.fill('.palette input', '400G');
      await page.waitForSelector(`[data-sku="${DGX_H100}"]`);
      await settle(page);
      const workspace = await rect(page, '.workspace');
      expect(workspace.width).toBeGreaterThanOrEqual(width - 1);
      const status = await rect(page, '.statusbar');
      expect(status.bottom).toBeGreaterThanOrEqual(height - 1);
      expect(status.height).toBeLessThanOrEqual(32);
      await screenshot(page, `layout-search-400g-${width}`);
      await page.fill('.palette input', '');

      // The first-run hint closes; "?" opens the help with the keyboard map, Escape closes it.
      await page.click('[data-testid=first-run-hint] .notice-close');
      await expect(page.locator('[data-testid=first-run-hint]').count()).resolves.toBe(0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('?');
      await page.waitForSelector('[data-testid=help][open]');
      // The keyboard map's descriptions keep a readable width beside their keys.
      const described = await page.$$eval('.help-keys td', (tds) => tds.map((td) => td.clientWidth));
      expect(Math.min(...described)).toBeGreaterThanOrEqual(120);
      await expect(page.textContent('[data-testid=help]')).resolves.toMatch(/keyboard/i);
      await screenshot(page, `layout-help-${width}`);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-testid=help][open]').count()).resolves.toBe(0);

      // Holding an item: the holding note and the message share one line and do not overlap.
      await importText(
        page,
        serializeLayout(
          addLink(testPod(), {
            id: linkId('l1'),
            a: { device: deviceId('srv-1'), port: 'compute/1' },
            b: { device: deviceId('sw-1'), port: 'down/1' },
          }),
        ),
      );
      await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
      await page.focus(`[data-sku="${DGX_H100}"]`);
      await page.keyboard.press('Enter');
      await page.focus('.face[data-face="front"] .slot[data-u="20"]');
      await page.keyboard.press('Enter');
      await settle(page);
      const bar = await rect(page, '.statusbar');
      expect(bar.height).toBeLessThanOrEqual(32);
      const holding = await page.locator('[data-testid=holding]').count();
      const text = await rect(page, '[data-testid=status]');
      expect(text.height).toBeLessThanOrEqual(bar.height);
      if (holding > 0) {
        const hold = await rect(page, '[data-testid=holding]');
        expect(hold.right <= text.left || text.right <= hold.left).toBe(true);
      }
      await page.keyboard.press('Escape');

      // The cable schedule: its Export CSV button inside the window and the panel, room for several rows.
      await chooseFromMenu(page, 'toggle-schedule');
      await page.waitForSelector('[data-testid=export-cables-csv]');
      const panel = await rect(page, '.cable-schedule');
      const exportCsv = await rect(page, '[data-testid=export-cables-csv]');
      expect(exportCsv.right).toBeLessThanOrEqual(Math.min(panel.right, width) + 0.5);
      const scheduleRow = await rect(page, '.schedule-table tbody tr');
      expect(Math.floor((panel.bottom - scheduleRow.top) / scheduleRow.height)).toBeGreaterThanOrEqual(6);
      const columns = await page.$$eval('.schedule-table th', (ths) =>
        ths.filter((th) => th.getBoundingClientRect().right <= window.innerWidth).map((th) => th.textContent),
      );
      expect(columns.length).toBeGreaterThanOrEqual(6);
      await screenshot(page, `layout-schedule-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
