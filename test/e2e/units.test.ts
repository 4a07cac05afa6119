import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addLink, deviceId, linkId, serializeLayout } from '../../src/core';
import { openApp } from './support/browser';
import { chooseFromMenu, chooseUnit } from './support/menus';
import { testPod } from './support/pods';
import { appUrl, importText, screenshot, tempDir, useBrowser } from './support/scenario';

/** The test pod with one cable: the DGX H100 'srv-1' in A2 to the QM9700 leaf 'sw-1' above it. */
const podWithCable = (): string =>
  serializeLayout(
    addLink(testPod(), {
      id: linkId('l1'),
      a: { device: deviceId('srv-1'), port: 'compute/1' },
      b: { device: deviceId('sw-1'), port: 'down/1' },
    }),
  );

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(tempDir(), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('One units setting for every people-facing figure and export', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`imperial, BTU/h and kVA reach the panels, the cable CSV and the printed pages; the JSON stays SI (${width}×${height})`, async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), { width, height });
      await importText(page, podWithCable());
      await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
      await chooseUnit(page, 'units-system-imperial');
      await chooseUnit(page, 'units-heat-BTU/h');
      await chooseUnit(page, 'units-power-kVA');
      const pf = await page.evaluate(() => window.__podplan!.getState().layout.limits.powerFactor ?? 1);

      // The capacity panel: power in kVA at the pod's power factor, no kW left for power.
      const itKw = await page.evaluate(() =>
        Number(document.querySelector('[data-testid=pod-it-kw-max]')?.getAttribute('data-value')),
      );
      const panel = (await page.textContent('.capacity')) ?? '';
      expect(panel).toContain(`${(itKw / pf).toFixed(1)} kVA`);

      // The cable schedule: lengths in ft in the table header and the CSV; the BOM JSON keeps metres.
      await chooseFromMenu(page, 'toggle-schedule');
      await page.waitForSelector('.schedule-table th:has-text("Length (ft)")');
      await expect(page.textContent('[data-testid=schedule-count]')).resolves.toBe('1 cable');
      const csv = await download(page, '[data-testid=export-cables-csv]');
      const [head, row] = csv.text.trimEnd().split('\r\n');
      expect(head).toContain(',route_ft,length_ft,reach_ft,');
      const bom = JSON.parse(await page.evaluate(() => window.__podplan!.getBomJson()));
      const run = bom.cabling.runs[0];
      const cells = row!.split(',');
      const col = (name: string) => cells[head!.split(',').indexOf(name)];
      // Sold length (m) / 0.3048 m per ft, to 2 decimals.
      expect(Number(col('length_ft'))).toBeCloseTo(Math.round((run.lengthM / 0.3048) * 100) / 100, 2);
      expect(Number(col('reach_ft'))).toBeCloseTo(Math.round((run.reachM / 0.3048) * 100) / 100, 2);
      await screenshot(page, `units-imperial-schedule-${width}`);

      // The printed proposal: heat in BTU/h, footprint in ft and ft², weight in lb, coolant ΔT in °F.
      await page.evaluate(() => (window.location.hash = '#quote'));
      await page.waitForSelector('[data-testid=quote-page]');
      const facts = await page.$$eval('.summary-facts .fact', (fs) =>
        Object.fromEntries(
          fs.map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent]),
        ),
      );
      expect(facts['Cooling']).toMatch(/BTU\/h to liquid, [\d,]+ BTU\/h to air/);
      expect(facts['Footprint']).toMatch(/^[\d.,]+ ft × [\d.,]+ ft \([\d,]+ ft²\)$/);
      expect(facts['Weight']).toMatch(/^[\d,]+ lb$/);
      expect(facts['IT load, typical / max']).toMatch(/kVA \/ [\d.,]+ kVA$/);
      const appendix = (await page.textContent('.proposal-appendix')) ?? '';
      expect(appendix).toMatch(/design ΔT of [\d.]+ °F/);
      expect(appendix).toMatch(/GPM/);
      expect(appendix).not.toMatch(/\d kg\b|L\/min/);
      await screenshot(page, `units-imperial-quote-${width}`);

      // The printed elevations: each rack's max power and weight in the chosen units.
      await page.evaluate(() => (window.location.hash = '#elevations'));
      await page.waitForSelector('[data-testid=elevations-page]');
      const sheet = (await page.textContent('.elevation-sheet[data-rack="A2"] h2')) ?? '';
      expect(sheet).toMatch(/[\d.,]+ kVA max · [\d,]+ lb/);
      await screenshot(page, `units-imperial-elevations-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
