/**
 * The capacity panel's rack rows on a big pod (issue 14, opening a file): 40 rows are drawn at first with a line
 * saying how many more there are, and 40 more each time the end of the list scrolls into view, so a 500-rack pod does
 * not build 30,000 DOM nodes of rows below the fold when it opens. At 1280x720 and 1440x900.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeLayout } from '../../src/core';
import { bigPod } from '../fixtures/bigPod';
import { settle } from './support/browser';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

const rows = (page: Page) =>
  page.evaluate(() => ({
    rows: document.querySelectorAll('section.capacity .rack-row').length,
    more: document.querySelector('section.capacity .rack-rows-more')?.textContent ?? null,
  }));

/** Scrolls the sidebar to its end and waits for the rows it brings. */
async function scrollToEnd(page: Page, before: number): Promise<void> {
  await page.evaluate(() => {
    const sidebar = document.querySelector('aside.sidebar')!;
    sidebar.scrollTop = sidebar.scrollHeight;
  });
  await page.waitForFunction(
    (n) => document.querySelectorAll('section.capacity .rack-row').length > n,
    before,
  );
  await settle(page);
}

describe('Capacity rows on a 100-rack pod', () => {
  const browser = useBrowser();

  it.each([
    [1280, 720],
    [1440, 900],
  ])(
    'draws 40 rows and says how many more, then the rest as the list scrolls (%i x %i)',
    async (width, height) => {
      const { page, context, errors } = await openFresh(browser());
      await page.setViewportSize({ width, height });
      // 4,000 devices at 40 a rack: 100 racks.
      await importText(page, serializeLayout(bigPod(4_000)), 'big.json');
      expect(await rows(page)).toEqual({ rows: 40, more: '60 more racks below' });
      // The first row is the first rack in floor order, whole (name, figures and gauges).
      const first = page.locator('section.capacity .rack-row').first();
      await expect(first.getAttribute('data-rack-id')).resolves.toBe('R1');
      expect(await first.locator('.gauge').count()).toBeGreaterThanOrEqual(5);
      await screenshot(page, `capacity-rows-${width}x${height}`);
      await page.screenshot({ path: `/tmp/power-shots/capacity-rows-${width}x${height}.png` });

      await scrollToEnd(page, 40);
      expect(await rows(page)).toEqual({ rows: 80, more: '20 more racks below' });
      await scrollToEnd(page, 80);
      expect(await rows(page)).toEqual({ rows: 100, more: null });
      const last = page.locator('section.capacity .rack-row').last();
      await expect(last.getAttribute('data-rack-id')).resolves.toBe('R100');
      await page.screenshot({ path: `/tmp/power-shots/capacity-rows-end-${width}x${height}.png` });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
