/**
 * The battery-storage panel: profile and grid inputs (one undo step each), the sizing summary, the lazily loaded
 * chart inside the inspector at 1280×720 and 1440×900, and the series as CSV.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { podWithStorage } from './support/pods';
import { importText, openFresh, screenshot, SCREENSHOTS, useBrowser } from './support/scenario';

const SHOTS = '/tmp/battery-shots';

describe('The battery storage panel', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`sizes, charts and exports at ${width}×${height}; an input is one undo step`, async () => {
      const { page, context } = await openFresh(browser());
      await page.setViewportSize({ width, height });
      await importText(page, podWithStorage());
      await page.click('[data-testid=storage-panel] > summary');
      await page.waitForSelector('[data-testid=storage-chart] canvas');
      // Hand-worked in test/cli/powerStorage.test.ts: 3 cabinets by power, 1 by energy, the ramp binds.
      await expect(page.textContent('[data-testid=storage-summary]')).resolves.toContain(
        '3 × Battery cabinet 200 kWh: 3 by power, 1 by energy (power-bound, ramp)',
      );
      // The unsourced defaults (duty, job step, checkpoint dip) say "estimate" beside their value.
      await expect(
        page.$$eval('[data-testid=storage-panel] .field', (fields) =>
          fields
            .filter((f) => f.querySelector('.field-note')?.textContent === 'estimate')
            .map((f) => f.querySelector('span')?.textContent),
        ),
      ).resolves.toEqual(['Compute duty', 'Job start/stop step', 'Checkpoint dip']);
      // Layout facts: the chart sits inside the panel, nothing overflows sideways.
      const fit = await page.evaluate(() => {
        const panel = document.querySelector('[data-testid=storage-panel]')!.getBoundingClientRect();
        const chart = document.querySelector('[data-testid=storage-chart] canvas')!.getBoundingClientRect();
        return {
          panelRight: panel.right,
          chartRight: chart.right,
          chartLeft: chart.left,
          panelLeft: panel.left,
        };
      });
      expect(fit.chartLeft).toBeGreaterThanOrEqual(fit.panelLeft - 0.5);
      expect(fit.chartRight).toBeLessThanOrEqual(fit.panelRight + 0.5);
      await page.locator('[data-testid=storage-panel]').scrollIntoViewIfNeeded();
      await screenshot(page, `60-storage-${width}x${height}`);
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(
        join(SCREENSHOTS, `60-storage-${width}x${height}.png`),
        join(SHOTS, `storage-${width}x${height}.png`),
      );

      // The ramp limit: 100 kW/min → 50 kW/min, one undo step.
      const ramp = page.locator('[data-testid=storage-panel] input').first();
      await expect(ramp.inputValue()).resolves.toBe('100');
      await ramp.fill('50');
      await ramp.press('Enter');
      await expect(
        page.evaluate(() => window.__podplan!.getState().layout.storage?.grid?.rampMwPerMin),
      ).resolves.toBe(0.05);
      await page.click('button[aria-label=Undo]');
      await expect(
        page.evaluate(() => window.__podplan!.getState().layout.storage?.grid?.rampMwPerMin),
      ).resolves.toBe(0.1);

      // CSV: a header and one row per 10 ms step of 300 s.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=storage-panel] button:has-text("Export series CSV")'),
      ]);
      const path = await download.path();
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('time_s,it_load_kw,grid_kw,battery_kw,soc_pct');
      expect(lines.length).toBe(30_001);
      await context.close();
    });
  }
});
