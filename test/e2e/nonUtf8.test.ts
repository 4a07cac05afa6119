import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPodJson } from './support/pods';
import { openFresh, tempDir, useBrowser } from './support/scenario';

describe('A file that is not UTF-8 text', () => {
  const browser = useBrowser();

  it('is refused with the offset of the bad byte, and the pod is unchanged', async () => {
    const { page, errors, context } = await openFresh(browser());
    const racksBefore = await page.evaluate(() => window.__podplan!.getState().layout.racks.length);
    // A Latin-1 "µ" (0xB5) inside the pod's name: File.text() would have turned it into U+FFFD without a word.
    const text = testPodJson();
    const at = text.indexOf('E2E pod') + 3;
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at), 'utf8'),
      Buffer.from([0xb5]),
      Buffer.from(text.slice(at), 'utf8'),
    ]);
    const file = join(tempDir(), 'latin1.json');
    writeFileSync(file, bytes);
    await page.setInputFiles('[data-testid=import-input]', file);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('latin1.json'),
    );
    const notice = await page.locator('[data-testid=notice]').textContent();
    expect(notice).toContain(`latin1.json was not imported: not UTF-8 text: byte 0xb5 at offset ${at}`);
    expect(await page.evaluate(() => window.__podplan!.getState().layout.racks.length)).toBe(racksBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});
