import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/builtin';
import { loadCatalogJson } from '../catalog/customCatalog';
import { parsePriceList } from '../catalog/priceList';
import { emptyLayout } from '../model/layout';
import { findDuplicateKeys } from './duplicateKeys';
import { parseLayoutJson } from './loadLayout';
import { serializeLayout } from './serializeLayout';
import { sampleLayoutFile } from './sampleLayout';

const dupes = (text: string) => findDuplicateKeys(text, JSON.parse(text), 200);

describe('duplicate JSON keys', () => {
  it('finds none in a file without them, whatever its strings hold', () => {
    // Value strings holding '":' , escaped quotes and backslashes must not be read as keys.
    const text = '{"a": "x\\":", "b": ["\\\\", ":", {"c": "\\"c\\": 1"}], "c\\"": 2, "d": {"a": 1}}';
    expect(dupes(text)).toEqual([]);
    expect(dupes(JSON.stringify(sampleLayoutFile(), null, 2))).toEqual([]);
  });

  it('names the repeated key, the object it is in, its line and column and where it was first written', () => {
    // Line 4 is `  "racks": [{"id": "r1"}, {"id": "r2", "id": "r3"}]`: the second "id" of racks[1] starts at column 40,
    // the first at column 28 (2 spaces, "racks" 7, ': [{' 4, '"id": "r1"}, {' 14).
    const text = '{\n  "name": "x",\n  "limits": {},\n  "racks": [{"id": "r1"}, {"id": "r2", "id": "r3"}]\n}';
    expect(dupes(text)).toEqual([
      {
        path: '$.racks[1].id',
        line: 4,
        column: 40,
        message:
          'duplicate key "id" at $.racks[1], line 4, column 40 (first at line 4, column 28): a key may appear once in an object, and JSON readers disagree on which value counts',
      },
    ]);
  });

  it('tells keys written differently but equal once unescaped', () => {
    // "\u0061" is "a".
    expect(dupes('{"a": 1, "\\u0061": 2}').map((d) => d.path)).toEqual(['$.a']);
  });

  it('refuses a layout file with a key given twice, saying where (JSON.parse alone keeps the last value)', () => {
    const text = serializeLayout(emptyLayout('Pod')).replace(
      '"name": "Pod",',
      '"name": "Pod", "name": "Other",',
    );
    const result = parseLayoutJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toHaveLength(1);
      expect(result.error[0]!.path).toBe('$.name');
      expect(result.error[0]!.message).toMatch(/^duplicate key "name" at \$, line 3, column \d+/);
    }
  });

  it('refuses a catalog file and a JSON price list with a key given twice', () => {
    const catalog = loadCatalogJson('{"schemaVersion": 1, "schemaVersion": 1, "items": []}');
    expect(catalog.ok ? [] : catalog.error.map((i) => i.path)).toEqual(['$.schemaVersion']);
    const sku = [...builtinCatalog.items.keys()][0]!;
    const prices = parsePriceList(
      `[\n  {"sku": "${sku}", "unitPrice": 10, "unitPrice": 1000000, "currency": "USD"}\n]`,
      'json',
      new Set([sku]),
    );
    expect(prices.prices.size).toBe(0);
    expect(prices.issues).toEqual([
      { line: 2, message: expect.stringMatching(/^duplicate key "unitPrice" at \$\[0\]/) },
    ]);
  });

  it('reads -0 (and a negative number too small for a double) as 0', () => {
    const text = JSON.stringify(sampleLayoutFile(), null, 2)
      .replace('"row": 0', '"row": -0')
      .replace('"slot": 0', '"slot": -1e-400');
    expect(text).toContain('"row": -0');
    expect(text).toContain('"slot": -1e-400');
    const result = parseLayoutJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.is(result.value.racks[0]!.position.row, 0)).toBe(true);
      expect(Object.is(result.value.racks[0]!.position.slot, 0)).toBe(true);
    }
  });
});
