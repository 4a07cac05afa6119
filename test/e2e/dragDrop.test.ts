import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settle } from './support/browser';
import { DGX_H100, DGX_H100_MAX_KW, testPodJson } from './support/pods';
import { importText, openFresh, screenshot, shownKw, useBrowser } from './support/scenario';

/** Drags a palette item to a client point with DragEvents that share one DataTransfer, as the browser does. */
async function dragPaletteItem(page: Page, sku: string, x: number, y: number, drop = true): Promise<void> {
  await page.evaluate(
    ({ sku, x, y, drop }) => {
      const source = document.querySelector(`[data-sku="${sku}"]`);
      const target = document.elementFromPoint(x, y);
      if (!source || !target) throw new Error('drag source or target missing');
      const dataTransfer = new DataTransfer();
      const fire = (el: Element, type: string) =>
        el.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            dataTransfer,
            clientX: x,
            clientY: y,
          }),
        );
      fire(source, 'dragstart');
      fire(target, 'dragenter');
      fire(target, 'dragover');
      fire(target, 'dragover');
      if (drop) {
        fire(target, 'drop');
        fire(source, 'dragend');
      }
    },
    { sku, x, y, drop },
  );
}

describe('When a GPU server is dragged from the palette into an empty rack', () => {
  const browser = useBrowser();

  it("raises the rack's and the pod's max kW by the server's max draw (3D view)", async () => {
    const { page, errors, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('reveal', { ref: { kind: 'rack', id: 'r1' } }));
    await page.waitForTimeout(700);
    await settle(page);
    const before = await shownKw(page, 'r1');
    expect(before.rack).toBe(0);
    const point = await page.evaluate(() => window.__podplan!.viewport()!.slotToClient('r1', 20, 'front'));
    expect(point).not.toBeNull();
    // Hover first: the ghost is checked by the core and shown green before anything is committed.
    await dragPaletteItem(page, DGX_H100, point!.x, point!.y, false);
    await settle(page);
    const preview = await page.evaluate(() => window.__podplan!.getState().session.preview);
    expect(preview?.problems).toEqual([]);
    expect(preview?.target).toMatchObject({ kind: 'slot', rack: 'r1', face: 'front' });
    await expect(page.evaluate(() => window.__podplan!.getState().layout.devices.length)).resolves.toBe(3);
    await screenshot(page, '03-drag-ghost-3d');
    await dragPaletteItem(page, DGX_H100, point!.x, point!.y);
    await settle(page);
    const after = await shownKw(page, 'r1');
    expect(after.rack - before.rack).toBeCloseTo(DGX_H100_MAX_KW, 9);
    expect(after.pod - before.pod).toBeCloseTo(DGX_H100_MAX_KW, 9);
    await expect(page.textContent('[data-rack-id="r1"] .rack-kw')).resolves.toBe('10.2 kW');
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(2);
    await screenshot(page, '04-dropped-3d');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does the same when dropped on a slot of the rack elevation', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    const before = await shownKw(page, 'r1');
    const slot = page.locator('.face[data-face="front"] .slot[data-u="30"]');
    await slot.scrollIntoViewIfNeeded();
    const box = await slot.boundingBox();
    await dragPaletteItem(page, DGX_H100, box!.x + box!.width / 2, box!.y + box!.height / 2);
    const after = await shownKw(page, 'r1');
    expect(after.rack - before.rack).toBeCloseTo(DGX_H100_MAX_KW, 9);
    expect(after.pod - before.pod).toBeCloseTo(DGX_H100_MAX_KW, 9);
    await expect(page.locator('.face[data-face="front"] .device').count()).resolves.toBe(1);
    await context.close();
  });
});
