import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import type { Layout } from '../../src/core';
import {
  defaultChoices,
  placeNetwork,
  builtinCatalog,
  deviceId,
  linkId,
  NETWORK_ROLES,
  parseLayoutJson,
  serializeLayout,
} from '../../src/core';
import { settle } from './support/browser';
import { ROOT } from './support/previewServer';
import { importText, openFresh, screenshot, tempDir, useBrowser } from './support/scenario';

const EXAMPLE = 'air-cooled-dgx-h100.json';

function exampleLayout(): Layout {
  const parsed = parseLayoutJson(readFileSync(resolve(ROOT, 'public/examples', EXAMPLE), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** What the core plans for the example with the dialog's defaults (every network, a new network rack). */
function corePlan() {
  const d = defaultChoices(builtinCatalog);
  const choices = Object.fromEntries(NETWORK_ROLES.map((r) => [r, d[r]]).filter(([, c]) => c));
  const r = placeNetwork(exampleLayout(), builtinCatalog, { choices, target: { kind: 'new-rack' } });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function openExample(page: Page): Promise<void> {
  await page.click('[data-testid=file-menu]');
  await page.click('[data-testid=new-pod-example]:has-text("DGX H100")');
  await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 5);
  await page.waitForTimeout(500);
  await settle(page);
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__podplan!.getState();
    return {
      links: s.layout.links.length,
      devices: s.layout.devices.length,
      racks: s.layout.racks.length,
      steps: s.history.past.length,
      label: s.history.past.at(-1)?.label ?? null,
      selection: s.session.selection,
    };
  });

describe('When the network of an example pod is planned', () => {
  const browser = useBrowser();

  it('shows the core’s sizing, places switches and links in one step, and undoes them in one step', async () => {
    const { page, errors, context } = await openFresh(browser());
    await openExample(page);
    const before = await state(page);
    const plan = corePlan();

    await chooseFromMenu(page, 'plan-network');
    await page.waitForSelector('dialog.network-dialog[open]');
    await page.waitForSelector('[data-testid=plan-preview].ok');
    await screenshot(page, '30-plan-network-dialog');
    for (const role of NETWORK_ROLES) {
      const shown = await page.$eval(`[data-testid=sizing-${role}]`, (el) => ({
        leaf: Number(el.getAttribute('data-leaf')),
        spine: Number(el.getAttribute('data-spine')),
        core: Number(el.getAttribute('data-core')),
        links: Number(el.getAttribute('data-links')),
      }));
      const s = plan.plans.find((p) => p.role === role)?.sizing;
      expect(shown, role).toEqual({
        leaf: s?.counts.leaf ?? 0,
        spine: s?.counts.spine ?? 0,
        core: s?.counts.core ?? 0,
        links: s ? s.links.nodeLeaf + s.links.leafSpine + s.links.spineCore : 0,
      });
      // The leaf rows of the table (one per port usage) add up to the same count.
      const cells = await page.$$eval(`[data-testid=sizing-${role}] [data-testid=count-leaf]`, (els) =>
        els.map((e) => Number(e.textContent)),
      );
      expect(cells.reduce((a, b) => a + b, 0)).toBe(s?.counts.leaf);
    }
    await expect(page.textContent('[data-testid=plan-preview]')).resolves.toBe(plan.preview);

    await page.click('[data-testid=place-network]');
    await page.waitForSelector('dialog.network-dialog', { state: 'detached' });
    const after = await state(page);
    const linkCount = Object.values(plan.links).reduce((s, n) => s + n, 0);
    expect(after.links).toBe(linkCount);
    expect(after.devices).toBe(before.devices - plan.removedSwitches + plan.switches.length);
    expect(after.racks).toBe(before.racks + plan.newRacks.length);
    expect(after.steps).toBe(before.steps + 1);
    expect(after.label).toMatch(/^Plan network/);
    await expect(page.textContent('[data-testid=error-count]')).resolves.toBe('0 errors');
    await screenshot(page, '31-network-placed');

    await page.click('button[aria-label=Undo]');
    await settle(page);
    const undone = await state(page);
    expect(undone).toMatchObject({
      links: 0,
      devices: before.devices,
      racks: before.racks,
      steps: before.steps,
    });
    await page.click('button[aria-label=Redo]');
    expect((await state(page)).links).toBe(linkCount);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the cables in a few draw calls, highlights a device’s links, and shows a picked link', async () => {
    const { page, errors, context } = await openFresh(browser());
    await openExample(page);
    await chooseFromMenu(page, 'plan-network');
    await page.waitForSelector('[data-testid=plan-preview].ok');
    await page.click('[data-testid=place-network]');
    await settle(page);
    const without = await page.evaluate(() => window.__podplan!.viewport()!.sample());

    await chooseFromMenu(page, 'toggle-cables');
    await settle(page);
    const withCables = await page.evaluate(() => window.__podplan!.viewport()!.sample());
    const links = (await state(page)).links;
    console.info(
      `draw calls: ${without.calls} without cables, ${withCables.calls} with ${links} cables (triangles ${without.triangles} → ${withCables.triangles})`,
    );
    expect(withCables.calls).toBeLessThan(100);
    expect(withCables.calls - without.calls).toBeLessThanOrEqual(2);
    expect(withCables.triangles).toBeGreaterThan(without.triangles);
    await screenshot(page, '32-cables-3d');

    // A leaf: its links keep their colour, the rest dim.
    await page.evaluate(() =>
      window.__podplan!.dispatch('select', { refs: [{ kind: 'device', id: 'compute-leaf-1' }] }),
    );
    await settle(page);
    await expect(page.textContent('.device-links h3')).resolves.toMatch(/^\d+ links/);
    await screenshot(page, '33-leaf-links');

    // Pick a cable in 3D: aim at the middle of the longest run along the tray.
    const aim = await page.evaluate(() => {
      const root = window.__podplan!.r3f()!;
      const mesh = root.scene.getObjectByName('cables') as unknown as {
        count: number;
        getMatrixAt: (i: number, m: unknown) => void;
      };
      const THREE = root.camera.position.constructor as unknown as new () => {
        setFromMatrixPosition: (m: unknown) => { project: (c: unknown) => { x: number; y: number } };
      };
      const M = root.camera.matrixWorld.constructor as unknown as new () => unknown;
      const m = new M() as { elements: number[] };
      let best = 0;
      let widest = 0;
      for (let i = 0; i < mesh.count; i++) {
        mesh.getMatrixAt(i, m);
        // The prism's long axis (matrix column y) along x: a run along the tray.
        const alongX = Math.abs(m.elements[4] ?? 0);
        if (alongX > widest) [widest, best] = [alongX, i];
      }
      mesh.getMatrixAt(best, m);
      const p = new THREE().setFromMatrixPosition(m).project(root.camera);
      const rect = root.gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height };
    });
    await page.mouse.click(aim.x, aim.y);
    await settle(page);
    const picked = (await state(page)).selection;
    expect(picked).toHaveLength(1);
    expect(picked[0]?.kind).toBe('link');
    await expect(page.textContent('[data-testid=link-figures]')).resolves.toMatch(/Medium.*Cable length/s);
    await screenshot(page, '34-link-picked');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every cable in the schedule and exports one CSV row per link', async () => {
    const { page, errors, context } = await openFresh(browser());
    await openExample(page);
    await chooseFromMenu(page, 'plan-network');
    await page.waitForSelector('[data-testid=plan-preview].ok');
    await page.click('[data-testid=place-network]');
    await chooseFromMenu(page, 'toggle-schedule');
    const links = (await state(page)).links;
    await expect(page.textContent('[data-testid=schedule-count]')).resolves.toBe(`${links} cables`);

    await page.fill('.schedule-filter', 'storage');
    await expect(page.textContent('[data-testid=schedule-count]')).resolves.toMatch(/^\d+ of \d+ cables$/);
    await page.fill('.schedule-filter', '');
    await page.click('.schedule-table th:has-text("Length (m)") button');
    await page.click('.schedule-table th:has-text("Length (m)") button');
    await expect(page.getAttribute('.schedule-table th:has-text("Length (m)")', 'aria-sort')).resolves.toBe(
      'descending',
    );
    await page.click('.schedule-table tbody tr:first-child');
    const sel = (await state(page)).selection;
    expect(sel[0]?.kind).toBe('link');
    await expect(page.textContent('.inspector h2')).resolves.toMatch(/^Link/);
    await screenshot(page, '35-cable-schedule');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-cables-csv]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.cables\.csv$/);
    const file = join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    const rows = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^link,fabric,from_rack,from_device,from_port,to_rack,to_device,to_port,medium/);
    expect(rows).toHaveLength(links + 1);
    const bom = JSON.parse(await page.evaluate(() => window.__podplan!.getBomJson()));
    expect(bom.cabling.runs).toHaveLength(links);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reveals the link a cabling diagnostic names', async () => {
    const { page, errors, context } = await openFresh(browser());
    // The example planned, plus one link from a DGX's 400G compute port to a 1 GbE out-of-band leaf port.
    const planned = corePlan().layout;
    const free = planned.links.find((l) => l.b.device === 'oob-leaf-1')!;
    const bad: Layout = {
      ...planned,
      links: [
        ...planned.links.filter((l) => l !== free),
        { id: linkId('bad-link'), a: { device: deviceId('C1-dgx1'), port: 'storage/2' }, b: free.b },
      ].filter((l) => !(l.a.device === 'C1-dgx1' && l.a.port === 'storage/2' && l.id !== 'bad-link')),
    };
    await importText(page, serializeLayout(bad));
    const code = 'network.linkSpeedMismatch';
    await page.click(`.diag[data-code="${code}"]`);
    await page.waitForTimeout(600);
    expect((await state(page)).selection).toEqual([{ kind: 'link', id: 'bad-link' }]);
    await expect(page.getAttribute('[data-testid=toggle-cables]', 'aria-checked')).resolves.toBe('true');
    await expect(page.textContent('.inspector')).resolves.toMatch(/does not|Gb\/s/);
    await screenshot(page, '36-diagnostic-link');
    expect(errors).toEqual([]);
    await context.close();
  });
});
