/** The BOM format's version (`schemaVersion` of every BOM), apart from its zod schema so building a BOM does not load zod. */
export const BOM_SCHEMA_VERSION = 1;
