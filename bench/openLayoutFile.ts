/** Opens a layout in the built app the way a user does (the import file input) and times it until drawn. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Layout } from '../src/core';
import { serializeLayout } from '../src/core';
import { settle } from '../test/e2e/support/browser';

/** Ms from choosing the file to the pod's devices in the store and the 3D view drawn. */
export async function openLayoutFile(page: Page, layout: Layout, tag: string): Promise<number> {
  const file = join(tmpdir(), `podplan-${tag.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, serializeLayout(layout));
  const t0 = Date.now();
  await page.setInputFiles('[data-testid=import-input]', file);
  await page.waitForFunction(
    (n) => window.__podplan!.getState().layout.devices.length === n,
    layout.devices.length,
    { timeout: 120_000 },
  );
  await settle(page);
  return Date.now() - t0;
}
