/**
 * The layout file's JSON Schema, generated from `layoutSchema` so the two cannot disagree. Editors use the committed
 * copy (`schema/layout.schema.json`, written by `scripts/emitLayoutSchema.ts`) for completion and checking; the loader
 * uses it to put expected values into words.
 */
import { z } from 'zod';
import { layoutSchema } from './layoutSchema';

/** The `$id` of the layout JSON Schema (same scheme as the BOM's). */
export const LAYOUT_SCHEMA_ID = 'https://podplan.dev/schema/layout.schema.json';

/** The parts of a JSON Schema node the loader reads. */
export interface JsonSchemaNode {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly examples?: readonly unknown[];
  readonly description?: string;
  readonly items?: JsonSchemaNode;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
}

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

/** The schema node describing the value at `path` in a layout file, or `undefined` where the schema has none. */
export function schemaNodeAt(path: readonly PropertyKey[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = layoutJsonSchema() as JsonSchemaNode;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') node = node.items;
    else if (
      typeof segment === 'string' &&
      node.properties !== undefined &&
      Object.hasOwn(node.properties, segment)
    )
      node = node.properties[segment];
    else return undefined;
  }
  return node;
}
