/**
 * Plan a pod (issue 9): from the empty floor through the dialog (256 GPUs of DGX H100 with rear doors), the plan
 * applied in one undo step with zero errors and the device counts the core plans for the same request; undo
 * restores the empty pod and redo brings the plan back. Screenshots at 1280×720 and 1440×900.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, emptyLayout, planVariants } from '../../src/core';
import { openApp } from './support/browser';
import { appUrl, screenshot, useBrowser } from './support/scenario';

/** What the core plans for the dialog's request (defaults: all four networks at 1:1, feed sized to the plan). */
function corePlan() {
  const r = planVariants(
    { target: { kind: 'gpus', gpus: 256 }, platform: 'nvidia-dgx-h100', cooling: 'rear-door' },
    builtinCatalog,
    emptyLayout(),
  );
  if (!r.ok) throw new Error(r.error);
  return r.value.variants[0]!.plan;
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__podplan!.getState();
    const r = window.__podplan!.getReport();
    return {
      racks: s.layout.racks.length,
      devices: s.layout.devices.length,
      sideItems: s.layout.sideItems.length,
      links: s.layout.links.length,
      doors: s.layout.racks.filter((x) => x.rearDoor !== undefined).length,
      scenarios: (s.layout.scenarios ?? []).map((x) => x.name),
      gpus: r.pod.gpus,
      errors: r.errors,
      steps: s.history.past.length,
      label: s.history.past.at(-1)?.label ?? null,
    };
  });

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-testid=plan-menu]');
  await page.click('[data-testid=plan-pod]');
  await page.waitForSelector('[data-testid=plan-pod-dialog][open]');
}

describe('When a pod is planned from the empty floor', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    it(`plans 256 DGX H100 GPUs with rear doors, applies in one step, undoes and redoes (${viewport.width}×${viewport.height})`, async () => {
      const { page, context, errors } = await openApp(browser(), appUrl(), viewport);
      await page.click('[data-testid=file-menu]');
      await page.click('[data-testid=new-empty-pod]');
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 0);
      const before = await state(page);

      // The empty-floor hint offers the planner too; Esc closes the dialog and changes nothing.
      await page.click('[data-testid=empty-plan-pod]');
      await page.waitForSelector('[data-testid=plan-pod-dialog][open]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=plan-pod-dialog]', { state: 'detached' });
      expect(await state(page)).toEqual(before);

      await openDialog(page);
      await expect(page.inputValue('[data-testid=plan-gpus]')).resolves.toBe('256');
      await expect(page.inputValue('[data-testid=plan-platform]')).resolves.toBe('nvidia-dgx-h100');
      await page.selectOption('[data-testid=plan-cooling]', 'rear-door');
      await page.waitForSelector('[data-testid=plan-result]', { timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector('[data-testid=plan-cancel]'), undefined, {
        timeout: 60_000,
      });
      const plan = corePlan();
      const shown = await page.locator('[data-testid=plan-result] tbody tr').allTextContents();
      expect(shown[0]).toContain('GPUs');
      expect(shown[0]).toContain('256');
      expect(await page.textContent('[data-testid=plan-status]')).toContain('256 GPUs fit with no errors');
      // The dialog fits the window: its right edge and the Apply button are on screen.
      const box = await page.locator('[data-testid=plan-pod-dialog]').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      const apply = await page.locator('[data-testid=plan-apply]').boundingBox();
      expect(apply!.y + apply!.height).toBeLessThanOrEqual(viewport.height);
      await screenshot(page, `plan-pod-dialog-${viewport.width}x${viewport.height}`);

      await page.click('[data-testid=plan-apply]');
      await page.waitForSelector('[data-testid=plan-pod-dialog]', { state: 'detached' });
      const after = await state(page);
      expect(after).toMatchObject({
        racks: plan.counts.computeRacks + plan.counts.networkRacks,
        devices: plan.layout.devices.length,
        sideItems: plan.layout.sideItems.length,
        links: plan.counts.links,
        doors: plan.counts.doors,
        gpus: 256,
        errors: 0,
        steps: before.steps + 1,
        label: 'Plan a pod (256 GPUs)',
      });
      // 32 DGX H100 at 5 per rack (42 U, 8 U each) is 7 compute racks, each with a rear door.
      expect(plan.counts.computeRacks).toBe(7);
      expect(after.doors).toBe(7);
      expect(after.scenarios.slice(-4)).toEqual(['As asked', 'Densest racks', '32 A PDUs', 'Room air only']);
      await expect(page.textContent('[data-testid=toolbar-errors]')).resolves.toBe('Plan holds');
      await screenshot(page, `plan-pod-applied-${viewport.width}x${viewport.height}`);

      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 0);
      expect(await state(page)).toMatchObject({ racks: 0, devices: 0, links: 0, steps: before.steps });
      await page.keyboard.press('Control+Shift+z');
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length > 0);
      expect((await state(page)).devices).toBe(after.devices);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('When a fix is applied from the diagnostics list', () => {
  const browser = useBrowser();

  it('previews the PDUs rack B1 needs with their cost, applies them in one step, and undo restores', async () => {
    const { page, context, errors } = await openApp(browser(), appUrl(), { width: 1440, height: 900 });
    await page.click('[data-testid=file-menu]');
    await page.click('[data-testid=new-pod-example]:has-text("Broken")');
    await page.waitForFunction(() => window.__podplan!.getState().layout.name.length > 0);
    await page.waitForFunction(() => window.__podplan!.getReport().errors > 0);
    const before = await state(page);
    const row = page.locator('.diag-list li', {
      has: page.locator('[data-code="power.feedOverload"]', { hasText: 'Rack B1' }),
    });
    await row.first().locator('[data-testid=fix-preview]').click();
    const details = row.first().locator('[data-testid=fix-details]');
    await expect(details.textContent()).resolves.toMatch(
      /Add PDUs: adds a Raritan PX3-5878 .* on each of feeds A and B of rack B1; \$[\d,]+ \(example list prices\)/,
    );
    await screenshot(page, 'fix-preview-1440x900');
    await details.locator('[data-testid=fix-apply]').click();
    await page.waitForFunction(
      (n) => window.__podplan!.getState().history.past.length === n,
      before.steps + 1,
    );
    const after = await state(page);
    expect(after.sideItems).toBe(before.sideItems + 2);
    expect(after.errors).toBeLessThan(before.errors);
    expect(after.label).toMatch(/^Add PDUs/);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.__podplan!.getState().history.past.length === n, before.steps);
    expect((await state(page)).sideItems).toBe(before.sideItems);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows how many more fit in a selected rack (DGX H100: ports bind; 0U PDUs: 2 more) and fills it in one step', async () => {
    const { page, context, errors } = await openApp(browser(), appUrl(), { width: 1280, height: 720 });
    await page.click('[data-testid=file-menu]');
    await page.click('[data-testid=new-pod-example]:has-text("Small inference")');
    await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length > 0);
    const rack = await page.evaluate(() => window.__podplan!.getState().layout.racks[0]!.id);
    await page.evaluate((id) => window.__podplan!.dispatch('select', { refs: [{ kind: 'rack', id }] }), rack);
    // A DGX H100 would leave the in-band network short of 400 Gb/s ports: 0 more, and Fill is disabled.
    await page.click('[data-sku="nvidia-dgx-h100"]');
    await page.waitForSelector('[data-testid=headroom-rack]');
    expect(await page.textContent('[data-testid=headroom-rack]')).toMatch(
      /^This rack: 0, then network ports binds/,
    );
    await expect(page.isDisabled('[data-testid=fill-rack]')).resolves.toBe(true);
    await screenshot(page, 'headroom-1280x720');
    // Rack R1 has one PDU per side channel; each channel holds 2, so 2 more PDUs fit, then rack space binds.
    await page.keyboard.press('Escape');
    await page.evaluate((id) => window.__podplan!.dispatch('select', { refs: [{ kind: 'rack', id }] }), rack);
    await page.click('[data-sku="raritan-px3-5878-415v-60a"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=headroom-rack]')?.textContent?.startsWith('This rack: 2'),
    );
    expect(await page.textContent('[data-testid=headroom-rack]')).toContain('rack space binds');
    const before = await state(page);
    await page.click('[data-testid=fill-rack]');
    await page.waitForFunction(
      (n) => window.__podplan!.getState().history.past.length === n,
      before.steps + 1,
    );
    const after = await state(page);
    expect(after.sideItems).toBe(before.sideItems + 2);
    expect(after.label).toBe('Fill rack with 2 × Raritan PX3-5878 415 V 3-phase 60 A');
    expect(after.errors).toBe(before.errors);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ])
    it(`shows how many more fit in the palette for the picked item, live, and fills from there (${viewport.width}×${viewport.height})`, async () => {
      const { page, context, errors } = await openApp(browser(), appUrl(), viewport);
      await page.click('[data-testid=file-menu]');
      await page.click('[data-testid=new-pod-example]:has-text("Small inference")');
      await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length > 0);
      const rack = await page.evaluate(() => window.__podplan!.getState().layout.racks[0]!);
      // Nothing selected: the palette answers for the pod and asks for a rack.
      await page.click('[data-sku="raritan-px3-5878-415v-60a"]');
      await page.waitForSelector('.palette [data-testid=palette-headroom-rack]');
      expect(await page.textContent('[data-testid=palette-headroom-rack]')).toBe(
        'Select a rack to see how many more fit in it.',
      );
      expect(await page.textContent('[data-testid=palette-headroom-pod]')).toMatch(/^The pod: \d+ more/);
      // A rack selected: its count and limit, beside the catalog list, inside the palette.
      await page.evaluate(
        (id) => window.__podplan!.dispatch('select', { refs: [{ kind: 'rack', id }] }),
        rack.id,
      );
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('[data-testid=palette-headroom-rack]')
            ?.textContent?.startsWith(`Rack ${name}: 2 more`),
        rack.name,
      );
      expect(await page.textContent('[data-testid=palette-headroom-rack]')).toContain('rack space binds');
      const box = (sel: string) => page.locator(sel).first().boundingBox();
      const palette = (await box('.palette'))!;
      const card = (await box('.headroom-palette'))!;
      const list = (await box('.palette-groups'))!;
      expect(card.x).toBeGreaterThanOrEqual(palette.x);
      expect(card.x + card.width).toBeLessThanOrEqual(palette.x + palette.width + 0.5);
      expect(list.y).toBeGreaterThanOrEqual(card.y + card.height - 0.5);
      expect(list.height).toBeGreaterThan(120);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('.headroom-palette p, .headroom-palette button')].some(
          (e) => e.scrollWidth > e.clientWidth + 1,
        ),
      );
      expect(clipped).toBe(false);
      await screenshot(page, `palette-headroom-${viewport.width}x${viewport.height}`);
      // Fill from the palette: one undo step, and the count updates live to 0 (space binds).
      const before = await state(page);
      await page.click('[data-testid=palette-fill-rack]');
      await page.waitForFunction(
        (n) => window.__podplan!.getState().history.past.length === n,
        before.steps + 1,
      );
      expect((await state(page)).sideItems).toBe(before.sideItems + 2);
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('[data-testid=palette-headroom-rack]')
            ?.textContent?.startsWith(`Rack ${name}: 0, then rack space binds`),
        rack.name,
      );
      await expect(page.isDisabled('[data-testid=palette-fill-rack]')).resolves.toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
});
