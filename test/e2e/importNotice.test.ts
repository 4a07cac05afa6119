import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from './support/browser';
import { ROOT } from './support/previewServer';
import { appUrl, tempDir, useBrowser } from './support/scenario';

const SHOTS = '/tmp/power-shots';

describe("A file's import confirmation", () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ])
    it(`floats under the toolbar without resizing the 3D view (${viewport.width}×${viewport.height})`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const { page, errors, context } = await openApp(browser(), appUrl(), viewport);
      const canvasBox = () => page.locator('[data-testid=viewport] canvas').boundingBox();
      const before = await canvasBox();
      const file = join(tempDir(), 'small-inference.json');
      copyFileSync(join(ROOT, 'public/examples/small-inference.json'), file);
      await page.setInputFiles('[data-testid=import-input]', file);
      // Read while it shows (it fades after 8 s, which a loaded machine can take to draw the pod).
      const facts = await page.waitForFunction(() => {
        const n = document.querySelector<HTMLElement>('[data-testid=notice]');
        if (!n?.textContent?.includes('Imported small-inference.json')) return null;
        const box = n.getBoundingClientRect();
        const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
        const p = n.querySelector('p')!.getBoundingClientRect();
        const under = document.elementFromPoint(p.left + 5, p.top + p.height / 2);
        const canvas = document.querySelector('[data-testid=viewport] canvas')!.getBoundingClientRect();
        return {
          belowToolbar: box.top >= toolbar.bottom,
          inWindow: box.left >= 0 && box.right <= window.innerWidth,
          textFits: n.scrollWidth <= n.clientWidth && n.scrollHeight <= n.clientHeight,
          clickReachesBeneath: under !== null && !n.contains(under),
          canvas: { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height },
        };
      });
      await page.screenshot({ path: join(SHOTS, `import-notice-${viewport.width}x${viewport.height}.png`) });
      // The canvas keeps its size: the opened pod is drawn once, not again at a new size.
      expect(await facts.jsonValue()).toEqual({
        belowToolbar: true,
        inWindow: true,
        textFits: true,
        clickReachesBeneath: true,
        canvas: before,
      });
      await settle(page);
      expect(await canvasBox()).toEqual(before);
      await page.evaluate(() =>
        window.__podplan!.dispatch('notify', { notice: { tone: 'info', text: 'Saving works again.' } }),
      );
      const notice = page.locator('[data-testid=notice]');
      await expect.poll(() => notice.count()).toBe(1);
      // Dismissing it changes nothing else either.
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(await canvasBox()).toEqual(before);
      expect(errors).toEqual([]);
      await context.close();
    });
});
