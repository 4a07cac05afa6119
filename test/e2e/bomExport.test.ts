import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { bom, bomToJson, builtinCatalog, parseLayoutJson } from '../../src/core';
import { testPodJson } from './support/pods';
import { ROOT } from './support/previewServer';
import { importText, openFresh, tempDir, useBrowser } from './support/scenario';

const CLI = resolve(ROOT, 'bin/podplan.mjs');

/** `podplan bom <file>` when the CLI is built; else the core's own `bomToJson(bom(...))` (noted in the test name). */
function referenceBom(layoutFile: string): { text: string; source: string } {
  if (existsSync(CLI))
    return {
      text: execFileSync('node', [CLI, 'bom', layoutFile], { cwd: ROOT, encoding: 'utf8' }),
      source: 'CLI',
    };
  const parsed = parseLayoutJson(readFileSync(layoutFile, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return { text: bomToJson(bom(parsed.value, builtinCatalog)), source: 'core (bin/podplan.mjs not present)' };
}

describe('When the BOM is exported', () => {
  const browser = useBrowser();

  it('writes the same bytes as `podplan bom` for the same layout', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    // An edit in the app first, so the exported layout is the app's, not the fixture's.
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    await page.click('[data-sku="nvidia-dgx-b200"]');
    await page.click('.face[data-face="front"] .slot[data-u="5"]');
    await page.keyboard.press('Escape');

    const dir = tempDir();
    const [layoutDownload] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'export-layout'),
    ]);
    const layoutFile = join(dir, layoutDownload.suggestedFilename());
    await layoutDownload.saveAs(layoutFile);
    const [bomDownload] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'export-bom'),
    ]);
    expect(bomDownload.suggestedFilename()).toMatch(/\.bom\.json$/);
    const bomFile = join(dir, bomDownload.suggestedFilename());
    await bomDownload.saveAs(bomFile);

    const exported = readFileSync(bomFile, 'utf8');
    const reference = referenceBom(layoutFile);
    console.info(`BOM compared against: ${reference.source}`);
    expect(exported).toBe(reference.text);
    expect(JSON.parse(exported).lines.some((l: { sku: string }) => l.sku === 'nvidia-dgx-b200')).toBe(true);
    await context.close();
  });
});
