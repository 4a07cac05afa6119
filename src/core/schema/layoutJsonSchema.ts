/**
 * The layout file's JSON Schema, generated from `layoutSchema` so the two cannot disagree. Editors use the committed
 * copy (`schema/layout.schema.json`, written by `scripts/emitLayoutSchema.ts`) for completion and checking; the loader
 * uses it to put expected values into words.
 */
import { z } from 'zod';
import { layoutSchema } from './layoutSchema';

/** The `$id` of the layout JSON Schema (same scheme as the BOM's). */
export const LAYOUT_SCHEMA_ID = 'https://podplan.dev/schema/layout.schema.json';

export type { JsonSchemaNode } from './schemaNode';

let cached: Readonly<Record<string, unknown>> | undefined;

/** The layout JSON Schema (draft 2020-12) as an object: `$schema`, `$id`, `title` first, then the generated body. */
export function layoutJsonSchema(): Readonly<Record<string, unknown>> {
  if (cached === undefined) {
    const { $schema, title, description, ...body } = z.toJSONSchema(layoutSchema, {
      target: 'draft-2020-12',
    });
    cached = { $schema, $id: LAYOUT_SCHEMA_ID, title, description, ...body };
  }
  return cached;
}

/** The text of `schema/layout.schema.json`: 2-space indent, trailing newline. */
export function layoutJsonSchemaText(): string {
  return `${JSON.stringify(layoutJsonSchema(), null, 2)}\n`;
}
