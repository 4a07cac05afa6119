import { chooseFromMenu } from './support/menus';
import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import { builtinCatalog, catalogForLayout } from '../../src/core';
import { settle } from './support/browser';
import { pdfText } from './support/pdfText';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, SCREENSHOTS, useBrowser } from './support/scenario';

async function fill(page: Page, testId: string, value: string) {
  await page.fill(`[data-testid="${testId}"]`, value);
  await page.press(`[data-testid="${testId}"]`, 'Enter');
}

async function printRoute(page: Page, hash: string, file: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForSelector('[data-testid=quote-page]');
  await page.waitForSelector('[data-testid=pod-snapshot]', { timeout: 20_000 });
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(SCREENSHOTS, file), pdf);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => (window.location.hash = ''));
  return pdfText(new Uint8Array(pdf));
}

describe('When a sales engineer issues revisions of a proposal', () => {
  const browser = useBrowser();

  it('fills the blocks, issues Rev A and B, compares them, prints both, and needs approval past the rails', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, testPodJson());
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=start-quote]');
    await fill(page, 'quote-customer', 'Example Research Lab');
    await fill(page, 'quote-quoteNumber', 'Q-2026-0077');
    await fill(page, 'quote-paymentTerms', '30 days net');
    await fill(page, 'quote-incoterms', 'DAP Frankfurt');
    await fill(page, 'seller-company', 'Pod Builders GmbH');
    await fill(page, 'customer-contact', 'Dr. R. Example');
    await fill(page, 'tax-rate', '19');

    await page.click('[data-testid=issue-revision]');
    await page.waitForSelector('[data-testid=revision-A]');
    await fill(page, 'overall-discount', '12');
    await page.click('[data-testid=issue-revision]');
    await page.waitForSelector('[data-testid=revision-B]');
    await page.click('[data-testid=compare-revisions]');
    const delta = await page.textContent('[data-testid=revision-total-delta]');
    expect(delta).toMatch(/^−\$[\d,]+\.\d\d$/);
    await screenshot(page, 'proposal-revisions-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'proposal-revisions-1280');

    // Approval: a 10 % overall limit is exceeded by the 12 % discount until an approver signs.
    await fill(page, 'rail-max-overall', '10');
    await expect(page.textContent('[data-testid=approval-status]')).resolves.toMatch(/Needs approval/);
    await page.fill('[data-testid=approver-name]', 'C. Director');
    await page.click('[data-testid=approve]');
    await expect(page.textContent('[data-testid=approval-status]')).resolves.toMatch(
      /Approved by C\. Director/,
    );

    const a = await printRoute(page, '#quote/rev/A', 'proposal-rev-a.pdf');
    const b = await printRoute(page, '#quote/rev/B', 'proposal-rev-b.pdf');
    for (const [doc, rev] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      expect(doc.all).toContain(`Rev ${rev}`);
      expect(doc.all).toContain('Pod Builders GmbH');
      expect(doc.all).toContain('Dr. R. Example');
      expect(doc.all).toContain('DAP Frankfurt');
      expect(doc.all.match(/Net total \(USD\)/g)).toHaveLength(1);
      expect(doc.all).toMatch(/VAT 19 %/);
      doc.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${doc.pages.length}`));
    }
    expect(a.all).toMatch(/Overall discount \(0 %\)/);
    expect(b.all).toMatch(/Overall discount \(12 %\)/);

    // Every device name of the rack is in its exported SVG elevation.
    await page.evaluate(() => (window.location.hash = '#quote'));
    await page.waitForSelector('[data-testid=quote-page]');
    const layout = (await page.evaluate(() => window.__podplan!.getState().layout)) as unknown as Layout;
    const catalog = catalogForLayout(builtinCatalog, layout);
    const rack = layout.racks.find((r) => layout.devices.some((d) => d.rack === r.id))!;
    const download = page.waitForEvent('download');
    await page.click(`[data-testid="elevation-svg-${rack.name}"]`);
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const d of layout.devices.filter((x) => x.rack === rack.id)) {
      const name = d.name ?? catalog.items.get(d.sku)?.name ?? d.sku;
      expect(svg).toContain(name.slice(0, 20).replace(/&/g, '&amp;'));
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
