import { describe, expect, it } from 'vitest';
import { settle } from './support/browser';
import { testPod, testPodJson } from './support/pods';
import { storedRecords, storedText } from './support/storedPod';
import { importText, screenshot, openFresh, tempDir, useBrowser } from './support/scenario';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const layoutOf = () => JSON.stringify(window.__podplan!.getState().layout);

describe('When the page is reloaded or a bad file comes in', () => {
  const browser = useBrowser();

  it('reload keeps the layout and its undo steps (autosave, flushed on pagehide)', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    await page.click('[data-sku="nvidia-dgx-h100"]');
    await page.click('.face[data-face="front"] .slot[data-u="3"]');
    const before = await page.evaluate(layoutOf);
    await page.reload();
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await settle(page);
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    const labels = () => window.__podplan!.getState().history.past.map((s) => s.label);
    const steps = await page.evaluate(labels);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toBe('Import pod.json');
    await page.keyboard.press('Control+z');
    await expect(page.evaluate(() => window.__podplan!.getState().layout.devices.length)).resolves.toBe(
      testPod().devices.length,
    );
    await context.close();
  });

  it('an edit saved as a journal step, and one made just before a reload, are both there after it', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await expect
      .poll(() => storedRecords(page), { timeout: 30_000 })
      .toEqual({ snapshot: testPodJson(), steps: 0 });
    await page.evaluate(() => window.__podplan!.dispatch('renamePod', { name: 'Journalled' }));
    // The rename is written as one step after the snapshot; the snapshot itself is not rewritten.
    await expect
      .poll(() => storedRecords(page), { timeout: 30_000 })
      .toEqual({ snapshot: testPodJson(), steps: 1 });
    expect(JSON.parse((await storedText(page))!).name).toBe('Journalled');
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    await page.click('[data-sku="nvidia-dgx-h100"]');
    await page.click('.face[data-face="front"] .slot[data-u="3"]');
    const before = await page.evaluate(layoutOf);
    await page.reload(); // at once, inside the autosave's delay
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await settle(page);
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    const labels = await page.evaluate(() => window.__podplan!.getState().history.past.map((s) => s.label));
    expect(labels.slice(-2)).toEqual(['Rename pod', expect.stringMatching(/DGX H100/)]);
    await context.close();
  });

  it('a malformed import shows its errors with JSON paths and leaves the layout unchanged', async () => {
    const { page, errors, context } = await openFresh(browser());
    await importText(page, testPodJson());
    const before = await page.evaluate(layoutOf);
    const bad = JSON.parse(testPodJson()) as { racks: { position: { row: number } }[] };
    bad.racks[1]!.position.row = -1;
    await importText(page, JSON.stringify(bad), 'bad-pod.json');
    const notice = await page.textContent('[data-testid=notice]');
    expect(notice).toMatch(/bad-pod\.json was not imported/);
    expect(notice).toContain('$.racks[1].position.row');
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    await screenshot(page, '08-import-rejected');

    const file = join(tempDir(), 'truncated.json');
    writeFileSync(file, testPodJson().slice(0, 200));
    await page.setInputFiles('[data-testid=import-input]', file);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('truncated.json'),
    );
    await expect(page.evaluate(layoutOf)).resolves.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt autosave from before the update is reported and kept aside; the app still starts', async () => {
    const { page, context } = await openFresh(browser());
    await page.evaluate(() => {
      localStorage.setItem('podplan.layout', '{"schemaVersion":1,"name":');
      localStorage.removeItem('podplan.layout.lastGood');
    });
    await page.reload();
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await expect(page.textContent('[data-testid=notice]')).resolves.toMatch(/could not be opened.*empty pod/);
    await expect(page.evaluate(() => localStorage.getItem('podplan.layout'))).resolves.toBeNull();
    await expect(page.isVisible('text=Download damaged save')).resolves.toBe(true);
    await page.click('[data-testid=show-kept-pods]');
    await page.waitForSelector('[data-testid=kept-pod]');
    await expect(page.textContent('[data-testid=kept-pods]')).resolves.toMatch(/could not be read/);
    await screenshot(page, '09-corrupt-save');
    await context.close();
  });
});
