/**
 * Files dropped on the window, folders included: a folder's files are listed through the File System entries API
 * (which must be asked during the drop event itself), each with its path under the dropped folder.
 */
import type { PickedFile } from './runCatalogImport';

/** Takes the dropped entries now (the DataTransfer is emptied once the drop event returns). */
export function droppedEntries(dt: DataTransfer): FileSystemEntry[] {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  return entries;
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

/** All of a directory's entries (a reader returns them in batches until an empty one). */
async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

/** Walks dropped entries into files, each with its path relative to what was dropped (`Dell/PowerEdge-R640.yaml`). */
export async function filesOfEntries(entries: readonly FileSystemEntry[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await fileOf(entry as FileSystemFileEntry);
      out.push({ path: entry.fullPath.replace(/^\/+/, '') || file.name, file });
    } else if (entry.isDirectory) {
      for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child);
    }
  };
  for (const e of entries) await walk(e);
  return out;
}
