import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPodJson } from './support/pods';
import { appUrl, importText, useBrowser } from './support/scenario';
import { openApp, settle } from './support/browser';

const SHOTS = '/tmp/power-shots';

describe.each([
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])("A device's own power factor in the inspector at $width×$height", (viewport) => {
  const browser = useBrowser();

  it('shows the inherited figure, refuses 1.2 with the reason, sets 0.9 in one undo step with kVA beside kW', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, context } = await openApp(browser(), appUrl(), viewport);
    await importText(page, testPodJson());
    await page.evaluate(() =>
      window.__podplan!.dispatch('select', { refs: [{ kind: 'device', id: 'srv-1' }] }),
    );
    await settle(page);
    const field = page.locator('[data-testid=device-power-factor]');
    // Nothing set on the device: the pod's 0.95 is the placeholder, and the unit is shown beside the field.
    await expect(field.getAttribute('placeholder')).resolves.toBe('0.95 (pod)');
    await expect(
      page.locator('.inspector .field:has([data-testid=device-power-factor]) .unit').textContent(),
    ).resolves.toBe('kW/kVA');
    await field.fill('1.2');
    await field.press('Enter');
    await expect(page.textContent('.inspector [role=alert]')).resolves.toContain(
      'Power factor must be a number from 0.001 to 1 kW/kVA; not changed.',
    );
    const device = () =>
      page.evaluate(() => window.__podplan!.getState().layout.devices.find((d) => d.id === 'srv-1')!);
    await expect(device().then((d) => d.powerFactor)).resolves.toBeUndefined();

    await field.fill('0.9');
    await field.press('Enter');
    await settle(page);
    await expect(device().then((d) => d.powerFactor)).resolves.toBe(0.9);
    // DGX H100: 10.2 kW / 0.9 = 11.33 kVA, shown beside its max draw.
    const figures = await page.textContent('.inspector .figures');
    expect(figures).toContain('10.2 kW (11.33 kVA at PF 0.9)');
    const fit = await page.evaluate(() => {
      const panel = document.querySelector('.panel.inspector')!.getBoundingClientRect();
      return [...document.querySelectorAll('.panel.inspector .figure dd, .panel.inspector .field')].every(
        (el) => el.getBoundingClientRect().right <= panel.right + 0.5,
      );
    });
    expect(fit).toBe(true);
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/device-pf-${viewport.width}.png` });

    await page.click('button[aria-label=Undo]');
    await expect(device().then((d) => d.powerFactor)).resolves.toBeUndefined();
    await context.close();
  });
});
