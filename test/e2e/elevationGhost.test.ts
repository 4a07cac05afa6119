import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, settle } from './support/browser';
import { DGX_H100, testPodJson } from './support/pods';
import { appUrl, importText, screenshot, useBrowser } from './support/scenario';

/** Every line of the elevation ghost, with whether its text is cut (wider or taller than its box). */
async function ghostLines(page: Page) {
  return page.$$eval('[data-testid=elevation-ghost] > span', (spans) =>
    spans.map((s) => ({
      cls: s.className,
      text: s.textContent,
      cutWide: s.scrollWidth > s.clientWidth,
      cutTall: s.scrollHeight > s.clientHeight + 1,
      insideGhost: (() => {
        const g = s.parentElement!.getBoundingClientRect();
        const r = s.getBoundingClientRect();
        return r.bottom <= g.bottom + 0.5 && r.right <= g.right + 0.5;
      })(),
    })),
  );
}

describe('The elevation drop ghost uses its space', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`names the item whole and says why, no line cut, at ${width}×${height}`, async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), { width, height });
      await importText(page, testPodJson());
      await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
      await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
      await page.focus(`[data-sku="${DGX_H100}"]`);
      await page.keyboard.press('Enter');

      // A free span on the empty A1: fits, no new errors.
      await page.focus('.face[data-face="front"] .slot[data-u="20"]');
      const ghost = page.locator('[data-testid=elevation-ghost]');
      await screenshot(page, `elevation-ghost-ok-${width}`);
      await expect(ghost.getAttribute('data-tone')).resolves.toBe('ok');
      let lines = await ghostLines(page);
      expect(lines.map((l) => l.text)).toEqual(['U20–U27 fits', 'DGX H100', 'no new errors']);
      expect(lines.filter((l) => l.cutWide || l.cutTall || !l.insideGhost)).toEqual([]);
      await screenshot(page, `elevation-ghost-ok-${width}`);

      // A DGX on A3's 230 V 32 A feeds (5.9 kW usable): allowed, with errors; the reason wraps over the lines
      // the 8U ghost has.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.__podplan!.dispatch('showRack', { rack: 'r3' });
      });
      await page.focus('.face[data-face="front"] .slot[data-u="20"]');
      await expect(ghost.getAttribute('data-tone')).resolves.toBe('warn');
      await screenshot(page, `elevation-ghost-warn-${width}`);
      lines = await ghostLines(page);
      expect(lines[0]!.text).toBe('U20–U27 allowed, with errors');
      expect(lines[1]!.text).toBe('DGX H100');
      expect(lines[2]!.text).toMatch(/feed/);
      expect(lines.filter((l) => l.cutWide || !l.insideGhost)).toEqual([]);
      await page.keyboard.press('Escape');
      await settle(page);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
