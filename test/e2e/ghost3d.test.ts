/**
 * The refused ghost in the 3D view (issue 13): a drop the core refuses (no room) is drawn and worded unlike one that
 * is allowed with errors, and releasing there changes nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeLayout } from '../../src/core';
import { cameraStill, openApp } from './support/browser';
import { podWithFullRack } from './support/fullRack';
import { DGX_H100 } from './support/pods';
import { appUrl, importAndClose, screenshot, useBrowser } from './support/scenario';
import { closeFirstRunHint, dropState, hover, pickUp, slotPoint } from './support/view3d';

/** The pod as saved, the undo depth and the status line: what a release could change. */
const podState = (page: Page) =>
  page.evaluate(() => {
    const s = window.__podplan!.getState();
    return { layout: JSON.stringify(s.layout), steps: s.history.past.length };
  });

describe('The refused ghost in the 3D view', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`shows a refused drop unlike an allowed-with-errors one, and a release there changes nothing (${width}×${height})`, async () => {
      const { page, context, errors } = await openApp(browser(), appUrl(), { width, height });
      // A1 holds five DGX H100 with no 8 U gap: a sixth is refused anywhere in it. A3 is empty on 230 V 32 A PDUs
      // (5.9 kVA per feed after derating, under the DGX's 10.2 kW max draw): allowed, with errors.
      await importAndClose(page, serializeLayout(podWithFullRack()), 'full.json');
      await closeFirstRunHint(page);
      // "Front of row" frames A1 to A3 (the default frames only the racks in use, A1 and A2, at 1280×720).
      await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'row' }));
      await cameraStill(page);
      await pickUp(page, DGX_H100);

      await hover(page, await slotPoint(page, 'r1', 20));
      const refused = await dropState(page);
      await screenshot(page, `ghost3d-refused-${width}`);
      await hover(page, await slotPoint(page, 'r3', 20));
      const warned = await dropState(page);
      await screenshot(page, `ghost3d-warn-${width}`);

      // The label: where, then the verdict in words, red with a dashed border against amber with a solid one.
      expect(refused).toMatchObject({ shown: true, tone: 'refused', ghostShown: true, ghostTone: 'refused' });
      expect(refused.lines[0]).toBe('U20–U27 front, rack A1');
      expect(refused.lines[1]).toMatch(
        /^refused: Rack A1: the new NVIDIA DGX H100 at U20–U27 front overlaps /,
      );
      expect(warned).toMatchObject({ shown: true, tone: 'warn', ghostShown: true, ghostTone: 'warn' });
      expect(warned.lines[0]).toBe('U20–U27 front, rack A3');
      expect(warned.lines[1]).toMatch(/^allowed, with errors: /);
      expect(refused.background).not.toBe(warned.background);
      expect(refused.border).toBe('dashed');
      expect(warned.border).toBe('solid');
      // The ghost box: red (#dc2626) with a cross (12 edges + 4) against amber (#f59e0b) with its 12 edges.
      expect(refused.ghostColour).toBe('dc2626');
      expect(warned.ghostColour).toBe('f59e0b');
      expect(refused.ghostSegments).toBe(16);
      expect(warned.ghostSegments).toBe(12);

      // Releasing over the refused spot places nothing, adds no undo step, and the item stays in hand.
      const before = await podState(page);
      const point = await slotPoint(page, 'r1', 20);
      await hover(page, point);
      await page.mouse.down();
      await page.mouse.up();
      await cameraStill(page);
      await expect(podState(page)).resolves.toEqual(before);
      await expect(page.evaluate(() => window.__podplan!.getState().session.armed)).resolves.toMatchObject({
        kind: 'sku',
        sku: DGX_H100,
      });
      await expect(page.textContent('[data-testid=status]')).resolves.toMatch(
        /^Cannot place: Rack A1: the new NVIDIA DGX H100 at U20–U27 front overlaps /,
      );
      await screenshot(page, `ghost3d-released-${width}`);
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
      await context.close();
    }, 400_000);
  }
});
