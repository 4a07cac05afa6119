/** Importing a layout file: through the core's loader; a rejected file shows its errors and changes nothing. */
import { dispatch } from '../state/commands/registry';
import type { EditorStore } from '../state/editorStore';
import { readLayoutText } from '../state/layoutFiles';

export async function importLayoutFile(store: EditorStore, file: File): Promise<boolean> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    dispatch(store, 'notify', {
      notice: { tone: 'error', text: `Could not read ${file.name}: ${String(e)}` },
    });
    return false;
  }
  const result = readLayoutText(text);
  if (!result.ok) {
    dispatch(store, 'notify', {
      notice: {
        tone: 'error',
        text: `${file.name} was not imported: ${result.error.length} problem${result.error.length === 1 ? '' : 's'}. The current layout is unchanged.`,
        details: result.error,
      },
    });
    return false;
  }
  dispatch(store, 'replaceLayout', { layout: result.value, label: `Import ${file.name}` });
  dispatch(store, 'notify', {
    notice: {
      tone: 'info',
      text: `Imported ${file.name}: ${result.value.racks.length} racks, ${result.value.devices.length} devices. Undo (Ctrl+Z) restores the previous pod.`,
    },
  });
  return true;
}
