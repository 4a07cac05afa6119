/** Debian's Chromium through playwright-core, with software WebGL (SwiftShader). */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly errors: string[];
  /** Requests that left localhost (there must be none). */
  readonly external: string[];
}

export async function openApp(
  browser: Browser,
  url: string,
  viewport = { width: 1600, height: 950 },
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      external.push(r.url());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__podplan?.r3f() != null, undefined, { timeout: 30_000 });
  return { context, page, errors, external };
}

/** Waits until the 3D view has rendered at least once after the last change. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/** Waits until the camera has stopped flying (two samples 300 ms apart agree). */
export async function cameraStill(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => window.__podplan!.r3f()!.camera.position.toArray().join(','));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(300);
  }
}
