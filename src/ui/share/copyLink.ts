/** "Copy link": encode the working layout into the URL fragment and put it on the clipboard, or say why not. */
import type { EditorStore } from '../../state/editorStore';
import { showShare } from '../../state/workflowView';

/** The page address without its fragment. */
export const pageBase = (): string =>
  `${window.location.origin}${window.location.pathname}${window.location.search}`;

/** Copies a link to the working pod; `leaveScenariosOut` makes a shorter link without the saved scenarios. */
export async function copyShareLink(store: EditorStore, leaveScenariosOut = false): Promise<void> {
  const layout = store.getState().layout;
  const scope = {
    hasScenarios: (layout.scenarios?.length ?? 0) > 0,
    scenariosLeftOut: leaveScenariosOut,
  };
  // The link codec (deflate and the layout loader) loads on first use, outside the entry chunk.
  const { shareUrlFor } = await import('../../state/shareLinks');
  const result = shareUrlFor(layout, pageBase(), { scenarios: !leaveScenariosOut });
  if (!result.ok) {
    const { chars, limit, parts } = result.error;
    showShare({ kind: 'tooLong', chars, limit, parts, ...scope });
    return;
  }
  let copied = false;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(result.value);
      copied = true;
    }
  } catch {
    copied = false;
  }
  showShare({ kind: 'copied', url: result.value, copied, ...scope });
}
