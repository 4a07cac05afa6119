/** "Copy link": encode the working layout into the URL fragment and put it on the clipboard, or say why not. */
import type { EditorStore } from '../../state/editorStore';
import { shareUrlFor } from '../../state/shareLinks';
import { showShare } from '../../state/workflowView';

/** The page address without its fragment. */
export const pageBase = (): string =>
  `${window.location.origin}${window.location.pathname}${window.location.search}`;

export async function copyShareLink(store: EditorStore): Promise<void> {
  const result = shareUrlFor(store.getState().layout, pageBase());
  if (!result.ok) {
    showShare({ kind: 'tooLong', chars: result.error.chars, limit: result.error.limit });
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
  showShare({ kind: 'copied', url: result.value, copied });
}
