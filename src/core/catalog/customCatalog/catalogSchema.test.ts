import { describe, expect, it } from 'vitest';
import committed from '../../../../schema/catalog.schema.json';
import { catalogJsonSchema } from './catalogSchema';

describe('The committed JSON Schema of the catalog format', () => {
  it('is current: regenerate it with `npx tsx scripts/emitCatalogSchema.ts` when this fails', () => {
    expect(committed).toEqual(catalogJsonSchema());
  });

  it('refuses unknown fields and pins the schema version', () => {
    const schema = catalogJsonSchema() as {
      additionalProperties?: unknown;
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['schemaVersion']).toMatchObject({ const: 1 });
  });
});
