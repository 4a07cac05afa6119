/**
 * The catalog import in progress, one per editor: reading files, then the summary waiting for the user to confirm or
 * cancel. Session state (never saved, never undone), kept in its own small store so the import dialog, the toolbar
 * and the window's file drop share it without widening the editor's session.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { CatalogImportSummary } from './catalogImportPlan';
import type { EditorStore } from './editorStore';

export type CatalogImportJob =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'working';
      /** What is being done: `Reading files`, `Importing NetBox device types`. */
      readonly step: string;
      readonly done: number;
      readonly total: number;
      /** Bumped per import; a finished import whose id is no longer current (cancelled) is dropped. */
      readonly id: number;
    }
  | { readonly phase: 'review'; readonly summary: CatalogImportSummary; readonly id: number };

export type CatalogImportStore = StoreApi<{ readonly job: CatalogImportJob }>;

const stores = new WeakMap<EditorStore, CatalogImportStore>();

/** The import store of an editor (made on first use). */
export function catalogImportStore(editor: EditorStore): CatalogImportStore {
  let s = stores.get(editor);
  if (!s) stores.set(editor, (s = createStore(() => ({ job: { phase: 'idle' } as CatalogImportJob }))));
  return s;
}

let nextId = 1;
export const newImportId = (): number => nextId++;

/** The id of the import under way or under review, or null. */
export const currentImportId = (s: CatalogImportStore): number | null => {
  const job = s.getState().job;
  return job.phase === 'idle' ? null : job.id;
};

export const setImportJob = (s: CatalogImportStore, job: CatalogImportJob): void => s.setState({ job });
