import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { builtinCatalog, parseLayoutJson } from '../../src/core';
import { settle } from './support/browser';
import { netboxFolder } from './support/netboxFiles';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, tempDir, useBrowser } from './support/scenario';

const layoutOf = () => JSON.stringify(window.__podplan!.getState().layout);
const countOf = (page: Page, label: string) =>
  page.getAttribute(`[data-testid=import-count-${label}]`, 'data-value').then(Number);

/** Picks a folder through the "Import catalog ▸ Folder…" input and waits for the summary. */
async function importFolder(page: Page, dir: string): Promise<void> {
  await page.setInputFiles('[data-testid=catalog-import-folder]', dir);
  await page.waitForSelector('[data-testid=import-summary]', { timeout: 30_000 });
}

async function importFiles(page: Page, files: Record<string, string>): Promise<void> {
  const dir = tempDir();
  const paths = Object.entries(files).map(([name, text]) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  });
  await page.setInputFiles('[data-testid=catalog-import-files]', paths);
  await page.waitForSelector('[data-testid=import-summary]', { timeout: 30_000 });
}

describe('When a sales engineer imports NetBox device types', () => {
  const browser = useBrowser();

  it('shows the same counts as the core, adds the items on confirm (one undo step) and badges them', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    const { dir, core } = netboxFolder(['netbox/Dell', 'netbox-newer/Nvidia']);
    const before = await page.evaluate(layoutOf);
    await importFolder(page, dir);

    expect(await countOf(page, 'imported')).toBe(core.imported.length);
    expect(await countOf(page, 'partial')).toBe(core.partial.length);
    expect(await countOf(page, 'rejected')).toBe(core.rejected.length);
    expect(await page.textContent('[data-testid=import-summary]')).toContain('1 other file skipped');
    // A partial item names what is missing and why.
    const r750 = await page.textContent('[data-testid=import-partial] [data-sku="dell-poweredge-r750"]');
    expect(r750).toContain('power.maxW');
    expect(r750).toMatch(/power\.maxW: .*estimate/);
    // Nothing changes before the user confirms.
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    await screenshot(page, '30-catalog-import-summary');

    const steps = await page.evaluate(() => window.__podplan!.getState().history.past.length);
    await page.click('[data-testid=import-confirm]');
    await page.waitForSelector('[data-testid=import-summary]', { state: 'detached' });
    const state = await page.evaluate(() => {
      const s = window.__podplan!.getState();
      return { skus: (s.layout.catalogItems ?? []).map((i) => i.sku), steps: s.history.past.length };
    });
    expect(state.steps).toBe(steps + 1);
    // Built-in SKUs (QM9700, SN5600) stay built-in unless the user ticks "replace".
    const expected = [...core.imported, ...core.partial]
      .map((e) => e.sku)
      .filter((sku) => !builtinCatalog.items.has(sku as never));
    expect(state.skus.sort()).toEqual(expected.sort());

    for (const sku of expected)
      await page.waitForSelector(`.palette [data-sku="${sku}"] [data-testid=badge-imported]`);
    const incomplete = await page.$$eval('.palette [data-testid=badge-incomplete]', (els) =>
      els.map((e) => e.closest('[data-sku]')?.getAttribute('data-sku')),
    );
    expect(incomplete).toContain('dell-poweredge-r750');
    expect(incomplete).not.toContain('dell-poweredge-r230');
    const tip = await page.getAttribute(
      '.palette [data-sku="dell-poweredge-r750"] [data-testid=badge-incomplete]',
      'title',
    );
    expect(tip).toContain('power.maxW');
    // Searchable like built-ins.
    await page.fill('.palette input[type=search]', 'r750');
    // The list follows the query as a deferred render: poll until it has caught up (slow on a loaded machine).
    await expect.poll(() => page.$$eval('.palette [data-sku]', (els) => els.length)).toBe(1);
    await screenshot(page, '31-catalog-imported-palette');
    await page.fill('.palette input[type=search]', '');

    await page.click('text=↶ Undo');
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    await expect(page.$$('.palette [data-testid=badge-imported]')).resolves.toHaveLength(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags a placed incomplete item, lets the inspector complete it, and keeps it through export and reload', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    await importFolder(page, netboxFolder(['netbox/Dell']).dir);
    await page.click('[data-testid=import-confirm]');
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    await page.click('.palette [data-sku="dell-poweredge-r750"]');
    await page.click('.face[data-face="front"] .slot[data-u="10"]');
    await page.waitForSelector('.diag[data-code="reference.incompleteItem"]');
    const warning = await page.textContent('.diag[data-code="reference.incompleteItem"]');
    expect(warning).toContain('power.maxW');
    await page.keyboard.press('Escape');

    // Select the placed server and complete its max draw in the inspector.
    const placed = await page.evaluate(
      () => window.__podplan!.getState().layout.devices.find((d) => d.sku === 'dell-poweredge-r750')!.id,
    );
    await page.evaluate(
      (id) => window.__podplan!.dispatch('select', { refs: [{ kind: 'device', id }] }),
      placed,
    );
    await page.waitForSelector('[data-testid=imported-editor]');
    await screenshot(page, '32-catalog-inspector-incomplete');
    const steps = await page.evaluate(() => window.__podplan!.getState().history.past.length);
    await page.fill('[data-testid="figure-power.maxW"]', '1400');
    await page.press('[data-testid="figure-power.maxW"]', 'Enter');
    const item = () =>
      window.__podplan!.getState().layout.catalogItems!.find((i) => i.sku === 'dell-poweredge-r750')!;
    const afterMax = await page.evaluate(item);
    expect(afterMax.missing).not.toContain('power.maxW');
    expect('power' in afterMax && afterMax.power.maxW).toBe(1400);
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(
      steps + 1,
    );
    await page.fill('[data-testid="figure-power.typicalW"]', '900');
    await page.press('[data-testid="figure-power.typicalW"]', 'Enter');
    await expect(page.evaluate(item)).resolves.toMatchObject({ missing: ['price'] });
    // The rack's figures use the completed value.
    const kw = await page.evaluate(
      (id) => window.__podplan!.getReport().devices.find((d) => d.id === id)?.kwMax,
      placed,
    );
    expect(kw).toBeCloseTo(1.4, 6);
    await page.waitForSelector('.diag[data-code="reference.incompleteItem"]');
    expect(await page.textContent('.diag[data-code="reference.incompleteItem"]')).not.toContain('power.maxW');
    await screenshot(page, '33-catalog-inspector-completed');

    // Export, reload (autosave), and open the export in a fresh page: every item comes back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'export-layout'),
    ]);
    const file = join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    const exported = parseLayoutJson(readFileSync(file, 'utf8'));
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const count = exported.value.catalogItems?.length ?? 0;
    expect(count).toBeGreaterThan(10);
    const before = await page.evaluate(layoutOf);
    await page.reload();
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await settle(page);
    // Same content; the loader may order an item's keys differently.
    expect(JSON.parse(await page.evaluate(layoutOf))).toEqual(JSON.parse(before));
    await page.waitForSelector('.palette [data-sku="dell-poweredge-r750"] [data-testid=badge-imported]');

    const fresh = await openFresh(browser());
    await fresh.page.evaluate(() => localStorage.clear());
    await importText(fresh.page, readFileSync(file, 'utf8'), 'exported.layout.json');
    await expect(
      fresh.page.evaluate(() => window.__podplan!.getState().layout.catalogItems?.length ?? 0),
    ).resolves.toBe(count);
    await expect(
      fresh.page.evaluate(() =>
        window.__podplan!.getReport().diagnostics.some((d) => d.code === 'reference.unknownSku'),
      ),
    ).resolves.toBe(false);
    await fresh.page.waitForSelector(
      '.palette [data-sku="dell-poweredge-r750"] [data-testid=badge-imported]',
    );
    await fresh.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('When a catalog file or a price list comes in', () => {
  const browser = useBrowser();

  it('rejects a malformed catalog JSON whole, shows its JSON paths and changes nothing', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    const before = await page.evaluate(layoutOf);
    const bad = {
      schemaVersion: 1,
      items: [
        {
          kind: 'rack',
          sku: 'acme-rack',
          name: 'ACME rack',
          vendor: 'ACME',
          placement: 'floor',
          heightU: 42,
          widthMm: 600,
          depthMm: 1200,
          staticLoadKg: 'heavy',
          weightKg: 100,
          price: { amount: 1, currency: 'USD', example: true },
          provenance: { default: { grade: 'published', source: 'test' } },
        },
      ],
    };
    await importFiles(page, { 'acme-catalog.json': JSON.stringify(bad, null, 2) });
    expect(await countOf(page, 'rejected')).toBe(1);
    const text = await page.textContent('[data-testid=import-rejected]');
    expect(text).toContain('acme-catalog.json');
    expect(text).toContain('$.items[0].staticLoadKg');
    expect(await page.$('[data-testid=import-confirm]')).toBeNull();
    await screenshot(page, '34-catalog-json-rejected');
    await page.click('[data-testid=import-close]');
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('applies a price list in one undo step and the BOM line shows the new price', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importText(page, testPodJson());
    const before = await page.evaluate(layoutOf);

    // A list with an unknown SKU is rejected whole, with its line number.
    await importFiles(page, {
      'prices-bad.csv': 'sku,unit_price,currency\nnvidia-dgx-h100,300000,USD\nno-such-sku,5,USD\n',
    });
    expect(await page.textContent('[data-testid=import-rejected]')).toMatch(
      /line 3: unknown SKU 'no-such-sku'/,
    );
    await page.click('[data-testid=import-close]');
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);

    await importFiles(page, { 'prices.csv': 'sku,unit_price,currency\nnvidia-dgx-h100,312345.5,USD\n' });
    expect(await page.textContent('[data-testid=import-price-list]')).toContain('1 price in USD');
    await screenshot(page, '35-price-list-summary');
    await page.click('[data-testid=import-confirm]');
    const line = await page.evaluate(() =>
      (
        JSON.parse(window.__podplan!.getBomJson()) as {
          lines: { sku: string; unitPrice: number; priceFrom: string }[];
        }
      ).lines.find((l) => l.sku === 'nvidia-dgx-h100')!,
    );
    expect(line).toMatchObject({ unitPrice: 312345.5, priceFrom: 'price list' });
    await expect(page.evaluate(() => window.__podplan!.getState().layout.prices)).resolves.toEqual([
      { sku: 'nvidia-dgx-h100', amount: 312345.5, currency: 'USD' },
    ]);
    await page.evaluate(() =>
      window.__podplan!.dispatch('select', { refs: [{ kind: 'device', id: 'srv-1' }] }),
    );
    await expect(page.textContent('.inspector')).resolves.toContain('$312,346 (price list)');
    await page.click('text=↶ Undo');
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('routes files dropped on the window: YAML to the catalog import, a layout JSON to the layout import', async () => {
    const { page, context, errors } = await openFresh(browser());
    const { dir, core } = netboxFolder(['netbox/Mellanox']);
    const files = readdirSync(join(dir, 'Mellanox')).map((name) => ({
      name,
      text: readFileSync(join(dir, 'Mellanox', name), 'utf8'),
    }));
    const drop = (list: { name: string; text: string }[]) =>
      page.evaluate((l) => {
        const dt = new DataTransfer();
        for (const f of l) dt.items.add(new File([f.text], f.name));
        for (const type of ['dragenter', 'dragover', 'drop'])
          window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, list);
    await drop(files);
    await page.waitForSelector('[data-testid=import-summary]');
    expect(await countOf(page, 'imported')).toBe(core.imported.length);
    expect(await countOf(page, 'partial')).toBe(core.partial.length);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=import-summary]', { state: 'detached' });
    await expect(
      page.evaluate(() => window.__podplan!.getState().layout.catalogItems),
    ).resolves.toBeUndefined();

    await drop([{ name: 'pod.json', text: testPodJson() }]);
    await page.waitForFunction(() => window.__podplan!.getState().layout.name === 'E2E pod');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports the whole shared library in the background with progress, matching the core', async () => {
    const { page, context, errors } = await openFresh(browser());
    const { dir, core } = netboxFolder(['netbox', 'netbox-newer']);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __sawProgress: boolean };
      w.__longest = 0;
      w.__sawProgress = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=import-progress]')) w.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await importFolder(page, dir);
    const took = Date.now() - started;
    expect(await countOf(page, 'imported')).toBe(core.imported.length);
    expect(await countOf(page, 'partial')).toBe(core.partial.length);
    expect(await countOf(page, 'rejected')).toBe(core.rejected.length);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __sawProgress: boolean };
      return { longest: w.__longest, progress: w.__sawProgress };
    });
    console.info(
      `Whole library (${core.imported.length + core.partial.length + core.rejected.length} files): summary after ${took} ms, longest main-thread task ${Math.round(seen.longest)} ms`,
    );
    expect(seen.progress).toBe(true);
    await screenshot(page, '36-catalog-library-summary');
    expect(errors).toEqual([]);
    await context.close();
  });
});
