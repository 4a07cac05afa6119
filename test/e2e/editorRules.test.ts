/**
 * The editor's rules as a sales engineer meets them (issue 13): the capacity panel leads with the worst rack and never
 * shows a green pod gauge beside an open error of its family; a single-feed rack is not "fine" with one feed lost.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deviceId, placeDevice, rackId, removeItems, serializeLayout, sku } from '../../src/core';
import { settle } from './support/browser';
import { testPod } from './support/pods';
import { ROOT } from './support/previewServer';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

/** The pod gauges' labels by the family of errors that turns each red (POD_LIMIT_CODES in core/derive/capacityLimits). */
const POD_GAUGE_FAMILIES: readonly { label: string; codes: readonly string[] }[] = [
  { label: 'Utility feed (IT + cooling)', codes: ['power.utilityOverload'] },
  { label: 'Liquid heat vs CDU capacity', codes: ['cooling.liquidOverCapacity', 'cooling.noLiquidCooling'] },
  { label: 'Liquid + door heat vs facility water', codes: ['cooling.facilityWaterOverCapacity'] },
  { label: 'Air heat left for the room', codes: ['cooling.roomAirOverCapacity'] },
];

async function importAndClose(page: Page, text: string, name: string): Promise<void> {
  await importText(page, text, name);
  await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
  await settle(page);
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
});
