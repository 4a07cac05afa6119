/**
 * Routes files dropped on the window: a single podplan layout JSON opens as before; NetBox YAML files or folders, a
 * catalog JSON and price lists go to the catalog import (with its summary to confirm).
 */
import { classifySource } from '../../state/catalogImportPlan';
import type { EditorStore } from '../../state/editorStore';
import { importLayoutFile } from '../importLayout';
import { droppedEntries, filesOfEntries } from './droppedFiles';
import type { PickedFile } from './runCatalogImport';
import { runCatalogImport } from './runCatalogImport';
import { readFileText } from '../readFileText';

export function routeFileDrop(store: EditorStore, dt: DataTransfer): void {
  const entries = droppedEntries(dt);
  const plain = Array.from(dt.files, (file) => ({ path: file.name, file }));
  void (async () => {
    const picked: PickedFile[] = entries.length > 0 ? await filesOfEntries(entries) : plain;
    const only = picked.length === 1 ? picked[0] : undefined;
    if (only && !(await isCatalogFile(only))) {
      await importLayoutFile(store, only.file);
      return;
    }
    if (picked.length > 0) await runCatalogImport(store, picked);
  })();
}

/**
 * A lone dropped file is a catalog import when it is YAML or CSV, or JSON shaped like a catalog or a price list;
 * anything else goes to the layout importer, which explains what is wrong with it.
 */
async function isCatalogFile(p: PickedFile): Promise<boolean> {
  if (!/\.json$/i.test(p.path)) return /\.(ya?ml|csv)$/i.test(p.path);
  // Text that is not UTF-8 is not a catalog: the layout importer names the bad byte.
  const read = await readFileText(p.file);
  if (!read.ok) return false;
  const text = read.value;
  const kind = classifySource(p.path, text);
  if (kind === 'prices-json') return true;
  if (kind !== 'catalog') return false;
  try {
    const v: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof v === 'object' && v !== null && 'items' in v;
  } catch {
    return false;
  }
}
