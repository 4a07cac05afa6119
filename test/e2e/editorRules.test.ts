/**
 * The editor's rules as a sales engineer meets them (issue 13): the capacity panel leads with the worst rack and never
 * shows a green pod gauge beside an open error of its family; a single-feed rack is not "fine" with one feed lost.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deviceId, placeDevice, rackId, removeItems, serializeLayout, sku } from '../../src/core';
import { cameraStill, settle } from './support/browser';
import { DGX_H100, testPod, testPodJson } from './support/pods';
import { podWithFullRack } from './support/fullRack';
import { ROOT } from './support/previewServer';
import { chooseFromMenu } from './support/menus';
import { importAndClose, openFresh, screenshot, useBrowser } from './support/scenario';

/** The pod gauges' labels by the family of errors that turns each red (POD_LIMIT_CODES in core/derive/capacityLimits). */
const POD_GAUGE_FAMILIES: readonly { label: string; codes: readonly string[] }[] = [
  { label: 'Utility feed (IT + cooling)', codes: ['power.utilityOverload'] },
  { label: 'Liquid heat vs CDU capacity', codes: ['cooling.liquidOverCapacity', 'cooling.noLiquidCooling'] },
  { label: 'Liquid + door heat vs facility water', codes: ['cooling.facilityWaterOverCapacity'] },
  { label: 'Air heat left for the room', codes: ['cooling.roomAirOverCapacity'] },
];

/** The camera (position and distance to the orbit target, m) and two rack points on screen (client px). */
const view = (page: Page) =>
  page.evaluate(() => {
    const root = window.__podplan!.r3f()!;
    const v = window.__podplan!.viewport()!;
    const controls = root.controls as unknown as { target: { x: number; y: number; z: number } } | null;
    const target = controls!.target;
    const p = root.camera.position;
    return {
      position: p.toArray(),
      distanceM: Math.hypot(p.x - target.x, p.y - target.y, p.z - target.z),
      cursorPoint: v.slotToClient('r2', 20, 'front')!,
      farPoint: v.slotToClient('r1', 48, 'front')!,
    };
  });

/** The elevation ghost over a free slot of a rack, with the DGX H100 picked up: its tone and how it is drawn. */
async function ghostOver(page: Page, rack: string, u: number) {
  await page.evaluate((id) => window.__podplan!.dispatch('showRack', { rack: id }), rack);
  await settle(page);
  await page.focus(`.face[data-face="front"] .slot[data-u="${u}"]`);
  const ghost = page.locator('[data-testid=elevation-ghost]');
  await ghost.waitFor();
  return ghost.evaluate((el) => {
    const css = getComputedStyle(el);
    return {
      tone: el.getAttribute('data-tone'),
      className: el.className,
      label: el.getAttribute('aria-label') ?? '',
      background: css.backgroundImage + ' ' + css.backgroundColor,
      border: `${css.borderStyle} ${css.borderColor}`,
    };
  });
}

/** What a plan leaves: racks, PDUs (layout and BOM), switches, links, empty racks and links within one device. */
const networkState = (page: Page) =>
  page.evaluate(() => {
    const hook = window.__podplan!;
    const { layout } = hook.getState();
    const bom = JSON.parse(hook.getBomJson()) as { lines: { kind: string; qty: number }[] };
    const holding = new Set(layout.devices.map((d) => d.rack as string));
    return {
      racks: layout.racks.length,
      devices: layout.devices.length,
      sideItems: layout.sideItems.length,
      bomPdus: bom.lines.filter((l) => l.kind === 'pdu').reduce((n, l) => n + l.qty, 0),
      links: layout.links.length,
      emptyRacks: layout.racks.filter((r) => !holding.has(r.id)).map((r) => r.name),
      selfLinks: layout.links.filter((l) => l.a.device === l.b.device).map((l) => l.id),
    };
  });

/** Opens the network dialog with its defaults, returns its preview, places the plan and waits for it to close. */
async function planNetwork(page: Page): Promise<string> {
  await chooseFromMenu(page, 'plan-network');
  await page.waitForSelector('dialog.network-dialog[open]');
  await page.waitForSelector('[data-testid=plan-preview].ok');
  const preview = (await page.textContent('[data-testid=plan-preview]')) ?? '';
  await page.click('[data-testid=place-network]');
  await page.waitForSelector('dialog.network-dialog', { state: 'detached' });
  await settle(page);
  return preview;
}

describe('The editor as a sales engineer feels it', () => {
  const browser = useBrowser();

  it('leads the capacity panel with the worst rack per limit and shows no green pod gauge beside an open error', async () => {
    const { page, context } = await openFresh(browser());
    await importAndClose(
      page,
      readFileSync(resolve(ROOT, 'public/examples/broken.json'), 'utf8'),
      'broken.json',
    );

    // The first thing under the panel's header is the worst-rack list, feed lost first: B2 (22.9 kW at max draw on one
    // 230 V 32 A PDU per feed, 5.9 kVA after 80 % derating) is further over than B1 (51.2 kW on 34.5 kVA).
    const lead = await page.evaluate(() => {
      const header = document.querySelector('section.capacity > header.panel-header');
      const next = header?.nextElementSibling;
      return {
        testId: next?.getAttribute('data-testid') ?? null,
        lines: [...(next?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
      };
    });
    expect(lead.testId).toBe('worst-racks');
    expect(lead.lines.length).toBeGreaterThan(0);
    for (const line of lead.lines) expect(line).toMatch(/^worst rack: /);
    const first = /^worst rack: B2, one feed lost (\d+) %$/.exec(lead.lines[0] ?? '');
    expect(first, lead.lines[0]).not.toBeNull();
    expect(Number(first![1])).toBeGreaterThan(100);

    // broken.json opens utility, liquid and room-air errors (see `podplan validate public/examples/broken.json`).
    const codes = await page.evaluate(() =>
      window
        .__podplan!.getReport()
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code),
    );
    const levels = await page.$$eval('.pod-totals .gauge', (els) =>
      els.map((el) => ({
        label: el.querySelector('.gauge-label')?.textContent ?? '',
        level: el.getAttribute('data-level'),
      })),
    );
    const open = POD_GAUGE_FAMILIES.filter((f) => f.codes.some((c) => codes.includes(c)));
    expect(open.map((f) => f.label)).toEqual([
      'Utility feed (IT + cooling)',
      'Liquid heat vs CDU capacity',
      'Air heat left for the room',
    ]);
    for (const f of open) {
      const shown = levels.find((l) => l.label === f.label);
      expect(shown, f.label).toBeDefined();
      expect(shown!.level, f.label).toBe('over');
    }
    await screenshot(page, 'editor-rules-worst-racks');
    await context.close();
  });

  it('shows a single-feed rack with one feed lost as 0 kW left and red, not fine', async () => {
    // The test pod's 230 V rack A3 with its B-side PDU taken away and a 1U server in it: one feed only.
    let layout = removeItems(testPod(), ['r3-pdu-b']);
    layout = placeDevice(layout, {
      id: deviceId('cpu-1'),
      sku: sku('cpu-server-1u'),
      rack: rackId('r3'),
      u: 10,
      face: 'front',
    });
    const { page, context } = await openFresh(browser());
    await importAndClose(page, serializeLayout(layout), 'single-feed.json');

    const gauge = page.locator('[data-rack-id="r3"] [data-testid=rack-feed-lost]');
    await expect(gauge.getAttribute('data-limit')).resolves.toBe('0');
    await expect(gauge.getAttribute('data-level')).resolves.toBe('over');
    await expect(gauge.locator('.gauge-figures').textContent()).resolves.toMatch(/ \/ 0 kW \(single feed\)$/);
    const line = page.locator('[data-testid=worst-racks] [data-limit=feedLost]');
    await expect(line.textContent()).resolves.toBe('worst rack: A3, one feed lost: 0 kW left (single feed)');
    await expect(line.getAttribute('class')).resolves.toContain('level-over');
    await context.close();
  });

  it('replaces the first network plan with the second, says what it will place, and never links a device to itself', async () => {
    const { page, context, errors } = await openFresh(browser());
    await page.click('[data-testid=file-menu]');
    await page.click('[data-testid=new-pod-example]:has-text("DGX H100")');
    await page.waitForFunction(() => window.__podplan!.getState().layout.racks.length === 5);
    await settle(page);
    const before = await networkState(page);

    const firstPreview = await planNetwork(page);
    // The example already holds 7 switches in its network rack N1: the first plan replaces them and reuses N1.
    expect(firstPreview).toMatch(
      /^Will place \d+ switches \(.*\) in N1 and \d+ links, replacing 7 switches; reuses N1\.$/,
    );
    const first = await networkState(page);
    expect(first.racks).toBe(before.racks);
    expect(first.bomPdus).toBe(before.bomPdus);
    expect(first.links).toBeGreaterThan(0);
    expect(first.selfLinks).toEqual([]);
    expect(first.emptyRacks).toEqual([]);

    const secondPreview = await planNetwork(page);
    // Future tense, naming the switches it replaces and the network rack it reuses.
    expect(secondPreview).toMatch(/^Will place .*, replacing \d+ switches; reuses /);
    expect(secondPreview).not.toMatch(/^Placed|will be left empty/);
    const second = await networkState(page);
    expect(second).toEqual(first);

    // A pod with no network rack: the first plan adds one with its PDUs; the second replaces its switches there and
    // leaves neither an empty network rack nor a second set of PDUs behind.
    await importAndClose(page, testPodJson(), 'pod.json');
    const bare = await networkState(page);
    const addPreview = await planNetwork(page);
    expect(addPreview).toMatch(/; new rack \S+/);
    const added = await networkState(page);
    expect(added.racks).toBe(bare.racks + 1);
    expect(added.bomPdus).toBeGreaterThan(bare.bomPdus);
    expect(added.selfLinks).toEqual([]);
    const againPreview = await planNetwork(page);
    expect(againPreview).toMatch(/^Will place .*, replacing \d+ switches/);
    expect(againPreview).not.toMatch(/new rack|left empty/);
    const again = await networkState(page);
    expect(again).toEqual(added);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms to the cursor: a wheel over a point of the 3D view keeps that point under the cursor', async () => {
    const { page, context, errors } = await openFresh(browser());
    await importAndClose(page, testPodJson(), 'pod.json');
    // From the Racks preset, where the figures below were measured (the first view frames the whole pod, farther).
    await cameraStill(page);
    await page.evaluate(() => window.__podplan!.dispatch('camera', { preset: 'racks' }));
    await cameraStill(page);
    const before = await view(page);
    const { x, y } = before.cursorPoint;
    await page.mouse.move(x, y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
    await cameraStill(page);
    await settle(page);
    const after = await view(page);
    // The camera came closer to its target and moved (read through window.__podplan.r3f()).
    expect(after.distanceM).toBeLessThan(before.distanceM * 0.9);
    expect(after.position).not.toEqual(before.position);
    // A point away from the cursor spread out on screen: the view really zoomed.
    const farMovedPx = Math.hypot(after.farPoint.x - before.farPoint.x, after.farPoint.y - before.farPoint.y);
    expect(farMovedPx).toBeGreaterThan(20);
    // The point under the cursor stayed there (measured: 3.47 m -> 2.97 m from the target, 0.09 px of drift).
    const driftPx = Math.hypot(after.cursorPoint.x - x, after.cursorPoint.y - y);
    expect(driftPx).toBeLessThan(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a refused drop ghost unlike an allowed-with-errors one', async () => {
    // Rack A1 holds five DGX H100 (8 U each) at U1, U10, U19, U28 and U37: no 8 U gap is left (U45–U48 is 4 U), so
    // a sixth is refused anywhere. Rack A3 is empty but its 230 V 32 A PDUs give 5.9 kVA per feed after derating,
    // under the DGX's 10.2 kW max draw: a DGX there is allowed, with errors.
    const { page, context } = await openFresh(browser());
    await importAndClose(page, serializeLayout(podWithFullRack()), 'ghosts.json');
    await page.focus(`[data-sku="${DGX_H100}"]`);
    await page.keyboard.press('Enter');

    const refused = await ghostOver(page, 'r1', 45);
    await screenshot(page, 'editor-rules-ghost-refused');
    const warned = await ghostOver(page, 'r3', 20);
    await screenshot(page, 'editor-rules-ghost-warn');
    expect(refused.tone).toBe('refused');
    expect(refused.className).toContain('refused');
    expect(refused.label).toMatch(/refused/);
    expect(warned.tone).toBe('warn');
    expect(warned.className).toContain('warn');
    expect(warned.label).toMatch(/allowed, with errors/);
    // Drawn differently: red with a hatch and a dashed border against amber with a solid one.
    expect(refused.background).not.toBe(warned.background);
    expect(refused.border).not.toBe(warned.border);
    expect(refused.border).toMatch(/^dashed /);
    expect(warned.border).toMatch(/^solid /);
    await page.keyboard.press('Escape');
    await context.close();
  });
});
