/** Real NetBox device-type files from ../shared/devicetypes, copied into temp folders the file picker can take. */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { NetboxImportReport } from '../../../src/core';
import { importNetboxDeviceTypes } from '../../../src/core/catalog/netbox';
import { ROOT } from './previewServer';
import { tempDir } from './scenario';

export const DEVICETYPES = resolve(ROOT, '../shared/devicetypes');

/** Every YAML file under `dir`, in sorted order. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/i.test(name) ? [p] : [];
    });
}

/**
 * A folder `netbox/` holding copies of the given manufacturer folders (paths under ../shared/devicetypes) and a
 * README the import must skip. Returns the folder and the core's report over the same files.
 */
export function netboxFolder(parts: readonly string[]): { dir: string; core: NetboxImportReport } {
  const root = join(tempDir(), 'netbox');
  for (const part of parts)
    cpSync(join(DEVICETYPES, part), join(root, part.split('/').pop()!), { recursive: true });
  writeFileSync(join(root, 'README.txt'), 'not a device type\n');
  const files = yamlFiles(root).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
  return { dir: root, core: importNetboxDeviceTypes(files) };
}
