/**
 * The saved text of a pod, when something already made it: a pod opened from a file is serialized by the check
 * worker (`ui/persist/checkPod.ts`), so the autosave's first snapshot of it does not run `serializeLayout` (hundreds
 * of milliseconds on a 20,000-device pod) on the page. Kept per layout object; any edit makes a new one.
 */
import type { Layout } from '../../core';
import { serializeLayout } from '../../core';

const known = new WeakMap<Layout, Promise<string | null>>();

/** `text` resolves to `serializeLayout(layout)` (made elsewhere), or to null when it could not be made. */
export function rememberSnapshot(layout: Layout, text: Promise<string | null>): void {
  known.set(
    layout,
    text.catch(() => null),
  );
}

/** `serializeLayout(layout)`, from what was remembered when there is one. */
export async function snapshotText(layout: Layout): Promise<string> {
  return (await known.get(layout)) ?? serializeLayout(layout);
}
