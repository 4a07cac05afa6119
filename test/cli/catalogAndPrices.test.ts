import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bom, CatalogItem, Layout } from '../../src/core';
import {
  builtinCatalog,
  catalogForLayout,
  loadLayout,
  newQuote,
  serializeCatalog,
  serializeLayout,
  sku,
  validate,
} from '../../src/core';
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { device, pduPair, pod, rack } from '../fixtures/builders';

const dgx = builtinCatalog.items.get(sku('nvidia-dgx-h100'))!;
const custom: CatalogItem = { ...dgx, sku: sku('acme-gpu-8u'), name: 'ACME GPU 8U', vendor: 'ACME' };
const layout = pod({
  racks: [rack('R1', 0, 0, sku('rack-42u-600x1200'))],
  sideItems: pduPair('R1', sku('raritan-px3-5878-415v-60a')),
  devices: [device('g1', sku('acme-gpu-8u'), 'R1', 1)],
});

async function run(args: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return f;
    },
    writeFile: () => undefined,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('When a layout uses items that are not built in', () => {
  it('reports them as unknown without a catalog, and validates them with --catalog', async () => {
    const files = { 'l.json': serializeLayout(layout), 'c.json': serializeCatalog([custom]) };
    const without = await run(['validate', 'l.json'], files);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("'acme-gpu-8u'");
    const withCatalog = await run(['validate', 'l.json', '--catalog', 'c.json', '--json'], files);
    expect(JSON.parse(withCatalog.stdout).pod.itKwMax).toBeCloseTo(10.2, 6);
  });

  it('reopens a layout that carries its own items with every item it references', () => {
    const carried = { ...layout, catalogItems: [custom] };
    const loaded = loadLayout(JSON.parse(serializeLayout(carried)));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const report = validate(loaded.value, catalogForLayout(builtinCatalog, loaded.value));
    expect(report.errors).toBe(0);
    expect(report.pod.gpus).toBe(8);
    expect(loaded.value.catalogItems?.[0]?.name).toBe('ACME GPU 8U');
  });

  it('rejects a bad catalog file with its JSON path and exit 2', async () => {
    const r = await run(['validate', 'l.json', '--catalog', 'c.json'], {
      'l.json': serializeLayout(layout),
      'c.json': '{"schemaVersion":1,"items":[{"sku":"x"}]}',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('c.json: $.items[0]');
  });
});

describe('podplan bom --prices', () => {
  const example = readFileSync(
    join(new URL('../../public/examples/', import.meta.url).pathname, 'small-inference.json'),
    'utf8',
  );

  it('applies a CSV price list and marks those lines as real prices', async () => {
    const r = await run(['bom', 'l.json', '--prices', 'p.csv'], {
      'l.json': example,
      'p.csv': 'sku,unit_price,currency\nsupermicro-sys-821ge-tnhr,250000.50,USD\n',
    });
    const line = JSON.parse(r.stdout).lines.find(
      (l: { sku: string }) => l.sku === 'supermicro-sys-821ge-tnhr',
    );
    expect(line).toMatchObject({
      qty: 2,
      unitPrice: 250000.5,
      extendedPrice: 500001,
      priceFrom: 'price list',
      priceIsExample: false,
    });
  });

  it('refuses a price list with an unknown SKU, naming the line, and applies nothing', async () => {
    const r = await run(['bom', 'l.json', '--prices', 'p.csv'], {
      'l.json': example,
      'p.csv': 'sku,unit_price,currency\nnope,1,USD\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('p.csv:2:');
    expect(r.stdout).toBe('');
  });

  it('takes unit costs and lead times, so the margin floor works from an imported list', async () => {
    // Rack 2,000.00 (cost 1,500.00), 2 PDUs 3,000.00 (cost 2,400.00), a DGX H100 300,000.00 (cost 255,000.00).
    // Net 308,000.00, cost 1,500 + 4,800 + 255,000 = 261,300.00: margin 46,700 / 308,000 = 15.16 % < 20 %.
    const priced: Layout = {
      ...pod({
        racks: [rack('R1', 0, 0, sku('rack-42u-600x1200'))],
        sideItems: pduPair('R1', sku('raritan-px3-5878-415v-60a')),
        devices: [device('g1', sku('nvidia-dgx-h100'), 'R1', 1)],
      }),
      quote: { ...newQuote('2026-11-28', 'USD'), guardRails: { minMarginPct: 20 } },
    };
    const csv = [
      'sku,unit_price,currency,unit_cost,lead_time_weeks',
      'rack-42u-600x1200,2000,USD,1500,4',
      'raritan-px3-5878-415v-60a,3000,USD,2400,',
      'nvidia-dgx-h100,300000,USD,255000,12',
    ].join('\n');
    const r = await run(['bom', 'l.json', '--prices', 'p.csv'], {
      'l.json': serializeLayout(priced),
      'p.csv': csv,
    });
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout) as Bom;
    expect(b.total).toBe(308_000);
    expect(b.approval).toEqual({
      status: 'needs approval',
      reasons: ['Margin 15.16 % over cost is below the 20 % floor.'],
      marginPct: 15.16,
    });
    expect(b.lines.map((l) => [l.sku, l.leadTimeWeeks])).toEqual([
      ['rack-42u-600x1200', 4],
      ['nvidia-dgx-h100', 12],
      ['raritan-px3-5878-415v-60a', undefined],
    ]);
  });
});
