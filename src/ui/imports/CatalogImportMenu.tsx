/**
 * "Import catalog" items of the File menu: NetBox device-type YAML (files or a whole folder), a podplan catalog JSON or a
 * price list (CSV or JSON). Also hosts the import dialog, which the window's file drop opens too.
 */
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../../state/editorContext';
import { Later, lazyNamed } from '../lazySurface';
import { useCatalogImportJob } from './useCatalogImportJob';
import { pickedFromInput, runCatalogImport } from './runCatalogImport';
import './imports.css';
import { MenuHeading, MenuItem } from '../menus/ToolbarMenu';

const CatalogImportDialog = lazyNamed(() => import('./CatalogImportDialog'), 'CatalogImportDialog');

/** The import dialog's code loads when an import starts (from the menu or a dropped file). */
function ImportDialogWhenBusy() {
  const busy = useCatalogImportJob().phase !== 'idle';
  return busy ? (
    <Later what="the import">
      <CatalogImportDialog />
    </Later>
  ) : null;
}

export function CatalogImportItems() {
  const store = useEditorStore();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // React has no prop for it; the attribute makes the picker choose a folder and list every file under it.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const picked = pickedFromInput(e.target.files);
    e.target.value = '';
    if (picked.length > 0) void runCatalogImport(store, picked);
  };

  return (
    <div role="group" aria-label="Import catalog">
      <MenuHeading>Import catalog</MenuHeading>
      <MenuItem
        hint="NetBox device types (.yaml), a podplan catalog (.json) or a price list (.csv, .json)"
        onSelect={() => filesInput.current?.click()}
      >
        Catalog files…
      </MenuItem>
      <MenuItem
        hint="Every NetBox device-type file under a folder, e.g. one manufacturer's"
        onSelect={() => folderInput.current?.click()}
      >
        Catalog folder…
      </MenuItem>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".yaml,.yml,.json,.csv,application/json,text/csv"
        hidden
        data-testid="catalog-import-files"
        onChange={onChange}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="catalog-import-folder"
        onChange={onChange}
      />
      <ImportDialogWhenBusy />
    </div>
  );
}
