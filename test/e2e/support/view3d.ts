/** The 3D view in the browser tests: pick up a catalog item, hover a point, read the drop label and the ghost. */
import type { Page } from 'playwright-core';
import { settle } from './browser';

/** Closes the first-run hint over the 3D view, as a user would before aiming at it. */
export async function closeFirstRunHint(page: Page): Promise<void> {
  await page.click('[data-testid=first-run-hint] .notice-close');
}

/** Picks a catalog item up with the keyboard (focus and Enter), as a user without a mouse would. */
export async function pickUp(page: Page, sku: string): Promise<void> {
  await page.focus(`[data-sku="${sku}"]`);
  await page.keyboard.press('Enter');
}

/** Moves the mouse onto a client point of the 3D view (twice, so a hover lands even where the pointer already was). */
export async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  // The point must be on the 3D canvas itself, not off it or under a panel or hint.
  const onCanvas = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
    point,
  );
  if (!onCanvas) throw new Error(`(${point.x}, ${point.y}) is not on the 3D canvas`);
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
  await settle(page);
}

/** The middle of a U slot on a rack's front, in client px (the test hook's probe). */
export const slotPoint = (page: Page, rack: string, u: number) =>
  page.evaluate(([r, uu]) => window.__podplan!.viewport()!.slotToClient(r, uu, 'front')!, [rack, u] as const);

/** A floor position's centre, in client px. */
export const floorPoint = (page: Page, row: number, slot: number) =>
  page.evaluate(([rr, s]) => window.__podplan!.viewport()!.floorToClient({ row: rr, slot: s })!, [
    row,
    slot,
  ] as const);

/** The 3D view's drop label (tone, lines, how it is drawn) and the ghost box in the scene (tone, colour, shown). */
export const dropState = (page: Page) =>
  page.evaluate(() => {
    const label = document.querySelector<HTMLElement>('.drop-label')!;
    const css = getComputedStyle(label);
    const scene = window.__podplan!.r3f()!.scene;
    const edges = scene.getObjectByName('ghost-edges') as unknown as {
      geometry: { drawRange: { count: number } };
    };
    const ghost = scene.getObjectByName('ghost') as unknown as {
      visible: boolean;
      userData: { tone?: string };
      material: { color: { getHexString: () => string } };
    };
    return {
      shown: !label.hidden,
      tone: label.dataset.tone ?? null,
      lines: [...label.children].map((c) => c.textContent ?? ''),
      background: css.backgroundColor,
      border: css.borderStyle,
      ghostShown: ghost.visible,
      ghostTone: ghost.userData.tone ?? null,
      ghostColour: ghost.material.color.getHexString(),
      /** Segments drawn around the ghost: 12 box edges, plus 4 for the cross of a refused drop. */
      ghostSegments: ghost.visible ? edges.geometry.drawRange.count / 2 : 0,
    };
  });
