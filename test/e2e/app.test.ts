import { describe, expect, it } from 'vitest';
import { settle } from './support/browser';
import { testPodJson } from './support/pods';
import { importText, openFresh, screenshot, useBrowser } from './support/scenario';

describe('When the app loads', () => {
  const browser = useBrowser();

  it('shows an empty pod with no console errors and nothing fetched from the internet', async () => {
    const { page, errors, external, context } = await openFresh(browser());
    await settle(page);
    await screenshot(page, '01-empty-pod');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await expect(page.textContent('.empty-hint')).resolves.toMatch(/empty pod floor/i);
    await context.close();
  });

  it('renders a non-blank 3D canvas with few draw calls once a pod is loaded', async () => {
    const { page, errors, context } = await openFresh(browser());
    await importText(page, testPodJson());
    const sample = await page.evaluate(() => window.__podplan!.viewport()!.sample());
    expect(sample.width).toBeGreaterThan(200);
    expect(sample.distinctColours).toBeGreaterThan(8);
    expect(sample.calls).toBeGreaterThan(3);
    expect(sample.calls).toBeLessThan(100);
    await screenshot(page, '02-pod-loaded');
    expect(errors).toEqual([]);
    await context.close();
  });
});
