import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

describe('When two scenarios of a pod are compared', () => {
  const browser = useBrowser();

  it('shows them side by side with the differing rows highlighted and the best value marked', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    await chooseFromMenu(page, 'open-scenarios');
    await page.fill('[data-testid=scenario-name]', 'two DGX');
    await page.press('[data-testid=scenario-name]', 'Enter');
    await page.waitForSelector('[data-scenario="two DGX"]');

    // A third DGX H100 in rack A2 (8 more GPUs), placed through the elevation as a user would.
    await chooseFromMenu(page, 'open-scenarios'); // close the drawer to reach the elevation
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r2' }));
    await page.click('[data-sku="nvidia-dgx-h100"]');
    await page.click('.face[data-face="front"] .slot[data-u="20"]');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => window.__podplan!.getReport().pod.gpus)).resolves.toBe(24);

    await chooseFromMenu(page, 'open-scenarios');
    await page.fill('[data-testid=scenario-name]', 'three DGX');
    await page.press('[data-testid=scenario-name]', 'Enter');
    await page.waitForSelector('[data-scenario="three DGX"]');

    const gpuRow = page.locator('[data-testid=compare-table] tr[data-row=gpus]');
    await expect(gpuRow.locator('td').allTextContents()).resolves.toEqual(['16', '24 ★']);
    await expect(gpuRow.getAttribute('class')).resolves.toBe('differs');
    await expect(gpuRow.locator('td[data-best]').textContent()).resolves.toBe('24 ★');
    // Lower price is better: the two-server scenario is the cheaper column.
    const priceRow = page.locator('[data-testid=compare-table] tr[data-row=total]');
    const prices = await priceRow.locator('td').allTextContents();
    expect(prices[0]).toMatch(/^\$[\d,]+\.\d\d ★$/);
    expect(prices[1]).toMatch(/^\$[\d,]+\.\d\d$/);
    // Rows that agree are not highlighted.
    await expect(
      page.locator('[data-testid=compare-table] tr[data-row=racks]').getAttribute('class'),
    ).resolves.toBeNull();
    await screenshot(page, 'scenario-compare');

    // Open the first scenario: the working pod goes back to 16 GPUs; undo returns to 24.
    await page.click('[data-scenario="two DGX"] >> text=Open');
    await expect(page.evaluate(() => window.__podplan!.getReport().pod.gpus)).resolves.toBe(16);
    await page.evaluate(() => window.__podplan!.dispatch('undo'));
    await expect(page.evaluate(() => window.__podplan!.getReport().pod.gpus)).resolves.toBe(24);

    // Scenarios persist with the layout (autosave) across a reload.
    await page.reload();
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await expect(
      page.evaluate(() => window.__podplan!.getState().layout.scenarios?.map((s) => s.name)),
    ).resolves.toEqual(['two DGX', 'three DGX']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
