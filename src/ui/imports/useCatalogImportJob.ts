/** React access to the editor's catalog import job. */
import { useStore } from 'zustand';
import type { CatalogImportJob } from '../../state/catalogImportJob';
import { catalogImportStore } from '../../state/catalogImportJob';
import { useEditorStore } from '../../state/editorContext';

export function useCatalogImportJob(): CatalogImportJob {
  return useStore(catalogImportStore(useEditorStore()), (s) => s.job);
}
