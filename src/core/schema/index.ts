/** Runtime validation and version migration of layout files. */
export { layoutSchema } from './layoutSchema';
export type { LayoutData } from './layoutSchema';
export { loadLayout, parseLayoutJson, MAX_LAYOUT_ISSUES } from './loadLayout';
export { serializeLayout } from './serializeLayout';
export { layoutMigrations, migrateLayoutFile, readSchemaVersion } from './migrations';
export type { LayoutMigration } from './migrations';
export { layoutJsonSchema, layoutJsonSchemaText, LAYOUT_SCHEMA_ID } from './layoutJsonSchema';
export { locateJsonSyntaxError } from './jsonSyntax';
export type { JsonSyntaxError } from './jsonSyntax';
export { decodeUtf8 } from './utf8';
