import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settle } from './support/browser';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

/** The colour the 3D view gives rack `index` (layout order) in its shells layer, as linear RGB. */
function rackColour(page: Page, index: number): Promise<[number, number, number]> {
  return page.evaluate((i) => {
    const root = window.__podplan!.r3f()!;
    const mesh = root.scene.getObjectByName('racks:shells') as unknown as {
      instanceColor: { array: Float32Array };
    };
    const a = mesh.instanceColor.array;
    return [a[i * 3] ?? 0, a[i * 3 + 1] ?? 0, a[i * 3 + 2] ?? 0] as [number, number, number];
  }, index);
}

const isRed = ([r, g, b]: [number, number, number]) => r > 0.5 && g < 0.2 && b < 0.2;

describe("When a rack's PDUs are over budget", () => {
  const browser = useBrowser();

  it('shows the power diagnostic, highlights the rack, and undo clears both', async () => {
    const { page, errors, context } = await openFresh(browser());
    await importText(page, testPodJson());
    // Rack A3 has two 230 V 32 A PDUs: 5.9 kW usable per feed. A DGX H100 draws 10.2 kW.
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r3' }));
    await page.click('[data-sku="nvidia-dgx-h100"]');
    await page.click('.face[data-face="front"] .slot[data-u="10"]');
    await settle(page);
    const diag = page.locator('.diag.error[data-code="power.feedOverload"]');
    await expect(diag.count()).resolves.toBeGreaterThan(0);
    // 230 V × 32 A × 0.8 = 5,888 VA = 5.9 kVA usable = 5.59 kW at PF 0.95; 10.2 kW max / 0.95 = 10.74 kVA.
    await expect(diag.first().textContent()).resolves.toMatch(
      /Rack A3: 10\.2 kW \(10\.7 kVA\) at max draw.*5\.9 kVA \(5\.6 kW at PF 0\.95\) usable/,
    );
    expect(isRed(await rackColour(page, 2))).toBe(true);
    await expect(page.getAttribute('.floor-cell[data-row="0"][data-slot="2"]', 'class')).resolves.toMatch(
      /\berror\b/,
    );
    await page.keyboard.press('Escape');
    await diag.first().click();
    await page.waitForTimeout(600);
    await screenshot(page, '05-overload-diagnostic');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await settle(page);
    await expect(diag.count()).resolves.toBe(0);
    expect(isRed(await rackColour(page, 2))).toBe(false);
    await expect(page.getAttribute('.floor-cell[data-row="0"][data-slot="2"]', 'class')).resolves.not.toMatch(
      /\berror\b/,
    );
    await screenshot(page, '06-overload-undone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
