/**
 * What a floor CDU serves, in 3D (issue 13): a line from the CDU to each rack it serves, drawn when the CDU is
 * selected; setting `serves` in the inspector redraws them, and one undo step brings them back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cameraStill, openApp, settle } from './support/browser';
import { ROOT } from './support/previewServer';
import { appUrl, importAndClose, screenshot, useBrowser } from './support/scenario';
import { closeFirstRunHint } from './support/view3d';

/** Segments per served rack: one line from the CDU, then the rack's outline (12 box edges). */
const SEGMENTS_PER_RACK = 1 + 12;

type Point = [number, number, number];

/** The 3D served-lines object: shown, which racks, its segments' end points (m, world). */
const servedLines = (page: Page) =>
  page.evaluate(() => {
    const lines = window.__podplan!.r3f()!.scene.getObjectByName('served-lines') as unknown as {
      visible: boolean;
      userData: { racks?: string[] };
      geometry: {
        drawRange: { count: number };
        getAttribute: (n: string) => {
          getX: (i: number) => number;
          getY: (i: number) => number;
          getZ: (i: number) => number;
        };
      };
    };
    const pos = lines.geometry.getAttribute('position');
    const count = lines.visible ? lines.geometry.drawRange.count : 0;
    const points: Point[] = Array.from({ length: count }, (_, i) => [pos.getX(i), pos.getY(i), pos.getZ(i)]);
    return { visible: lines.visible, racks: lines.userData.racks ?? [], points };
  });

/** The line from the CDU to each served rack: the first segment of each rack's block of 13. */
const linesToRacks = (points: Point[]) =>
  Array.from({ length: points.length / (2 * SEGMENTS_PER_RACK) }, (_, k) => ({
    from: points[2 * SEGMENTS_PER_RACK * k]!,
    to: points[2 * SEGMENTS_PER_RACK * k + 1]!,
  }));

const openErrors = (page: Page) =>
  page.evaluate(() =>
    window
      .__podplan!.getReport()
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.message),
  );

describe('What a floor CDU serves, in 3D', () => {
  const browser = useBrowser();

  it('draws a line to each rack the CDU serves, follows the inspector and comes back in one undo', async () => {
    const { page, context, errors } = await openApp(browser(), appUrl(), { width: 1440, height: 900 });
    // The liquid example: CDU1 (row B, position 1) serves the NVL72-class racks L1 and L2 (row A, positions 1–2).
    await importAndClose(
      page,
      readFileSync(resolve(ROOT, 'public/examples/liquid-nvl72.json'), 'utf8'),
      'liquid-nvl72.json',
    );
    // The whole floor in view, so the screenshots show the CDU in row B and its lines to row A.
    await closeFirstRunHint(page);
    await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'overview' }));
    await cameraStill(page);
    await expect(servedLines(page)).resolves.toMatchObject({ visible: false });

    await page.evaluate(() =>
      window.__podplan!.dispatch('select', { refs: [{ kind: 'floorUnit', id: 'CDU1' }], mode: 'replace' }),
    );
    await settle(page);
    const both = await servedLines(page);
    expect(both.visible).toBe(true);
    expect(both.racks).toEqual(['L1', 'L2']);
    expect(both.points).toHaveLength(2 * 2 * SEGMENTS_PER_RACK);
    const [toL1, toL2] = linesToRacks(both.points);
    // Both lines leave the same point above the CDU and end above two racks one 600 mm pitch apart in x, in the row
    // across the 1.2 m aisle: row centres 1.2 m (row depth) + 1.2 m (aisle) = 2.4 m apart in z.
    expect(toL2!.from).toEqual(toL1!.from);
    expect(Math.abs(toL2!.to[0] - toL1!.to[0])).toBeCloseTo(0.6, 3);
    expect(toL2!.to[2]).toBeCloseTo(toL1!.to[2], 3);
    expect(Math.abs(toL1!.from[2] - toL1!.to[2])).toBeCloseTo(2.4, 3);
    await expect(page.textContent('[data-testid=serves-summary]')).resolves.toBe('Its own list: L1, L2');
    await screenshot(page, 'cdu-serves-both-1440');
    const steps = await page.evaluate(() => window.__podplan!.getState().history.past.length);
    expect(await openErrors(page)).toEqual([]);

    // Untick L2 in the inspector: one line left, to L1, and L2's liquid heat has no CDU.
    await page.click('[data-testid=serves-field] input[data-rack="L2"]');
    await settle(page);
    const one = await servedLines(page);
    expect(one.racks).toEqual(['L1']);
    expect(one.points).toHaveLength(2 * SEGMENTS_PER_RACK);
    expect(linesToRacks(one.points)[0]).toEqual(toL1);
    await expect(page.textContent('[data-testid=serves-summary]')).resolves.toBe('Its own list: L1');
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(
      steps + 1,
    );
    const unserved = await openErrors(page);
    expect(unserved).toHaveLength(1);
    expect(unserved[0]).toMatch(/^Rack L2: .* of liquid heat at max draw and no CDU serves it\.$/);
    await screenshot(page, 'cdu-serves-one-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'cdu-serves-one-1280');

    // One undo (Ctrl+Z) restores the list, the lines and the clean report.
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await settle(page);
    const back = await servedLines(page);
    expect(back).toEqual(both);
    await expect(page.evaluate(() => window.__podplan!.getState().history.past.length)).resolves.toBe(steps);
    await expect(
      page.evaluate(
        () => window.__podplan!.getState().layout.floorUnits.find((u) => u.id === 'CDU1')?.serves,
      ),
    ).resolves.toEqual(['L1', 'L2']);
    expect(await openErrors(page)).toEqual([]);
    await screenshot(page, 'cdu-serves-undone-1280');
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
