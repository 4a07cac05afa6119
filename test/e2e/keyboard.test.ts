import { describe, expect, it } from 'vitest';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, shownKw, useBrowser } from './support/scenario';

describe('When the keyboard is used instead of dragging (WCAG 2.5.7)', () => {
  const browser = useBrowser();

  it('picks up a palette item with Enter and places it with Enter on a slot', async () => {
    const { page, context } = await openFresh(browser());
    await importText(page, testPodJson());
    await page.evaluate(() => window.__podplan!.dispatch('showRack', { rack: 'r1' }));
    const before = await shownKw(page, 'r1');
    await page.focus('[data-sku="nvidia-qm9700"]');
    await page.keyboard.press('Enter');
    await expect(page.getAttribute('[data-sku="nvidia-qm9700"]', 'aria-pressed')).resolves.toBe('true');
    await page.focus('.face[data-face="rear"] .slot[data-u="40"]');
    await expect(
      page.getAttribute('.face[data-face="rear"] .slot[data-u="40"]', 'aria-label'),
    ).resolves.toMatch(/Place NVIDIA Quantum-2 QM9700/);
    await page.keyboard.press('Enter');
    const placed = await page.evaluate(() =>
      window.__podplan!.getState().layout.devices.find((d) => d.rack === 'r1'),
    );
    expect(placed).toMatchObject({ sku: 'nvidia-qm9700', u: 40, face: 'rear' });
    const after = await shownKw(page, 'r1');
    expect(after.rack).toBeGreaterThan(before.rack);
    await expect(page.textContent('[data-testid=status]')).resolves.toMatch(/QM9700 → rack A1, U40 rear/);
    await screenshot(page, '07-keyboard-placed');

    // Escape puts the item down; Delete removes the placed (selected) device; Ctrl+Z brings it back.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Delete');
    await expect(
      page.evaluate(() => window.__podplan!.getState().layout.devices.some((d) => d.rack === 'r1')),
    ).resolves.toBe(false);
    await page.keyboard.press('Control+z');
    await expect(
      page.evaluate(() => window.__podplan!.getState().layout.devices.some((d) => d.rack === 'r1')),
    ).resolves.toBe(true);
    await context.close();
  });
});
