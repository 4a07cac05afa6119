import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { ROOT } from './support/previewServer';
import { appUrl, importText, useBrowser } from './support/scenario';

const SHOTS = '/tmp/power-shots';

describe("A file's import confirmation", () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ])
    it(`floats under the toolbar without resizing the 3D view (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), viewport);
      const canvasBox = () => page.locator('[data-testid=viewport] canvas').boundingBox();
      const before = await canvasBox();
      const text = readFileSync(join(ROOT, 'public/examples/small-inference.json'), 'utf8');
      await importText(page, text, 'small-inference.json');
      const notice = page.locator('[data-testid=notice]');
      expect(await notice.textContent()).toContain('Imported small-inference.json');
      // The canvas keeps its size: the opened pod is drawn once, not again at a new size.
      expect(await canvasBox()).toEqual(before);
      const facts = await page.evaluate(() => {
        const n = document.querySelector<HTMLElement>('[data-testid=notice]')!;
        const box = n.getBoundingClientRect();
        const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
        const p = n.querySelector('p')!.getBoundingClientRect();
        const under = document.elementFromPoint(p.left + 5, p.top + p.height / 2);
        return {
          belowToolbar: box.top >= toolbar.bottom,
          inWindow: box.left >= 0 && box.right <= window.innerWidth,
          textFits: n.scrollWidth <= n.clientWidth && n.scrollHeight <= n.clientHeight,
          clickReachesBeneath: under !== null && !n.contains(under),
        };
      });
      expect(facts).toEqual({
        belowToolbar: true,
        inWindow: true,
        textFits: true,
        clickReachesBeneath: true,
      });
      await page.screenshot({ path: join(SHOTS, `import-notice-${viewport.width}x${viewport.height}.png`) });
      // Dismissing it changes nothing else either.
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(await canvasBox()).toEqual(before);
      expect(errors).toEqual([]);
      await context.close();
    });
});
