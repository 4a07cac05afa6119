/**
 * Writes `schema/catalog.schema.json` from the zod schemas of the catalog format. Run after changing
 * `src/core/catalog/customCatalog/catalogSchema.ts`:  npx tsx scripts/emitCatalogSchema.ts
 * A test fails when the committed file is not current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogJsonSchema } from '../src/core/catalog/customCatalog/catalogSchema';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'catalog.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
