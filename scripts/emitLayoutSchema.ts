/**
 * Writes `schema/layout.schema.json` from the layout's zod schema. Run after changing the schema:
 * `npx tsx scripts/emitLayoutSchema.ts`. A test fails while the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { layoutJsonSchemaText } from '../src/core/schema/layoutJsonSchema';

const target = fileURLToPath(new URL('../schema/layout.schema.json', import.meta.url));
writeFileSync(target, layoutJsonSchemaText());
console.log(`wrote ${target}`);
