/** Shared steps for the scenarios: a browser per file, a fresh page per test, loading a layout through the UI. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { OpenPage } from './browser';
import { launchChromium, openApp, settle } from './browser';
import { ROOT } from './previewServer';

export const SCREENSHOTS = resolve(ROOT, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

export const appUrl = (): string => inject('baseUrl');

export const openFresh = (browser: Browser): Promise<OpenPage> => openApp(browser, appUrl());

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'podplan-e2e-'));

/** Imports layout text through the file picker, as a user would. */
export async function importText(page: Page, text: string, name = 'pod.json'): Promise<void> {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  await page.setInputFiles('[data-testid=import-input]', file);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=notice]')?.textContent?.includes(n),
    name,
  );
  await settle(page);
}

/** Imports layout text through the file picker and closes the import notice, so nothing covers the views. */
export async function importAndClose(page: Page, text: string, name = 'pod.json'): Promise<void> {
  await importText(page, text, name);
  await page.evaluate(() => window.__podplan!.dispatch('notify', { notice: null }));
  await settle(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The capacity panel's figures, as shown. */
export async function shownKw(page: Page, rackId: string): Promise<{ rack: number; pod: number }> {
  return page.evaluate((id) => {
    const rack = document.querySelector(`[data-rack-id="${id}"]`)?.getAttribute('data-kw-max');
    const pod = document.querySelector('[data-testid=pod-it-kw-max]')?.getAttribute('data-value');
    return { rack: Number(rack), pod: Number(pod) };
  }, rackId);
}
