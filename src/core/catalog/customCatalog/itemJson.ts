/**
 * A catalog item as the catalog schema accepts it and as the model holds it, back and forth. Apart from the schema
 * module (only its type is read here) so the serializer and loaders that copy items do not load zod.
 */
import type { CatalogItem } from '../../model/catalog';
import type { Sku } from '../../model/ids';
import type { CatalogItemJson } from './catalogSchema';

/** Compile-time proof that the schema and the model agree: every item fits the schema, and back (SKU branded). */
export const itemToJson = (item: CatalogItem): CatalogItemJson => item;
export const itemFromJson = (item: CatalogItemJson): CatalogItem => ({ ...item, sku: item.sku as Sku });
