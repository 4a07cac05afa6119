/** Toolbar menus in the browser tests: open a menu and choose one of its items. */
import type { Page } from 'playwright-core';

/** Which menu holds each item (by its data-testid). */
const MENU_OF: Readonly<Record<string, string>> = {
  'export-bom': 'file-menu',
  'export-layout': 'file-menu',
  'new-empty-pod': 'file-menu',
  'new-pod-example': 'file-menu',
  'plan-network': 'network-menu',
  'toggle-cables': 'network-menu',
  'toggle-schedule': 'network-menu',
  'open-quote': 'quote-menu',
  'open-scenarios': 'quote-menu',
  'copy-link': 'quote-menu',
};

/** Opens the item's menu and clicks the item (`nth` for repeated items such as examples). */
export async function chooseFromMenu(page: Page, item: string, nth = 0): Promise<void> {
  const menu = MENU_OF[item];
  if (!menu) throw new Error(`No toolbar menu is known to hold '${item}'.`);
  await page.click(`[data-testid=${menu}]`);
  await page.locator(`[data-testid=${item}]`).nth(nth).click();
}

/** Picks a display unit from the Units menu (`units-power-kVA`, `units-system-imperial`…) and closes the menu. */
export async function chooseUnit(page: Page, testId: string): Promise<void> {
  await page.click('[data-testid=units-menu]');
  await page.click(`[data-testid="${testId}"]`);
  await page.keyboard.press('Escape');
}
