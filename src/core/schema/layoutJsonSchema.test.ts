import { describe, expect, it } from 'vitest';
import committed from '../../../schema/layout.schema.json';
import { LAYOUT_SCHEMA_ID, layoutJsonSchema, layoutJsonSchemaText } from './layoutJsonSchema';

describe('When the layout schema changes', () => {
  it('the committed schema/layout.schema.json matches what scripts/emitLayoutSchema.ts writes now', () => {
    // Comparing the re-serialized file checks every key and the key order; rerun the script when this fails.
    expect(`${JSON.stringify(committed, null, 2)}\n`).toBe(layoutJsonSchemaText());
  });

  it('names itself and the JSON Schema dialect first', () => {
    expect(Object.keys(layoutJsonSchema()).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect(layoutJsonSchema()['$id']).toBe(LAYOUT_SCHEMA_ID);
    expect(layoutJsonSchema()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('rejects unknown keys and requires the version, as the loader does', () => {
    const schema = layoutJsonSchema() as { additionalProperties?: unknown; required?: readonly string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('schemaVersion');
  });
});
