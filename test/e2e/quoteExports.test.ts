import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import { bom, builtinCatalog, catalogForLayout, rackContents } from '../../src/core';
import { loadExcelJs } from '../../src/xlsx/excel';
import { settle } from './support/browser';
import { chooseFromMenu } from './support/menus';
import { pdfText } from './support/pdfText';
import { importText, openFresh, screenshot, SCREENSHOTS, useBrowser } from './support/scenario';

const NVL72 = readFileSync(new URL('../../public/examples/liquid-nvl72.json', import.meta.url), 'utf8');
const HGX = readFileSync(new URL('../../public/examples/air-cooled-dgx-h100.json', import.meta.url), 'utf8');

async function appLayout(page: Page): Promise<Layout> {
  return (await page.evaluate(() => window.__podplan!.getState().layout)) as unknown as Layout;
}

/** Prints the elevations route to PDF, keeps the PDF and its pages as PNG (pdftoppm), returns the text. */
async function printElevations(page: Page, hash: string, format: 'A4' | 'Letter', stem: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForSelector('[data-testid=elevations-page]');
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = join(SCREENSHOTS, `${stem}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENSHOTS, stem)]);
  const pngs = readdirSync(SCREENSHOTS).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'));
  return { text: await pdfText(new Uint8Array(pdf)), pngs };
}

describe('When a sales engineer exports the quote and the drawings', () => {
  const browser = useBrowser();

  it('downloads the quote as XLSX whose formulas hold the BOM totals and a sheet per rack', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1280, height: 720 });
    await importText(page, NVL72, 'liquid-nvl72.json');
    await chooseFromMenu(page, 'open-quote');
    const download = page.waitForEvent('download');
    await page.click('[data-testid=quote-export-xlsx]');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.quote\.xlsx$/);
    const bytes = readFileSync((await file.path())!);
    const excel = await loadExcelJs();
    const wb = new excel.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );

    const layout = await appLayout(page);
    const catalog = catalogForLayout(builtinCatalog, layout);
    const b = bom(layout, catalog);
    const totals = wb.getWorksheet('Totals')!;
    expect(totals.getCell('A7').value).toBe('Net total');
    expect(totals.getCell('B7').value).toMatchObject({
      formula: expect.stringMatching(/^ROUND\(/),
      result: b.total,
    });
    expect(b.total).toBe(7_514_800);
    for (const r of rackContents(layout, catalog))
      expect(wb.getWorksheet(`Rack ${r.rack.name}`)).toBeDefined();
    await screenshot(page, 'quote-drawer-xlsx-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'quote-drawer-xlsx-1440');
    expect(errors).toEqual([]);
    await context.close();
  }, 200_000);

  it('prints every rack elevation, front and rear, one or two a page on A4 and Letter, every name whole', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, HGX, 'air-cooled-dgx-h100.json');
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=open-print-elevations]');
    await page.waitForSelector('[data-testid=elevations-page]');
    await screenshot(page, 'elevations-page-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'elevations-page-1280');

    const layout = await appLayout(page);
    const catalog = catalogForLayout(builtinCatalog, layout);
    const racks = rackContents(layout, catalog);
    const names = new Set(racks.flatMap((r) => r.rows.filter((d) => d.u !== null).map((d) => d.name)));
    for (const [hash, format, perPage] of [
      ['#elevations', 'A4', 1],
      ['#elevations', 'Letter', 1],
      ['#elevations/2', 'A4', 2],
      ['#elevations/2', 'Letter', 2],
    ] as const) {
      const stem = `elevations-${format}-${perPage}up`;
      const { text, pngs } = await printElevations(page, hash, format, stem);
      expect(text.pages, stem).toHaveLength(Math.ceil(racks.length / perPage));
      expect(pngs).toHaveLength(text.pages.length);
      for (const r of racks)
        expect(text.all, `${stem}: rack ${r.rack.name}`).toContain(`Rack ${r.rack.name}`);
      for (const n of names) expect(text.all, `${stem}: ${n}`).toContain(n);
      text.pages.forEach((p, i) => {
        expect(p).toContain(`Page ${i + 1} of ${text.pages.length}`);
        expect(p).toMatch(/\bfront\b[\s\S]*\brear\b/);
        expect(p).toMatch(/\b42\b/); // the top U number
      });
    }
    // No label is cut: the printed names are whole (no ellipsis anywhere).
    const { text } = await printElevations(page, '#elevations', 'A4', 'elevations-check');
    expect(text.all).not.toContain('…');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('edits optional items and per-kind discount limits in the drawer, each one undo step, by keyboard', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, HGX, 'air-cooled-dgx-h100.json');
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=start-quote]');

    // Two spare DGX H100 as an optional item, chosen and added from the keyboard.
    await page.focus('[data-testid=optional-select]');
    await page.selectOption('[data-testid=optional-select]', 'nvidia-dgx-h100');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-optional="nvidia-dgx-h100"]');
    const layout = await appLayout(page);
    const b = bom(layout, catalogForLayout(builtinCatalog, layout));
    expect(b.optional?.lines.map((l) => [l.sku, l.qty])).toEqual([['nvidia-dgx-h100', 2]]);
    await expect(page.textContent('[data-testid=optional-total]')).resolves.toContain(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(b.optional!.total),
    );
    expect(b.total).toBe(
      bom({ ...layout, quote: { ...layout.quote!, optionalLines: [] } }, builtinCatalog).total,
    );

    // A 10 % limit on servers, then a 15 % server discount: needs approval, naming the kind.
    await page.fill('[data-testid=rail-kind-server]', '10');
    await page.press('[data-testid=rail-kind-server]', 'Enter');
    await page.fill('[data-testid=kind-discount-server]', '15');
    await page.press('[data-testid=kind-discount-server]', 'Enter');
    await expect(page.textContent('[data-testid=approval-status]')).resolves.toMatch(
      /Needs approval[\s\S]*kind discount 15 % is above the 10 % limit for server/,
    );
    await page.locator('[data-testid=rail-kind-limits]').scrollIntoViewIfNeeded();
    await screenshot(page, 'drawer-rails-optional-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('[data-testid=optional-lines-editor]').scrollIntoViewIfNeeded();
    await screenshot(page, 'drawer-rails-optional-1280');

    // One undo step each: the discount, then the limit, then the optional item.
    const state = () => page.evaluate(() => window.__podplan!.getState().layout.quote);
    await page.evaluate(() => window.__podplan!.dispatch('undo'));
    expect((await state())?.discounts.byKind).toEqual([]);
    await page.evaluate(() => window.__podplan!.dispatch('undo'));
    expect((await state())?.guardRails).toBeUndefined();
    await page.evaluate(() => window.__podplan!.dispatch('undo'));
    expect((await state())?.optionalLines ?? []).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 200_000);
});
