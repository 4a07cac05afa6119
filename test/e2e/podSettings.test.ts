import { describe, expect, it } from 'vitest';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

describe('When the pod limits are edited in the inspector', () => {
  const browser = useBrowser();

  it('lowers the utility feed below the load, shows the power diagnostic, and undo clears it', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    const itKw = await page.evaluate(() => window.__podplan!.getReport().pod.totalKwMax);
    await page.click('[data-testid=pod-settings] > summary');
    const feed = page.locator('[data-testid=pod-settings] input').first();
    await feed.fill(String(Math.max(1, Math.floor(itKw) - 1)));
    await feed.press('Enter');
    await expect(
      page.evaluate(() =>
        window.__podplan!.getReport().diagnostics.some((d) => d.code === 'power.utilityOverload'),
      ),
    ).resolves.toBe(true);
    await expect(page.textContent('.diagnostics')).resolves.toMatch(/exceeds the \d+\.\d kW utility feed/);
    await screenshot(page, '40-pod-settings-overload');
    // Ctrl+Z inside a text field is the field's own undo; the toolbar button undoes the command.
    await page.click('button[aria-label=Undo]');
    await expect(
      page.evaluate(() =>
        window.__podplan!.getReport().diagnostics.some((d) => d.code === 'power.utilityOverload'),
      ),
    ).resolves.toBe(false);
    await context.close();
  });
});
