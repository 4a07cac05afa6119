import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cameraStill, openApp, settle } from './support/browser';
import { DGX_H100, testPodJson } from './support/pods';
import { appUrl, importText, screenshot, useBrowser } from './support/scenario';

async function openPod(page: Page): Promise<void> {
  await importText(page, testPodJson());
  // The import notice goes away as a user would close it; the framing follows the taller canvas.
  await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
  // The Racks preset: the racks in use with a U large enough to aim at (the first view frames the whole pod).
  await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'racks' }));
  await cameraStill(page);
  await settle(page);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  describe(`3D placement at the Racks framing, ${viewport.width}×${viewport.height}`, () => {
    const browser = useBrowser();

    it('frames the racks with a U of at least 8 px and a real mouse drag lands on the chosen U', async () => {
      const { page, errors, context } = await openApp(browser(), appUrl(), viewport);
      await openPod(page);
      // Project U boundaries of rack A1: U1 and U48 centres 47 U apart, both inside the canvas.
      const probe = await page.evaluate(() => {
        const v = window.__podplan!.viewport()!;
        const canvas = document.querySelector('[data-testid=viewport]')!.getBoundingClientRect();
        return {
          u1: v.slotToClient('r1', 1, 'front')!,
          u20: v.slotToClient('r1', 20, 'front')!,
          u48: v.slotToClient('r1', 48, 'front')!,
          canvas: { top: canvas.top, bottom: canvas.bottom, left: canvas.left, right: canvas.right },
        };
      });
      const pxPerU = (probe.u1.y - probe.u48.y) / 47;
      expect(pxPerU).toBeGreaterThanOrEqual(8);
      expect(probe.u20.y).toBeGreaterThan(probe.canvas.top);
      expect(probe.u20.y).toBeLessThan(probe.canvas.bottom);

      // Drag the DGX H100 from the palette with the mouse and release over U20 of A1's front.
      const source = await page.locator(`[data-sku="${DGX_H100}"]`).boundingBox();
      await page.mouse.move(source!.x + 20, source!.y + 10);
      await page.mouse.down();
      await page.mouse.move(probe.u20.x - 30, probe.u20.y, { steps: 4 });
      await page.mouse.move(probe.u20.x, probe.u20.y, { steps: 4 });
      await settle(page);
      const label = await page.locator('.drop-label').textContent();
      expect(label).toContain('U20–U27 front, rack A1');
      // U numbers stand beside the hovered rack's front, from U1 at the plinth to U48 at the top.
      const scale = await page.evaluate(() => {
        const m = window.__podplan!.r3f()!.scene.getObjectByName('u-scale');
        return m ? { visible: m.visible, rack: m.userData.rack as string, heightM: m.scale.y } : null;
      });
      expect(scale).toEqual({ visible: true, rack: 'r1', heightM: expect.closeTo(48 * 0.04445, 6) });
      await screenshot(page, `placement-3d-ghost-${viewport.width}`);
      await page.mouse.up();
      await settle(page);
      const placed = await page.evaluate(() =>
        window.__podplan!.getState().layout.devices.find((d) => d.rack === 'r1'),
      );
      expect(placed).toMatchObject({ sku: DGX_H100, u: 20, face: 'front' });
      // With the drag over and the pointer still on the rack, the scale stays while it helps (hover), else goes.
      await page.mouse.move(5, 5);
      await settle(page);
      const after = await page.evaluate(
        () => window.__podplan!.r3f()!.scene.getObjectByName('u-scale')?.visible ?? null,
      );
      expect(after).toBe(false);
      await screenshot(page, `placement-3d-placed-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('Ghosts, keyboard and CDUs in the elevation, floor plan and inspector', () => {
  const browser = useBrowser();

  it('tells refused from allowed-with-errors, keeps focus on what was placed and edits what a CDU serves', async () => {
    const { page, context } = await openApp(browser(), appUrl(), { width: 1440, height: 900 });
    await openPod(page);
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r2' }));

    // Keyboard: pick up the DGX, Enter on the free U10 slot of A2 (U2–U9 and U11–U18 are taken) snaps to U19.
    await page.focus(`[data-sku="${DGX_H100}"]`);
    await page.keyboard.press('Enter');
    await page.focus('.face[data-face="front"] .slot[data-u="10"]');
    const ghost = page.locator('[data-testid=elevation-ghost]');
    await expect(ghost.getAttribute('aria-label')).resolves.toContain(
      'U19–U26 front, rack A2 (snapped from U10)',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-device'), undefined, {
      timeout: 10_000,
    });
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-device'));
    expect(focused).toBeTruthy();
    const placed = await page.evaluate(
      (id) => window.__podplan!.getState().layout.devices.find((d) => d.id === id),
      focused,
    );
    expect(placed).toMatchObject({ u: 19, rack: 'r2' });
    // Arrow up moves to the free slot above the placed server (U27), one tab stop for the whole face.
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-u'))).resolves.toBe('27');
    const stops = await page.locator('.elevation-body [tabindex="0"]').count();
    expect(stops).toBe(1);

    // A2's feeds cannot carry a third DGX at max draw: allowed, with errors (amber); a fourth into a full
    // span is refused (red). The power figure: 2 × 415 V 60 A PDUs, see test/e2e/support/pods.ts.
    await page.focus('.face[data-face="front"] .slot[data-u="40"]');
    const tone = await ghost.getAttribute('data-tone');
    expect(['warn', 'ok']).toContain(tone);
    await screenshot(page, 'placement-elevation-ghost');
    await page.keyboard.press('Escape');

    // A floor CDU dropped in row B says it serves no rack; the inspector sets its list in one undo step.
    await page.evaluate(() =>
      window.__podplan!.dispatch('arm', {
        payload: { kind: 'sku', sku: 'vertiv-coolchip-cdu-2300' as never },
      }),
    );
    await page.focus('.floor-cell[data-row="1"][data-slot="0"]');
    await page.hover('.floor-cell[data-row="1"][data-slot="0"]');
    await page.click('.floor-cell[data-row="1"][data-slot="0"]');
    const cdu = await page.evaluate(() =>
      window.__podplan!.getState().layout.floorUnits.find((f) => f.sku === 'vertiv-coolchip-cdu-2300'),
    );
    expect(cdu?.position).toEqual({ row: 1, slot: 0 });
    await page.evaluate(
      (id) => window.__podplan!.dispatch('select', { refs: [{ kind: 'floorUnit', id }] }),
      cdu!.id,
    );
    await expect(page.textContent('[data-testid=serves-summary]')).resolves.toContain(
      'The racks of its row B: none',
    );
    const before = await page.evaluate(() => window.__podplan!.getState().history.past.length);
    await page.check('[data-testid=serves-field] input[data-rack="r1"]');
    await expect(page.textContent('[data-testid=serves-summary]')).resolves.toBe('Its own list: A1');
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(
      before + 1,
    );
    await expect(page.locator('.floor-cell.served').count()).resolves.toBe(1);
    await screenshot(page, 'placement-cdu-serves');
    // Ctrl+Z works with the tick box still focused, and takes back exactly that step.
    await page.keyboard.press('Control+z');
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(before);
    await expect(page.locator('.floor-cell.served').count()).resolves.toBe(0);
    await context.close();
  });
});
