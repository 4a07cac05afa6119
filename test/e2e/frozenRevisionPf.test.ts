/**
 * An issued revision's printed page shows kVA at the power factor it was frozen with, not the working pod's, which
 * may have changed since (issue 13).
 *
 * The test pod's IT load at max draw: two DGX H100 at 10.2 kW and one QM9700 at 1.72 kW (catalog, published)
 * = 22.12 kW. Frozen at PF 0.95: 22.12 / 0.95 = 23.284 → "23.3 kVA". The working pod at PF 0.9 afterwards:
 * 22.12 / 0.9 = 24.578 → "24.6 kVA".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, settle } from './support/browser';
import { chooseFromMenu, chooseUnit } from './support/menus';
import { testPodJson } from './support/pods';
import { appUrl, importAndClose, screenshot, useBrowser } from './support/scenario';

const IT_MAX_KW = 2 * 10.2 + 1.72;

/** The printed page's "IT load, typical / max" figure. */
async function printedItLoad(page: Page, hash: string, revision: RegExp): Promise<string> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForFunction(
    (r) =>
      new RegExp(r).test(
        document.querySelector('[data-testid=quote-page]')?.getAttribute('data-revision') ?? '',
      ),
    revision.source,
  );
  await settle(page);
  return page.$$eval('.summary-facts .fact', (facts) => {
    const it = facts.find((f) => f.querySelector('dt')?.textContent === 'IT load, typical / max');
    return it?.querySelector('dd')?.textContent ?? '';
  });
}

/** The capacity panel's text: the editor's own figures. */
const panelText = async (page: Page) => (await page.textContent('.capacity')) ?? '';

describe('A frozen revision printed after the power factor changed', () => {
  const browser = useBrowser();

  it("shows kVA at the revision's own power factor, and the draft and the editor at the working pod's", async () => {
    const { page, context, errors } = await openApp(browser(), appUrl(), { width: 1440, height: 900 });
    await importAndClose(page, testPodJson());
    await chooseUnit(page, 'units-power-kVA');
    await expect(page.evaluate(() => window.__podplan!.getState().layout.limits.powerFactor)).resolves.toBe(
      0.95,
    );
    expect((IT_MAX_KW / 0.95).toFixed(1)).toBe('23.3');
    expect((IT_MAX_KW / 0.9).toFixed(1)).toBe('24.6');
    await expect(panelText(page)).resolves.toContain('23.3 kVA');

    // Rev A is issued at PF 0.95; then the working pod's power factor becomes 0.9 in the pod settings.
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=start-quote]');
    await page.click('[data-testid=issue-revision]');
    await page.waitForSelector('[data-testid=revision-A]');
    await chooseFromMenu(page, 'open-quote');
    await page.evaluate(() => window.__podplan!.dispatch('select', { refs: [], mode: 'replace' }));
    await page.fill('[data-testid=power-factor]', '0.9');
    await page.press('[data-testid=power-factor]', 'Enter');
    await expect(page.evaluate(() => window.__podplan!.getState().layout.limits.powerFactor)).resolves.toBe(
      0.9,
    );
    await expect(panelText(page)).resolves.toContain('24.6 kVA');

    // Rev A printed: 23.3 kVA, at its own 0.95, which its appendix names.
    const frozen = await printedItLoad(page, '#quote/rev/A', /^Rev A/);
    expect(frozen).toMatch(/^[\d.]+ kVA \/ 23\.3 kVA$/);
    await expect(page.textContent('[data-testid=quote-page]')).resolves.toContain(
      'Power is budgeted on max draw at power factor 0.95',
    );
    await screenshot(page, 'frozen-rev-a-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'frozen-rev-a-1280');

    // The draft printed: the working pod's 0.9.
    const draft = await printedItLoad(page, '#quote', /^Draft/);
    expect(draft).toMatch(/^[\d.]+ kVA \/ 24\.6 kVA$/);
    await screenshot(page, 'frozen-draft-1280');

    // Back in the editor, its figures are the working pod's again.
    await page.evaluate(() => (window.location.hash = ''));
    await page.waitForSelector('[data-testid=quote-page]', { state: 'detached' });
    await expect(panelText(page)).resolves.toContain('24.6 kVA');
    await expect(panelText(page)).resolves.not.toContain('23.3 kVA');
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
