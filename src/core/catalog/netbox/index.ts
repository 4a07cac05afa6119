/** NetBox device-type import: the public API of this folder. */
export { importNetboxDeviceTypes, manufacturerSlug } from './importNetbox';
export { DEFAULT_FALLBACKS } from './types';
export { MAX_YAML_CHARS, MAX_YAML_DEPTH } from './parseYaml';
export type {
  NetboxFallbacks,
  NetboxImportedEntry,
  NetboxImportOptions,
  NetboxImportReport,
  NetboxItemSummary,
  NetboxRejectedEntry,
  SourceFile,
} from './types';
export { INTERFACE_TYPES, classifyInterfaceType } from './interfaceTypes';
export type { InterfaceSpec } from './interfaceTypes';
