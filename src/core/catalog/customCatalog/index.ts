/** Custom catalogs: the versioned catalog JSON format, its loader and its JSON Schema. */
export {
  CATALOG_SCHEMA_VERSION,
  catalogFileSchema,
  catalogItemSchema,
  catalogJsonSchema,
} from './catalogSchema';
export { checkCatalogItem, loadCatalogJson, MAX_CATALOG_ISSUES, serializeCatalog } from './loadCatalog';
