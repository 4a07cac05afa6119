import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../core';
import { builtinCatalog, emptyLayout, serializeCatalog } from '../core';
import { importNetboxDeviceTypes } from '../core/catalog/netbox';
import type { ImportInput } from './catalogImportPlan';
import { classifySource, importTitle, itemsToAdd, mergeNetboxReports } from './catalogImportPlan';
import { loadCatalogFiles, summarizeImport } from './catalogImportSummary';

const DEVICETYPES = resolve(import.meta.dirname, '../../../shared/devicetypes');

function yamlUnder(dir: string): SourceFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => {
        const p = join(d, n);
        return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/i.test(n) ? [p] : [];
      });
  return walk(dir).map((p) => ({ path: relative(DEVICETYPES, p), text: readFileSync(p, 'utf8') }));
}

const empty: ImportInput = {
  title: 't',
  netbox: { imported: [], partial: [], rejected: [] },
  catalogs: [],
  priceLists: [],
  layouts: [],
  ignored: [],
};

describe('When files come in, they are sorted by what they are', () => {
  it('reads YAML as NetBox, CSV as prices, and JSON by its shape', () => {
    expect(classifySource('Dell/R640.yaml', '')).toBe('netbox');
    expect(classifySource('a/b.YML', '')).toBe('netbox');
    expect(classifySource('prices.csv', '')).toBe('prices-csv');
    expect(classifySource('list.json', '[{"sku":"x"}]')).toBe('prices-json');
    expect(classifySource('cat.json', '{"schemaVersion":1,"items":[]}')).toBe('catalog');
    expect(classifySource('pod.json', '{"schemaVersion":1,"racks":[],"floor":{}}')).toBe('layout');
    expect(classifySource('broken.json', '{"items": [')).toBe('catalog');
    expect(classifySource('prices-broken.json', '[{')).toBe('prices-json');
    expect(classifySource('README.md', '# hi')).toBe('ignored');
  });

  it('titles an import by its folder', () => {
    expect(importTitle(['Dell/a.yaml', 'Dell/b.yaml'])).toBe('Dell (2 files)');
    expect(importTitle(['one.yaml'])).toBe('one.yaml');
    expect(importTitle(['a.yaml', 'b/c.yaml'])).toBe('2 files');
  });
});

describe('When the whole shared library is imported in chunks', () => {
  it('gives the same buckets and entries as one call over all the files', () => {
    const files = [
      ...yamlUnder(join(DEVICETYPES, 'netbox')),
      ...yamlUnder(join(DEVICETYPES, 'netbox-newer')),
    ];
    expect(files.length).toBeGreaterThan(150);
    const whole = importNetboxDeviceTypes(files);
    const chunks = [];
    for (let i = 0; i < files.length; i += 16) chunks.push(importNetboxDeviceTypes(files.slice(i, i + 16)));
    const merged = mergeNetboxReports(chunks);
    expect(merged.imported.map((e) => e.sku)).toEqual(whole.imported.map((e) => e.sku));
    expect(merged.partial.map((e) => e.sku)).toEqual(whole.partial.map((e) => e.sku));
    expect(merged.rejected.map((r) => r.file).sort()).toEqual(whole.rejected.map((r) => r.file).sort());
  });

  it('rejects a SKU an earlier chunk took, as the core does within one call', () => {
    const file = {
      path: 'a.yaml',
      text: 'manufacturer: A\nmodel: X\nslug: a-x\nu_height: 1\nis_full_depth: false\n',
    };
    const merged = mergeNetboxReports([
      importNetboxDeviceTypes([file]),
      importNetboxDeviceTypes([{ ...file, path: 'b.yaml' }]),
    ]);
    const whole = importNetboxDeviceTypes([file, { ...file, path: 'b.yaml' }]);
    expect(merged.rejected).toEqual(whole.rejected);
  });
});

describe('When the summary is built', () => {
  const files = yamlUnder(join(DEVICETYPES, 'netbox-newer/Nvidia'));

  it('keeps built-in SKUs out unless the user chooses to replace them', () => {
    const summary = summarizeImport(
      { ...empty, netbox: importNetboxDeviceTypes(files) },
      builtinCatalog,
      emptyLayout(),
    );
    const builtins = [...summary.imported, ...summary.partial].filter((e) => e.replaces === 'builtin');
    expect(builtins.map((e) => e.item.sku).sort()).toEqual(['nvidia-qm9700', 'nvidia-sn5600']);
    expect(itemsToAdd(summary, false)).toHaveLength(files.length - 2);
    expect(itemsToAdd(summary, true)).toHaveLength(files.length);
    // Partial entries say what is missing (price aside) and why.
    const qm = summary.partial.find((e) => e.item.sku === 'nvidia-qm9700');
    expect(qm?.missing).toEqual(expect.arrayContaining(['power.maxW', 'ports']));
    expect(qm?.missing).not.toContain('price');
    expect(qm?.reasons.some((r) => r.startsWith('power.maxW:'))).toBe(true);
  });

  it('rejects a bad catalog file whole, with JSON paths, and takes the good one', async () => {
    const good = importNetboxDeviceTypes(files)
      .partial.map((e) => e.item)
      .slice(0, 2);
    const summary = summarizeImport(
      {
        ...empty,
        catalogs: await loadCatalogFiles([
          { path: 'good.json', text: serializeCatalog(good) },
          { path: 'bad.json', text: '{"schemaVersion":1,"items":[{"kind":"rack","sku":"x"}]}' },
        ]),
      },
      builtinCatalog,
      emptyLayout(),
    );
    expect([...summary.imported, ...summary.partial].map((e) => e.file)).toEqual(['good.json', 'good.json']);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.file).toBe('bad.json');
    expect(summary.rejected[0]?.details.some((d) => d.startsWith('$.items[0].'))).toBe(true);
  });

  it('rejects a price list with any bad line whole, naming the line; a good list prices items of the same import', () => {
    const netbox = importNetboxDeviceTypes(files);
    const summary = summarizeImport(
      {
        ...empty,
        netbox,
        priceLists: [
          {
            path: 'bad.csv',
            text: 'sku,unit_price,currency\nnvidia-dgx-h100,1,USD\nnvidia-dgx-h100,1,000,USD\n',
          },
          { path: 'good.csv', text: 'sku,unit_price,currency\nnvidia-dgx-a100-640gb,199000,USD\n' },
        ],
      },
      builtinCatalog,
      emptyLayout(),
    );
    expect(summary.rejected.map((r) => r.file)).toEqual(['bad.csv']);
    expect(summary.rejected[0]?.details[0]).toMatch(/^line 3: /);
    expect(summary.priceLists).toEqual([
      {
        file: 'good.csv',
        entries: [{ sku: 'nvidia-dgx-a100-640gb', amount: 199000, currency: 'USD' }],
        currencies: ['USD'],
      },
    ]);
  });

  it('turns away a layout file given to the catalog import', () => {
    const summary = summarizeImport({ ...empty, layouts: ['pod.json'] }, builtinCatalog, emptyLayout());
    expect(summary.rejected[0]).toMatchObject({ file: 'pod.json', reason: expect.stringMatching(/layout/) });
  });
});
