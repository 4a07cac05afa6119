import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { chooseFromMenu } from './support/menus';
import { appUrl, screenshot, useBrowser } from './support/scenario';

describe('Elevation labels use the space they have', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`shows whole device names on blocks of 2U and more at ${width}×${height}`, async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), { width, height });
      await chooseFromMenu(page, 'new-pod-example', 0); // the air-cooled DGX H100 pod
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length > 0);
      await page.waitForSelector('.elevation .device-label');
      const labels = await page.$$eval('.elevation .device', (blocks) =>
        blocks.map((b) => {
          const label = b.querySelector('.device-label') as HTMLElement;
          return {
            heightPx: b.getBoundingClientRect().height,
            text: label.textContent,
            title: label.title,
            clipped: label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1,
          };
        }),
      );
      const dgx = labels.filter((l) => l.title === 'NVIDIA DGX H100');
      expect(dgx.length).toBeGreaterThan(0);
      // The vendor's name is left to the tooltip: "DGX H100" fits where "NVIDIA DGX H100" was cut to "NVIDIA DGX H1…".
      for (const l of dgx) expect(l.text).toBe('DGX H100');
      const tall = labels.filter((l) => l.heightPx >= 2 * 13 - 1);
      expect(tall.length).toBeGreaterThan(0);
      expect(tall.filter((l) => l.clipped)).toEqual([]);
      await screenshot(page, `elevation-labels-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
