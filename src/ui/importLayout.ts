/**
 * Importing a layout file: through the core's loader and one pass of the rules, off the page with a time limit
 * (`openPodText`); a rejected file shows its errors and changes nothing. The worker's saved text of the pod is the
 * autosave's first snapshot of it.
 */
import { dispatch } from '../state/commands/registry';
import type { EditorStore } from '../state/editorStore';
import { rememberSnapshot } from '../state/persist/snapshotText';
import { openPodText } from './persist/checkPod';
import { readFileText } from './readFileText';

export async function importLayoutFile(store: EditorStore, file: File): Promise<boolean> {
  const read = await readFileText(file);
  if (!read.ok) {
    dispatch(store, 'notify', {
      notice: {
        tone: 'error',
        text: `${file.name} was not imported: ${read.error}. The current layout is unchanged.`,
      },
    });
    return false;
  }
  const result = await openPodText(read.value);
  if (!result.ok) {
    dispatch(store, 'notify', {
      notice: {
        tone: 'error',
        text: `${file.name} was not imported: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}. The current layout is unchanged.`,
        details: result.problems,
      },
    });
    return false;
  }
  rememberSnapshot(result.layout, result.snapshot);
  dispatch(store, 'replaceLayout', { layout: result.layout, label: `Import ${file.name}` });
  dispatch(store, 'notify', {
    notice: {
      tone: 'info',
      text: `Imported ${file.name}: ${result.layout.racks.length} racks, ${result.layout.devices.length} devices. Undo (Ctrl+Z) restores the previous pod.`,
    },
  });
  return true;
}
