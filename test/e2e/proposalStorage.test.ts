/**
 * The printed proposal's power and battery-storage page: with storage settings it carries the sizing summary, the
 * layers and the simulation chart (drawn before Print is offered), and the chart is on the printed page; a pod
 * without storage prints no such page and no empty chart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from './support/pdfText';
import { colouredPixels, rasterPage } from './support/pdfRaster';
import { chooseFromMenu } from './support/menus';
import { podWithMegapacks, podWithStorage } from './support/pods';
import { importText, openFresh, useBrowser } from './support/scenario';

const SHOTS = '/tmp/quote-shots';

async function printQuote(page: Page, file: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, file);
  writeFileSync(path, pdf);
  return path;
}

describe('The printed proposal with battery storage', () => {
  const browser = useBrowser();

  it('prints the sizing summary and the simulation chart on a page of their own', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1280, height: 720 });
    await importText(page, podWithStorage());
    await page.evaluate(() => (window.location.hash = '#quote'));
    await page.waitForSelector('[data-testid=proposal-storage-chart] img');
    // Print is offered only once the chart is in, and the image is decoded at its drawn size.
    await expect(page.textContent('[data-testid=quote-print]')).resolves.toBe('Print / Save as PDF');
    await expect(page.isEnabled('[data-testid=quote-print]')).resolves.toBe(true);
    const img = await page.evaluate(() => {
      const el = document.querySelector<HTMLImageElement>('[data-testid=proposal-storage-chart] img')!;
      return { complete: el.complete, w: el.naturalWidth, h: el.naturalHeight, src: el.src.slice(0, 22) };
    });
    expect(img).toEqual({ complete: true, w: 1100, h: 420, src: 'data:image/png;base64,' });
    // Hand-worked in test/cli/powerStorage.test.ts: 3 cabinets by power, 1 by energy, the ramp binds at 23.61C.
    const section = await page.textContent('[data-testid=proposal-storage]');
    expect(section).toContain('3 × Battery cabinet 200 kWh: 3 by power, 1 by energy (power-bound, ramp)');
    expect(section).toContain('23.61C needed vs 0.50C');
    expect(section).toContain('Job start/stop ramp (binds)');
    expect(section).toContain('full-equivalent cycles/day');
    expect(section).toContain('grid ramp limit from the job start and stop (MW)');

    mkdirSync(SHOTS, { recursive: true });
    for (const [w, h] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.locator('[data-testid=proposal-storage-chart]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `proposal-storage-${w}x${h}.png`) });
      // Layout fact: the chart fits the page's width on screen.
      const fit = await page.evaluate(() => {
        const img = document
          .querySelector('[data-testid=proposal-storage-chart] img')!
          .getBoundingClientRect();
        return img.right <= document.documentElement.clientWidth && img.width > 600;
      });
      expect(fit).toBe(true);
    }

    const path = await printQuote(page, 'proposal-storage.pdf');
    const doc = await pdfText(new Uint8Array(readFileSync(path)));
    const at = doc.pages.findIndex((p) => p.includes('Power and battery storage'));
    expect(at).toBeGreaterThan(0);
    expect(doc.pages[at]).toContain('Units by energy');
    expect(doc.pages[at]).toContain('Training oscillation 39.4 kW 6.6 Wh 16.4 Wh 1 1');
    // The chart's blue, green and red lines are on that page: thousands of coloured pixels at 100 dpi (the storage
    // section's text and the appendix below it are black and grey).
    expect(colouredPixels(rasterPage(path, at + 1, 100))).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints no storage page and no empty chart for a pod without storage settings', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, readFileSync('public/examples/liquid-nvl72.json', 'utf8'));
    await page.evaluate(() => (window.location.hash = '#quote'));
    await page.waitForSelector('[data-testid=quote-page]');
    await expect(page.isEnabled('[data-testid=quote-print]')).resolves.toBe(true);
    await expect(page.locator('[data-testid=proposal-storage]').count()).resolves.toBe(0);
    const doc = await pdfText(
      new Uint8Array(readFileSync(await printQuote(page, 'proposal-no-storage.pdf'))),
    );
    expect(doc.all).not.toContain('Power and battery storage');
    expect(doc.all).not.toContain('Drawing the power chart');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Megapack lines with qty, unit price and total in the quote drawer and the printed proposal', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, podWithMegapacks());
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=start-quote]');
    await page.fill('[data-testid=kind-discount-battery]', '5');
    await page.press('[data-testid=kind-discount-battery]', 'Enter');
    // Example prices: 2 × 1,000,000.00 = 2,000,000.00, 5 % off = 1,900,000.00; 1 × 1,300,000.00, 5 % off =
    // 1,235,000.00 (the same figures as the XLSX test in test/quote/quoteXlsx.test.ts).
    const cells = (root: string, s: string) =>
      page.$$eval(`${root} tr[data-sku="${s}"] td.num`, (tds) => tds.map((td) => td.textContent?.trim()));
    const drawer = '[data-testid=quote-lines]';
    await page.waitForSelector(`${drawer} tr[data-sku="tesla-megapack-3"]`);
    const twoXl = await cells(drawer, 'tesla-megapack-2xl');
    expect([twoXl[0], twoXl[1], twoXl[2], twoXl[4]]).toEqual([
      '2',
      '$1,000,000.00',
      '$2,000,000.00',
      '$1,900,000.00',
    ]);
    const three = await cells(drawer, 'tesla-megapack-3');
    expect([three[0], three[1], three[2], three[4]]).toEqual([
      '1',
      '$1,300,000.00',
      '$1,300,000.00',
      '$1,235,000.00',
    ]);
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window.location.hash = '#quote'));
    const printed = '[data-testid=quote-page] [data-testid=quote-lines]';
    await page.waitForSelector(`${printed} tr[data-sku="tesla-megapack-2xl"]`);
    await expect(cells(printed, 'tesla-megapack-2xl')).resolves.toEqual([
      '2',
      '$1,000,000.00',
      '$2,000,000.00',
      '5 %',
      '$1,900,000.00',
    ]);
    await expect(cells(printed, 'tesla-megapack-3')).resolves.toEqual([
      '1',
      '$1,300,000.00',
      '$1,300,000.00',
      '5 %',
      '$1,235,000.00',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
