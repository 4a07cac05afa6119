import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bom } from '../../src/core';
import { bom, builtinCatalog, formatMoney, parseLayoutJson } from '../../src/core';
import { settle } from './support/browser';
import { pdfText } from './support/pdfText';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, SCREENSHOTS, useBrowser } from './support/scenario';

/** Types into a quote field and commits it with Enter, as a user would. */
async function fill(page: Page, testId: string, value: string) {
  await page.fill(`[data-testid="${testId}"]`, value);
  await page.press(`[data-testid="${testId}"]`, 'Enter');
}

describe('When a sales engineer prepares and prints a quote', () => {
  const browser = useBrowser();

  it('edits details, discounts and services in the panel, and the printed PDF carries the same totals', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    await chooseFromMenu(page, 'open-quote');
    await page.click('[data-testid=start-quote]');
    await fill(page, 'quote-customer', 'Example Research Lab');
    await fill(page, 'quote-quoteNumber', 'Q-2026-0042');
    await fill(page, 'quote-preparedBy', 'A. Engineer');
    await fill(page, 'quote-date', '2026-11-23');
    await fill(page, 'quote-validUntil', '2026-12-23');
    // A validity before the quote date is refused with the reason.
    await fill(page, 'quote-validUntil', '2026-11-01');
    await expect(page.textContent('.quote-field-validUntil .field-error')).resolves.toMatch(
      /before the quote date/,
    );
    await page.keyboard.press('Escape');
    await screenshot(page, 'quote-details');

    // A bad discount is refused with a message and changes nothing.
    const stepsBefore = await page.evaluate(() => window.__podplan!.getState().history.past.length);
    await fill(page, 'overall-discount', '120');
    await expect(page.textContent('.field-error')).resolves.toMatch(/percentage from 0 to 100/);
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(
      stepsBefore,
    );
    await fill(page, 'overall-discount', '5');
    await fill(page, 'kind-discount-server', '10');
    await fill(page, 'line-discount-nvidia-qm9700', '20');

    await page.selectOption('[data-testid=service-select]', 'svc-pod-commissioning');
    await page.fill('[data-testid=service-qty]', '1');
    await page.click('[data-testid=service-add]');
    await page.selectOption('[data-testid=service-select]', 'svc-support-3y-gpu-server');
    await page.click('[data-testid=service-add]'); // empty quantity: the suggestion, one per GPU server (2)

    const layoutJson = await page.evaluate(() => JSON.stringify(window.__podplan!.getState().layout));
    const parsed = parseLayoutJson(layoutJson);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const expected: Bom = bom(parsed.value, builtinCatalog);
    expect(expected.lines.filter((l) => l.kind === 'service').map((l) => [l.sku, l.qty])).toEqual([
      ['svc-pod-commissioning', 1],
      ['svc-support-3y-gpu-server', 2],
    ]);
    expect(expected.overallDiscountPct).toBe(5);
    const usd = (x: number) => formatMoney(x, 'USD', 'en-US');
    await expect(page.textContent('[data-testid=quote-net-total]')).resolves.toBe(usd(expected.total));
    await screenshot(page, 'quote-panel');

    // One undo step per edit: undo the last service, redo it.
    await page.evaluate(() => window.__podplan!.dispatch('undo'));
    await expect(page.textContent('[data-testid=quote-net-total]')).resolves.not.toBe(usd(expected.total));
    await page.evaluate(() => window.__podplan!.dispatch('redo'));
    await expect(page.textContent('[data-testid=quote-net-total]')).resolves.toBe(usd(expected.total));

    // The printable page: picture, elevations, summary, lines and totals.
    await page.evaluate(() => (window.location.hash = '#quote'));
    await page.waitForSelector('[data-testid=quote-page]');
    await page.waitForSelector('[data-testid=pod-snapshot]', { timeout: 20_000 });
    await settle(page);
    await page.setViewportSize({ width: 1100, height: 1400 });
    await screenshot(page, 'quote-page');

    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'quote-print-media.png'), fullPage: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'quote-letter.pdf'), letter);
    expect((await pdfText(new Uint8Array(letter))).all).toMatch(/Page 1 of \d/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'quote.pdf'), pdf);
    const { all, pages } = await pdfText(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(all).toContain('Quote Q-2026-0042');
    expect(all).toContain('Example Research Lab');
    expect(all).toContain(`Net total (USD)`);
    expect(all).toContain(usd(expected.total));
    expect(all).toContain(usd(expected.listTotal));
    expect(all).toContain(usd(expected.overallDiscount));
    expect(all).toContain('Pod commissioning');
    expect(all).toMatch(/GPUs\s+16/);
    expect(all).toMatch(/IT load, typical \/ max\s+[\d.,]+ kW \/ [\d.,]+ kW/);
    // Totals once, at the end of the lines; every page numbered; every line in BOM order.
    expect(all.match(/Net total \(USD\)/g)).toHaveLength(1);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    const positions = expected.lines.map((l) => all.indexOf(l.name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(all.indexOf('Net total (USD)')).toBeGreaterThan(Math.max(...positions));
    for (const p of pages.slice(0, -1)) expect(p.length).toBeGreaterThan(300);
    expect(all).toContain('Technical appendix');
    expect(all).toContain('Acceptance');
    expect(all).toContain('illustrative examples');
    expect(all).toMatch(/Validation:/);
    // The editor's toolbar is not printed.
    expect(all).not.toContain('Export layout');
    expect(all).not.toContain('Print / Save as PDF');
    expect(errors).toEqual([]);
    await context.close();
  });
});
