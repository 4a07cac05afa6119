import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bom, Layout } from '../src/core';
import {
  bom,
  bomSchema,
  bomToCsv,
  bomToJson,
  builtinCatalog,
  makeCatalog,
  parseLayoutJson,
  sku,
} from '../src/core';
import { bomSchemaText } from '../scripts/emitBomSchema';
import { EXAMPLES } from '../scripts/exampleLayouts';
import { device, floorUnit, pduPair, pod, rack } from './fixtures/builders';
import { GPU_SERVER, ITEMS, PDU_60A, RACK_42U, testCatalog } from './fixtures/catalog';

const shipped = readFileSync(new URL('../schema/bom.schema.json', import.meta.url), 'utf8');
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateAgainstShippedSchema = ajv.compile(JSON.parse(shipped) as object);

describe('The BOM JSON Schema', () => {
  it('is the one the code defines (run scripts/emitBomSchema.ts after changing bomSchema.ts)', () => {
    expect(shipped).toBe(bomSchemaText());
  });

  it.each(EXAMPLES.map((e) => [e.file, e.build] as const))('accepts the BOM of %s', (_file, build) => {
    const b = JSON.parse(bomToJson(bom(build(), builtinCatalog))) as unknown;
    expect(validateAgainstShippedSchema(b), JSON.stringify(validateAgainstShippedSchema.errors)).toBe(true);
    expect(bomSchema.safeParse(b).success).toBe(true);
  });

  it('accepts the BOM of arbitrary generated pods', () => {
    const skus = ITEMS.filter((i) => i.placement === 'rack-u').map((i) => i.sku);
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.constantFrom(...skus), u: fc.integer({ min: 1, max: 42 }) }), {
          maxLength: 30,
        }),
        (ds) => {
          const layout: Layout = pod({
            racks: [rack('R1')],
            devices: ds.map((d, i) => device(`d${i}`, d.s, 'R1', d.u)),
          });
          const b = JSON.parse(bomToJson(bom(layout, testCatalog))) as unknown;
          return validateAgainstShippedSchema(b) === true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries lead times from a price list, else the catalog, and stays valid against the shipped schema', () => {
    // Price list: the GPU server at 1,000.00 with 12 weeks; the rack's catalog item states 6 weeks; PDUs say nothing.
    const catalog = makeCatalog(
      ITEMS.map((i) => (i.sku === RACK_42U ? { ...i, price: { ...i.price, leadTimeWeeks: 6 } } : i)),
    );
    const layout: Layout = {
      ...pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices: [device('g', GPU_SERVER, 'R1', 1)] }),
      prices: [{ sku: GPU_SERVER, amount: 1000, currency: 'USD', leadTimeWeeks: 12 }],
    };
    const b = JSON.parse(bomToJson(bom(layout, catalog))) as Bom;
    const weeks = Object.fromEntries(b.lines.map((l) => [l.sku, l.leadTimeWeeks]));
    expect(weeks).toEqual({ [RACK_42U]: 6, [GPU_SERVER]: 12, [PDU_60A]: undefined });
    expect(validateAgainstShippedSchema(b), JSON.stringify(validateAgainstShippedSchema.errors)).toBe(true);
    // Without any lead time the lines keep their exact bytes (no leadTimeWeeks key).
    expect(bomToJson(bom({ ...layout, prices: [] }, testCatalog))).not.toContain('leadTimeWeeks');
  });

  it('rejects a BOM with a wrong field (the check can fail)', () => {
    const b = JSON.parse(bomToJson(bom(EXAMPLES[0]!.build(), builtinCatalog))) as { total: unknown };
    b.total = 'lots';
    expect(validateAgainstShippedSchema(b)).toBe(false);
  });
});

describe('When a bill of materials is made', () => {
  it('aggregates lines by SKU with quantity × unit price and subtotals per kind', () => {
    // Test catalog: every item lists at 1,000.00 USD (example). 1 rack + 2 PDUs + 3 servers = 6 items.
    const layout = pod({
      racks: [rack('R1')],
      sideItems: pduPair('R1'),
      devices: [1, 9, 17].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u)),
    });
    const b = bom(layout, testCatalog);
    expect(b.lines.map((l) => [l.sku, l.qty, l.extendedPrice])).toEqual([
      ['t-rack-42u', 1, 1000],
      ['t-gpu-server', 3, 3000],
      ['t-pdu-60a', 2, 2000],
    ]);
    expect(b.subtotals).toEqual([
      { kind: 'rack', extendedPrice: 1000, netExtendedPrice: 1000 },
      { kind: 'server', extendedPrice: 3000, netExtendedPrice: 3000 },
      { kind: 'pdu', extendedPrice: 2000, netExtendedPrice: 2000 },
    ]);
    expect(b.total).toBe(6000);
    expect(b.pricesAreExamples).toBe(true);
    expect(b.summary.itKwMax).toBeCloseTo(30.6, 6);
    expect(b.summary.heatBtuPerHour).toBe(Math.round(30_600 * 3.412141633));
    expect(b.summary.portsBySpeedGbps).toEqual({ '1': 5, '400': 24 });
    expect(b.validation.status).toBe('warnings'); // no compute or OOB switch in the pod
  });

  it('prices the air-cooled example from the catalog: 16 DGX H100 at the catalog price', () => {
    const b = bom(EXAMPLES[0]!.build(), builtinCatalog);
    const dgx = b.lines.find((l) => l.sku === 'nvidia-dgx-h100');
    const unit = builtinCatalog.items.get('nvidia-dgx-h100' as never)!.price.amount;
    expect(dgx?.qty).toBe(16);
    expect(dgx?.extendedPrice).toBe(16 * unit);
    expect(b.lines.find((l) => l.sku === 'raritan-px3-5878-415v-60a')?.qty).toBe(18);
    expect(b.total).toBeCloseTo(
      b.subtotals.reduce((s, x) => s + x.extendedPrice, 0),
      6,
    );
    expect(b.validation).toEqual({ status: 'ok', errors: 0, warnings: 0, codes: [] });
  });

  it('carries the power chain on the floor (UPS, transformer, generator) as lines with qty and price', () => {
    // Built-in example list prices: 1,200 kVA UPS 480,000.00; 2,500 kVA transformer 95,000.00; 2,000 kVA
    // generator 600,000.00 (facilityPower.ts). Two UPS frames: 2 × 480,000 = 960,000.00. With the rack, its two
    // PDUs and the server, the list total is their sum plus 960,000 + 95,000 + 600,000 = 1,655,000.00 more.
    const chain = [
      floorUnit('ups-1', sku('ups-1200kva-modular'), 1, 0),
      floorUnit('ups-2', sku('ups-1200kva-modular'), 1, 1),
      floorUnit('tx-1', sku('transformer-2500kva-11kv'), 1, 2),
      floorUnit('gen-1', sku('generator-2000kva-diesel'), 1, 3),
    ];
    const racksOnly = pod({
      racks: [rack('R1', 0, 0, sku('rack-48u-600x1200'))],
      sideItems: pduPair('R1', sku('raritan-px3-5878-415v-60a')),
      devices: [device('g1', sku('nvidia-dgx-h100'), 'R1', 1)],
    });
    const withChain: Layout = { ...racksOnly, floorUnits: chain };
    const b = bom(withChain, builtinCatalog);
    const line = (s: string) => b.lines.find((l) => l.sku === s);
    expect(
      [line('ups-1200kva-modular'), line('transformer-2500kva-11kv'), line('generator-2000kva-diesel')].map(
        (l) => [l?.kind, l?.qty, l?.unitPrice, l?.extendedPrice],
      ),
    ).toEqual([
      ['ups', 2, 480_000, 960_000],
      ['transformer', 1, 95_000, 95_000],
      ['generator', 1, 600_000, 600_000],
    ]);
    expect(b.listTotal - bom(racksOnly, builtinCatalog).listTotal).toBe(1_655_000);
    expect(b.subtotals.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['ups', 'transformer', 'generator']),
    );
    // The quote's CSV carries the same lines.
    const csv = bomToCsv(b);
    expect(csv).toContain('transformer-2500kva-11kv');
    expect(csv.split('\n').find((r) => r.startsWith('ups-1200kva-modular'))).toContain(',2,');
  });

  it('carries site batteries (issue 11) as lines with qty and price', () => {
    // Built-in example list prices (energy.ts, megapack2xl.ts): Megapack 2 XL 2-hour 1,000,000.00, Megapack 3
    // 1,300,000.00. Two 2 XL and one Megapack 3: 2 × 1,000,000 + 1,300,000 = 3,300,000.00 more than the racks alone.
    const racksOnly = pod({
      racks: [rack('R1', 0, 0, sku('rack-48u-600x1200'))],
      sideItems: pduPair('R1', sku('raritan-px3-5878-415v-60a')),
      devices: [device('g1', sku('nvidia-dgx-h100'), 'R1', 1)],
    });
    const withStorage: Layout = {
      ...racksOnly,
      floorUnits: [
        floorUnit('bat-1', sku('tesla-megapack-2xl'), 1, 0),
        floorUnit('bat-2', sku('tesla-megapack-2xl'), 1, 4),
        floorUnit('bat-3', sku('tesla-megapack-3'), 1, 8),
      ],
    };
    const b = bom(withStorage, builtinCatalog);
    const line = (s: string) => b.lines.find((l) => l.sku === s);
    expect(
      [line('tesla-megapack-2xl'), line('tesla-megapack-3')].map((l) => [l?.kind, l?.qty, l?.extendedPrice]),
    ).toEqual([
      ['battery', 2, 2_000_000],
      ['battery', 1, 1_300_000],
    ]);
    expect(b.listTotal - bom(racksOnly, builtinCatalog).listTotal).toBe(3_300_000);
    expect(b.subtotals.find((x) => x.kind === 'battery')?.extendedPrice).toBe(3_300_000);
  });

  it('lists unknown SKUs as unpriced instead of failing', () => {
    const r = parseLayoutJson(
      readFileSync(new URL('../public/examples/broken.json', import.meta.url), 'utf8'),
    );
    if (!r.ok) throw new Error('broken.json must load');
    const b = bom(r.value, builtinCatalog);
    expect(b.unpriced).toEqual([
      { sku: 'acme-mystery-box', qty: 1, reason: 'unknown SKU: not in the catalog' },
    ]);
    expect(b.validation.status).toBe('errors');
  });

  it('serializes identically every time (no clock, no locale)', () => {
    const l = EXAMPLES[1]!.build();
    expect(bomToJson(bom(l, builtinCatalog))).toBe(bomToJson(bom(l, builtinCatalog)));
  });
});
