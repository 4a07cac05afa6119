/**
 * Names as a user reads them (issue 13): two racks of an overlap are two different names, an item not placed yet is
 * "the new NVIDIA DGX H100", not the id made up for the preview, and the 3D floor labels say the racks' names.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRack, rackId, serializeLayout, sku } from '../../src/core';
import { cameraStill, openApp, settle } from './support/browser';
import { podWithFullRack } from './support/fullRack';
import { DGX_H100, testPod } from './support/pods';
import { appUrl, importAndClose, screenshot, useBrowser } from './support/scenario';
import { closeFirstRunHint, dropState, floorPoint, hover, pickUp, slotPoint } from './support/view3d';

const RACK_48U = 'rack-48u-600x1200';
const RACK_48U_NAME = 'Rack 48U 600 × 1200';

/** Two names in "X overlaps Y", or null when the text has no overlap. */
const overlapNames = (text: string) =>
  /^(?:refused: )?(.+?) overlaps (.+?) at /.exec(text)?.slice(1, 3) ?? null;

/** The racks' names in the capacity panel, and the labels painted on the 3D floor (read from the scene's floor). */
const panelAndFloorNames = (page: Page) =>
  page.evaluate(() => {
    const floor = window.__podplan!.r3f()!.scene.getObjectByName('floor')!;
    const labels = floor.userData.labels as {
      row: number;
      slot: number;
      text: string;
      position: string | null;
      occupied: boolean;
    }[];
    return {
      panel: [...document.querySelectorAll('.capacity [data-rack-id] .rack-name')].map((e) => e.textContent),
      labels,
    };
  });

describe('Names as a user reads them', () => {
  const browser = useBrowser();

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`names both racks of an overlap and the server not placed yet by what it is (${width}×${height})`, async () => {
      const { page, context, errors } = await openApp(browser(), appUrl(), { width, height });
      await importAndClose(page, serializeLayout(podWithFullRack()), 'full.json');
      await closeFirstRunHint(page);
      // The whole floor in view, to aim at a floor position.
      await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'overview' }));
      await cameraStill(page);

      // A new rack over rack A1: the new one takes its position's name (A1) too, so the message must not say
      // "Rack A1 overlaps Rack A1".
      await pickUp(page, RACK_48U);
      await hover(page, await floorPoint(page, 0, 0));
      const rack = await dropState(page);
      await screenshot(page, `names-rack-overlap-${width}`);
      expect(rack.tone).toBe('refused');
      const rackText = rack.lines.join(' · ');
      expect(rackText).toContain(`refused: the new ${RACK_48U_NAME} overlaps Rack A1 at row 1, position 1.`);
      const [mine, theirs] = overlapNames(rack.lines[1] ?? '') ?? [];
      expect(mine).toBe(`the new ${RACK_48U_NAME}`);
      expect(theirs).toBe('Rack A1');
      expect(mine).not.toBe(theirs);
      await page.keyboard.press('Escape');

      // A sixth DGX H100 in the full A1: refused, and the new server is named by what it is, not by the preview's id.
      await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'racks' }));
      await cameraStill(page);
      await pickUp(page, DGX_H100);
      await hover(page, await slotPoint(page, 'r1', 20));
      const server = await dropState(page);
      const subjectId = await page.evaluate(() => window.__podplan!.getState().session.preview?.subjectId);
      await screenshot(page, `names-new-server-${width}`);
      expect(server.tone).toBe('refused');
      expect(server.lines[1]).toBe(
        "refused: Rack A1: the new NVIDIA DGX H100 at U20–U27 front overlaps 'full-2' (NVIDIA DGX H100) at U19–U26 front at U20 (a full-depth device blocks both faces).",
      );
      expect(subjectId).toMatch(/^srv-\d+$/);
      expect(server.lines.join(' ')).not.toContain(`'${subjectId}'`);
      // The same words in the session's preview, which the status bar and the keyboard path read.
      const problems = await page.evaluate(
        () => window.__podplan!.getState().session.preview?.problems ?? [],
      );
      expect(problems[0]).toContain('the new NVIDIA DGX H100 at U20–U27 front');
      await page.keyboard.press('Escape');

      // A file with two racks called A1 on the same position: the diagnostic tells them apart by id.
      const twin = addRack(testPod(), {
        id: rackId('r4'),
        sku: sku(RACK_48U),
        name: 'A1',
        position: { row: 0, slot: 0 },
      });
      await importAndClose(page, serializeLayout(twin), 'twin.json');
      const message = await page.textContent('.diag[data-code="space.floorOverlap"] .diag-message');
      expect(message).toBe("Rack A1 ('r4') overlaps Rack A1 ('r1') at row 1, position 1.");
      const [a, b] = overlapNames(message ?? '') ?? [];
      expect(a).not.toBe(b);
      await screenshot(page, `names-twin-racks-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    }, 400_000);
  }

  it("shows the example's rack names on the 3D floor, the same as the panels", async () => {
    const { page, context, errors } = await openApp(browser(), appUrl(), { width: 1440, height: 900 });
    await page.click('[data-testid=file-menu]');
    await page.click('[data-testid=new-pod-example]:has-text("DGX H100")');
    await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 5);
    await settle(page);
    await closeFirstRunHint(page);
    await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'overview' }));
    await cameraStill(page);
    const { panel, labels } = await panelAndFloorNames(page);
    // The example's racks are C1–C4 and N1, standing on positions A1–A5.
    expect(panel).toEqual(['C1', 'C2', 'C3', 'C4', 'N1']);
    const occupied = labels.filter((l) => l.occupied);
    expect(occupied.map((l) => l.text)).toEqual(panel);
    // Each name stands in front of its own rack, with the position under it; the free position reads A6 alone.
    expect(occupied.map((l) => [l.slot, l.position])).toEqual([
      [0, 'A1'],
      [1, 'A2'],
      [2, 'A3'],
      [3, 'A4'],
      [4, 'A5'],
    ]);
    expect(labels.filter((l) => !l.occupied).map((l) => [l.text, l.position])).toEqual([['A6', null]]);
    const layout = await page.evaluate(() => window.__podplan!.getState().layout);
    for (const l of occupied)
      expect(layout.racks.find((r) => r.position.row === l.row && r.position.slot === l.slot)?.name).toBe(
        l.text,
      );
    await screenshot(page, 'names-example-floor-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await cameraStill(page);
    await screenshot(page, 'names-example-floor-1280');
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
