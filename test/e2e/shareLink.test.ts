import { storedText } from './support/storedPod';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu } from './support/menus';
import { settle } from './support/browser';
import { testPodJson } from './support/pods';
import { appUrl, importText, openFresh, screenshot, useBrowser } from './support/scenario';

const layoutOf = () => JSON.stringify(window.__podplan!.getState().layout);

/**
 * Saves 150 scenarios with long names that do not compress, each a copy of the working pod: a pod whose link would
 * pass the 16,384-character limit with its scenarios and fit without them.
 */
const addBigScenarios = (page: Page) =>
  page.evaluate(() => {
    const state = window.__podplan!.getState();
    let seed = 7;
    const noise = () =>
      Array.from({ length: 190 }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
      }).join('');
    const scenarios = Array.from({ length: 150 }, (_, k) => ({
      id: `s-${k}`,
      name: noise(),
      pod: {
        limits: state.layout.limits,
        floor: state.layout.floor,
        racks: state.layout.racks,
        devices: state.layout.devices,
        sideItems: state.layout.sideItems,
        floorUnits: state.layout.floorUnits,
        links: state.layout.links,
      },
    }));
    window.__podplan!.dispatch('replaceLayout', { layout: { ...state.layout, scenarios }, label: 'big' });
  });

/** The working layout without its scenarios, as JSON. */
const podWithoutScenarios = () => {
  const { scenarios: _scenarios, ...pod } = window.__podplan!.getState().layout;
  return JSON.stringify(pod);
};

describe('When a pod is shared by link', () => {
  const browser = useBrowser();

  it('copies a link that restores the same layout in a fresh page, after asking', async () => {
    const { page, context } = await openFresh(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('saveScenarioAs', { name: 'baseline' }));
    const original = await page.evaluate(layoutOf);
    await chooseFromMenu(page, 'copy-link');
    await page.waitForSelector('[data-testid=share-dialog]');
    await expect(page.textContent('[data-testid=share-dialog] h2')).resolves.toBe('Link copied');
    const link = await page.inputValue('[data-testid=share-url]');
    expect(link).toMatch(/#pod=2\./);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await screenshot(page, 'share-dialog');
    await context.close();

    // A fresh browser context: its own (empty) autosave, then the link.
    const fresh = await openFresh(browser());
    await importText(fresh.page, testPodJson().replace('"E2E pod"', '"My own pod"'), 'mine.json');
    const mine = await fresh.page.evaluate(layoutOf);
    await fresh.page.goto(link);
    await fresh.page.waitForSelector('[data-testid=share-offer]');
    await expect(fresh.page.textContent('[data-testid=share-offer]')).resolves.toMatch(
      /Open the shared pod ‘E2E pod’.*replaces your current pod ‘My own pod’/,
    );
    await screenshot(fresh.page, 'share-offer');
    // Nothing replaced until the user says so, and the fragment is cleared.
    await expect(fresh.page.evaluate(layoutOf)).resolves.toBe(mine);
    expect(new URL(fresh.page.url()).hash).toBe('');
    await fresh.page.click('[data-testid=share-offer-open]');
    await settle(fresh.page);
    await expect(fresh.page.evaluate(layoutOf)).resolves.toBe(original);
    // The replaced pod is one undo away.
    await fresh.page.evaluate(() => window.__podplan!.dispatch('undo'));
    await expect(fresh.page.evaluate(layoutOf)).resolves.toBe(mine);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('refuses a tampered link with the reason and leaves the autosaved pod untouched', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await chooseFromMenu(page, 'copy-link');
    const link = await page.inputValue('[data-testid=share-url]');
    await expect.poll(() => storedText(page)).not.toBeNull();
    await page.waitForTimeout(500); // the autosave's debounce
    const saved = await storedText(page);
    const before = await page.evaluate(layoutOf);

    // Flip one character in the middle of the payload.
    const i = link.indexOf('#pod=2.') + 40;
    const tampered = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
    const expectRefused = async () => {
      await page.waitForSelector('[data-testid=notice]');
      await expect(page.textContent('[data-testid=notice]')).resolves.toMatch(
        /share link could not be opened, so nothing was changed.*checksum does not match/s,
      );
      await expect(page.isVisible('[data-testid=share-offer]')).resolves.toBe(false);
      await page.waitForTimeout(500);
      await expect(storedText(page)).resolves.toBe(saved);
      await expect(page.evaluate(layoutOf)).resolves.toBe(before);
      expect(new URL(page.url()).hash).toBe('');
    };
    // Pasted into the open app (a fragment change)...
    await page.goto(tampered);
    await expectRefused();
    await screenshot(page, 'share-tampered');
    // ...and as a cold start.
    await page.goto('about:blank');
    await page.goto(tampered);
    await page.waitForFunction(() => window.__podplan?.r3f() != null);
    await expectRefused();
    await context.close();
  });

  it('refuses a pod too big for a link and offers the file export', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await addBigScenarios(page);
    await chooseFromMenu(page, 'copy-link');
    await page.waitForSelector('[data-testid=share-export-file]');
    await expect(page.textContent('[data-testid=share-dialog]')).resolves.toMatch(
      /too big for a link.*at most 16,384 characters/s,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=share-export-file]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.layout\.json$/);
    await context.close();
  });
  it('says what makes a link big and, with scenarios left out, makes one that opens the pod without them', async () => {
    const { page, context } = await openFresh(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    await page.setViewportSize({ width: 1440, height: 900 });
    await importText(page, testPodJson());
    await addBigScenarios(page);
    const pod = await page.evaluate(podWithoutScenarios);
    await chooseFromMenu(page, 'copy-link');
    await page.waitForSelector('[data-testid=share-size-parts]');
    // What makes it big, largest first: the 150 saved scenarios, with their share of the characters.
    const parts = (await page.textContent('[data-testid=share-size-parts]')) ?? '';
    const sizes = /^What makes it big: saved scenarios \(about ([\d,]+)\)(?:, (.+) \(about ([\d,]+)\))*/.exec(
      parts,
    );
    expect(sizes, parts).not.toBeNull();
    const tooLong = Number(
      /would be ([\d,]+) characters/
        .exec((await page.textContent('[data-testid=share-dialog]')) ?? '')?.[1]
        ?.replace(/,/g, ''),
    );
    expect(tooLong).toBeGreaterThan(16_384);
    expect(Number(sizes![1]!.replace(/,/g, ''))).toBeGreaterThan(16_384 / 2);
    await screenshot(page, 'share-too-big-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'share-too-big-1280');

    // Leave scenarios out: the link is made again, copied, and says it has no scenarios.
    await page.check('[data-testid=share-leave-scenarios-out]');
    await page.waitForSelector('[data-testid=share-url]');
    await expect(page.textContent('[data-testid=share-dialog] h2')).resolves.toBe('Link copied');
    await expect(page.textContent('[data-testid=share-dialog]')).resolves.toMatch(
      /holds the whole pod and its quote; nothing is uploaded\..*characters, without the scenarios\./s,
    );
    await expect(page.isChecked('[data-testid=share-leave-scenarios-out]')).resolves.toBe(true);
    const link = await page.inputValue('[data-testid=share-url]');
    expect(link.length).toBeLessThanOrEqual(16_384);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await screenshot(page, 'share-without-scenarios-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'share-without-scenarios-1440');
    // The working pod keeps its scenarios: leaving them out of the link changes nothing here.
    await expect(page.evaluate(() => window.__podplan!.getState().layout.scenarios?.length)).resolves.toBe(
      150,
    );
    await context.close();

    // A new page with its own storage opens the link: the same pod, no scenarios.
    const fresh = await openFresh(browser());
    await fresh.page.goto(link);
    await fresh.page.waitForSelector('[data-testid=share-offer]');
    await fresh.page.click('[data-testid=share-offer-open]');
    await settle(fresh.page);
    await expect(
      fresh.page.evaluate(() => window.__podplan!.getState().layout.scenarios ?? []),
    ).resolves.toEqual([]);
    await expect(fresh.page.evaluate(podWithoutScenarios)).resolves.toBe(pod);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  }, 400_000);
});
