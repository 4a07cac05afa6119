import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPodJson } from './support/pods';
import { appUrl, importText, useBrowser } from './support/scenario';
import { openApp, settle } from './support/browser';

const SHOTS = '/tmp/power-shots';

describe.each([
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])('The power chain in the app at $width×$height', (viewport) => {
  const browser = useBrowser();

  it('shows the chain, per-phase bars and power settings from the core, edits in one step, refuses bad input', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, context } = await openApp(browser(), appUrl(), viewport);
    await importText(page, testPodJson());
    const chain = await page.evaluate(() => window.__podplan!.getReport().pod.powerChain);

    // The capacity panel's chain section shows the core's facility figure and PUE, and fits its panel.
    const facility = page.locator('[data-testid=chain-facility]');
    await expect(facility.getAttribute('data-kw').then(Number)).resolves.toBeCloseTo(chain.facilityKw, 9);
    await expect(page.textContent('[data-testid=chain-pue]')).resolves.toContain(
      chain.pue === null ? '—' : chain.pue.toFixed(2),
    );
    const fit = await page.evaluate(() => {
      const table = document.querySelector('.chain-table')!;
      const panel = document.querySelector('.panel.capacity')!;
      return { table: table.getBoundingClientRect().right, panel: panel.getBoundingClientRect().right };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.panel + 0.5);
    await page.locator('[data-testid=power-chain]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/chain-${viewport.width}.png` });

    // A rack's inspector: one L1-L3 gauge per phase of each 3-phase PDU, at the core's worst-case amps.
    await page.evaluate(() => window.__podplan!.dispatch('select', { refs: [{ kind: 'rack', id: 'r2' }] }));
    await settle(page);
    const phases = await page.evaluate(
      () => window.__podplan!.getReport().racks.find((r) => r.id === 'r2')!.pduPhases,
    );
    const gauges = page.locator('[data-testid=phase-bars] [data-testid=phase-gauge]');
    await expect(gauges.count()).resolves.toBe(phases.reduce((n, p) => n + p.phases, 0));
    await expect(gauges.first().getAttribute('data-value').then(Number)).resolves.toBeCloseTo(
      phases[0]!.amps[0]!,
      9,
    );
    await expect(gauges.first().getAttribute('data-limit').then(Number)).resolves.toBeCloseTo(
      phases[0]!.limitA,
      9,
    );
    await page.locator('[data-testid=phase-bars]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/phases-${viewport.width}.png` });

    // Nothing selected: the pod's power settings. PF 1.2 is refused with the reason; 0.9 is one undo step.
    await page.evaluate(() => window.__podplan!.dispatch('select', { refs: [] }));
    await settle(page);
    const pf = page.locator('[data-testid=power-factor]');
    await pf.fill('1.2');
    await pf.press('Enter');
    await expect(page.textContent('[data-testid=power-settings] [role=alert]')).resolves.toContain(
      'Power factor must be a number from 0.001 to 1',
    );
    await expect(page.evaluate(() => window.__podplan!.getState().layout.limits.powerFactor)).resolves.toBe(
      0.95,
    );
    await pf.fill('0.9');
    await pf.press('Enter');
    await expect(page.evaluate(() => window.__podplan!.getReport().pod.powerChain.powerFactor)).resolves.toBe(
      0.9,
    );
    await page.selectOption('[data-testid=plant-mode]', 'pue');
    await expect(page.locator('[data-testid=plant-pue]').inputValue()).resolves.toBe('1.3');
    await expect(
      page.evaluate(() => window.__podplan!.getReport().pod.powerChain.coolingPlantBasis),
    ).resolves.toBe('pue');
    await page.locator('[data-testid=power-settings]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-${viewport.width}.png` });
    await page.click('button[aria-label=Undo]');
    await page.click('button[aria-label=Undo]');
    await expect(page.evaluate(() => window.__podplan!.getState().layout.limits.powerFactor)).resolves.toBe(
      0.95,
    );
    await context.close();
  });
});
