/**
 * "Import catalog…" in the toolbar: NetBox device-type YAML (files or a whole folder), a podplan catalog JSON or a
 * price list (CSV or JSON). Also hosts the import dialog, which the window's file drop opens too.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../../state/editorContext';
import { CatalogImportDialog } from './CatalogImportDialog';
import { pickedFromInput, runCatalogImport } from './runCatalogImport';
import './imports.css';

export function CatalogImportMenu() {
  const store = useEditorStore();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // React has no prop for it; the attribute makes the picker choose a folder and list every file under it.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const pick = (input: HTMLInputElement | null) => {
    setOpen(false);
    input?.click();
  };
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const picked = pickedFromInput(e.target.files);
    e.target.value = '';
    if (picked.length > 0) void runCatalogImport(store, picked);
  };

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title="Import equipment: NetBox device types, a catalog file or a price list (or drop them on the window)"
      >
        Import catalog ▾
      </button>
      {open && (
        <div className="menu-popover" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button type="button" role="menuitem" autoFocus onClick={() => pick(filesInput.current)}>
            <strong>Files…</strong>
            <span className="muted">
              NetBox device types (.yaml), a podplan catalog (.json) or a price list (.csv, .json)
            </span>
          </button>
          <button type="button" role="menuitem" onClick={() => pick(folderInput.current)}>
            <strong>Folder…</strong>
            <span className="muted">
              Every NetBox device-type file under a folder, e.g. one manufacturer&apos;s
            </span>
          </button>
        </div>
      )}
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
      <CatalogImportDialog />
    </div>
  );
}
