/** Writes schema/bom.schema.json from the zod definition in src/core/derive/bomSchema.ts. */
import { writeFileSync } from 'node:fs';
import { bomJsonSchema } from '../src/core';

export const bomSchemaText = (): string => `${JSON.stringify(bomJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('emitBomSchema.ts')) {
  const url = new URL('../schema/bom.schema.json', import.meta.url);
  writeFileSync(url, bomSchemaText());
  console.log(`wrote ${url.pathname}`);
}
