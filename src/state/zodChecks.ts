/**
 * Everything the app checks with zod's schemas, in one lazily loaded chunk: layout files (open, restore with the
 * autosave journal, another tab's save), catalog JSON and a catalog item edited by hand. The first screen's code carries no zod (nor its
 * JSON-Schema generator); `loadZodChecks()` (checks.ts) fetches this on first use. zodConfig comes first, so zod's
 * settings are in place before any schema is built.
 */
import './zodConfig';

export { loadCatalogJson, parseLayoutJson } from '../core';
export { catalogItemProblem } from './catalogItemCheck';
export { openSavedPod, savedPodText } from './persist/openSavedPod';
