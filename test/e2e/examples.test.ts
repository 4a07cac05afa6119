import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { settle } from './support/browser';
import { openFresh, screenshot, useBrowser } from './support/scenario';

describe('When a new pod is started from an example', () => {
  const browser = useBrowser();

  it('lists the examples (fetched relative to the page) and opens each without console errors', async () => {
    const { page, errors, external, context } = await openFresh(browser());
    await page.click('[data-testid=file-menu]');
    const items = page.locator('[data-testid=new-pod-example] strong');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=new-pod-example]').length > 0);
    const names = await items.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    for (const [i, name] of names.entries()) {
      await chooseFromMenu(page, 'new-pod-example', i);
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length > 0);
      await page.waitForTimeout(600);
      await settle(page);
      const slug = name
        .replace(/[^a-z0-9]+/gi, '-')
        .slice(0, 24)
        .toLowerCase();
      await screenshot(page, `20-example-${i}-${slug}`);
      const sample = await page.evaluate(() => window.__podplan!.viewport()!.sample());
      expect(sample.distinctColours).toBeGreaterThan(8);
    }
    await page.selectOption('.view-controls select', 'power');
    await screenshot(page, '21-colour-power');
    await page.selectOption('.view-controls select', 'cooling');
    await screenshot(page, '22-colour-cooling');
    await page.click('.view-controls >> text=Front of row');
    await page.waitForTimeout(600);
    await screenshot(page, '23-front-of-row');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
