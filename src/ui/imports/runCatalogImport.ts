/**
 * One catalog import, from picked or dropped files to the summary the user confirms: read the files (in parallel,
 * with progress), sort them by kind, import NetBox YAML off the main thread, load catalog JSON, check price lists.
 * Nothing reaches the layout here: only the confirm button's `importCatalog` command changes it.
 */
import type { SourceFile } from '../../core';
import { catalogImportStore, currentImportId, newImportId, setImportJob } from '../../state/catalogImportJob';
import type { ImportInput } from '../../state/catalogImportPlan';
import { classifySource, importTitle, isImportable } from '../../state/catalogImportPlan';
import { dispatch } from '../../state/commands/registry';
import type { EditorStore } from '../../state/editorStore';
import { runNetboxImport } from './runNetboxImport';
import { readFileText } from '../readFileText';

/** A file to import and the path it is reported under (relative to the picked or dropped folder). */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** Files from an `<input type=file>`: folder picks carry `webkitRelativePath`. */
export const pickedFromInput = (list: FileList | null): PickedFile[] =>
  Array.from(list ?? [], (file) => ({ path: file.webkitRelativePath || file.name, file }));

/** Files read at once; more gains nothing and holds more text in memory. */
const READ_PARALLEL = 8;

export async function runCatalogImport(editor: EditorStore, picked: readonly PickedFile[]): Promise<void> {
  const jobs = catalogImportStore(editor);
  // Browsers list a folder in no set order; sorted paths make the report (and which duplicate wins) repeatable.
  const sorted = [...picked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const wanted = sorted.filter((p) => isImportable(p.path));
  const ignored = sorted.filter((p) => !isImportable(p.path)).map((p) => p.path);
  const title = importTitle(picked.map((p) => p.path));
  if (wanted.length === 0) {
    dispatch(editor, 'notify', {
      notice: {
        tone: 'error',
        text: `Nothing to import in ${title}: podplan reads NetBox device types (.yaml, .yml), catalog JSON and price lists (.csv, .json).`,
      },
    });
    return;
  }
  const id = newImportId();
  const live = () => currentImportId(jobs) === id;
  setImportJob(jobs, { phase: 'working', step: 'Reading files', done: 0, total: wanted.length, id });

  const sources: SourceFile[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  let next = 0;
  let done = 0;
  const reader = async () => {
    while (next < wanted.length && live()) {
      const p = wanted[next++]!;
      const read = await readFileText(p.file);
      if (read.ok) sources.push({ path: p.path, text: read.value });
      else unreadable.push({ file: p.path, reason: read.error });
      done++;
      if (done % 8 === 0 || done === wanted.length)
        setImportJob(jobs, { phase: 'working', step: 'Reading files', done, total: wanted.length, id });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_PARALLEL, wanted.length) }, reader));
  if (!live()) return;
  // Parallel reads finish in any order; the report lists files in path order.
  const order = new Map(wanted.map((p, i) => [p.path, i]));
  sources.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));

  const byKind = { netbox: [] as SourceFile[], catalog: [] as SourceFile[], prices: [] as SourceFile[] };
  const layouts: string[] = [];
  for (const s of sources) {
    const kind = classifySource(s.path, s.text);
    if (kind === 'netbox') byKind.netbox.push(s);
    else if (kind === 'catalog') byKind.catalog.push(s);
    else if (kind === 'prices-csv' || kind === 'prices-json') byKind.prices.push(s);
    else if (kind === 'layout') layouts.push(s.path);
    else ignored.push(s.path);
  }

  const step = 'Importing NetBox device types';
  setImportJob(jobs, { phase: 'working', step, done: 0, total: byKind.netbox.length, id });
  const netbox = await runNetboxImport(byKind.netbox, (d, total) => {
    if (live()) setImportJob(jobs, { phase: 'working', step, done: d, total, id });
  });
  if (!live()) return;
  // The loaders of catalog JSON and price lists come with the import, not with the first screen.
  const { loadCatalogFiles, summarizeImport } = await import('../../state/catalogImportSummary');
  const catalogs = await loadCatalogFiles(byKind.catalog);
  if (!live()) return;

  const input: ImportInput = {
    title,
    netbox: { ...netbox, rejected: [...unreadable, ...netbox.rejected] },
    catalogs,
    priceLists: byKind.prices,
    layouts,
    ignored,
  };
  const { catalog, layout } = editor.getState();
  setImportJob(jobs, { phase: 'review', summary: summarizeImport(input, catalog, layout), id });
}

/** Drops the import under way or under review; nothing has changed, so nothing needs undoing. */
export const cancelCatalogImport = (editor: EditorStore): void =>
  setImportJob(catalogImportStore(editor), { phase: 'idle' });
