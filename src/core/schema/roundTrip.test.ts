import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rackId, sku } from '../model/ids';
import { emptyLayout } from '../model/layout';
import { layoutArb } from '../../../test/support/layoutArbitrary';
import type { JsonSchemaNode } from './layoutJsonSchema';
import { layoutJsonSchema } from './layoutJsonSchema';
import { loadLayout, parseLayoutJson } from './loadLayout';
import { serializeLayout } from './serializeLayout';

/** Asserts that every object in `value` lists its keys in the order of the schema's properties. */
function expectSchemaKeyOrder(value: unknown, node: JsonSchemaNode | undefined): void {
  if (Array.isArray(value)) {
    for (const item of value) expectSchemaKeyOrder(item, node?.items);
  } else if (typeof value === 'object' && value !== null) {
    const order = Object.keys(node?.properties ?? {});
    const keys = Object.keys(value);
    expect(keys).toEqual(order.filter((key) => keys.includes(key)));
    for (const [key, child] of Object.entries(value)) expectSchemaKeyOrder(child, node?.properties?.[key]);
  }
}

describe('When a layout is exported and imported again', () => {
  it('gets back a deep-equal layout, for any valid layout', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        expect(loadLayout(JSON.parse(serializeLayout(layout)))).toEqual({ ok: true, value: layout });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same text again when the loaded layout is saved (canonical form)', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const text = serializeLayout(layout);
        const again = parseLayoutJson(text);
        expect(again.ok && serializeLayout(again.value)).toBe(text);
        expectSchemaKeyOrder(JSON.parse(text), layoutJsonSchema() as JsonSchemaNode);
      }),
      { numRuns: 100 },
    );
  });
});

describe('When a layout is serialized', () => {
  it('uses schema key order whatever order the record was built in, 2-space indent and a final newline', () => {
    const shuffled = { position: { slot: 3, row: 1 }, name: 'B3', sku: sku('rack-42u'), id: rackId('r') };
    const text = serializeLayout({ ...emptyLayout('Pod'), racks: [shuffled] });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 2,\n  "name": "Pod",\n')).toBe(true);
    expect(text).toContain(
      '"id": "r",\n      "sku": "rack-42u",\n      "name": "B3",\n      "position": {\n        "row": 1',
    );
    expect(text).not.toContain('rearDoor');
  });
});
