import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Bom, Catalog, Layout, QuoteDetails } from '../../src/core';
import {
  addOptionalLine,
  bom,
  builtinCatalog,
  catalogForLayout,
  parseLayoutJson,
  rackContents,
  setKindDiscount,
  setLineDiscount,
  setOverallDiscount,
  setTaxes,
  sku,
} from '../../src/core';
import { loadExcelJs } from '../../src/xlsx/excel';
import { quoteWorkbook, quoteXlsx } from '../../src/xlsx/quoteWorkbook';
import { cellEvaluator, excelRound } from '../support/excelFormula';
import { device, floorUnit, pduPair, pod, rack } from '../fixtures/builders';
import { GPU_SERVER, PDU_60A, RACK_42U, testCatalog } from '../fixtures/catalog';

const quote: QuoteDetails = {
  customer: 'Example Corp',
  quoteNumber: 'Q-12',
  date: '2026-11-28',
  validUntil: '2026-12-28',
  currency: 'USD',
  locale: 'en-US',
  preparedBy: '',
  notes: '',
  discounts: { overallPct: 0, byKind: [], bySku: [] },
};

/** 1 rack, 2 PDUs, 3 servers, every test catalog item at 1,000.00 USD. */
const small: Layout = {
  ...pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: [1, 9, 17].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u)),
  }),
  quote,
};

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const excel = await loadExcelJs();
  const wb = new excel.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

/** The Totals sheet as label → { cached, evaluated } (evaluated by following the formulas, not the cache). */
function totalsOf(wb: Workbook): Map<string, { cached: unknown; evaluated: number; formula?: string }> {
  const ws = wb.getWorksheet('Totals')!;
  const evaluate = cellEvaluator(wb);
  const out = new Map<string, { cached: unknown; evaluated: number; formula?: string }>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const label = row.getCell(1).value;
    if (typeof label !== 'string') return;
    const v = row.getCell(2).value as { formula?: string; result?: unknown } | number;
    const evaluated = evaluate('Totals', `B${n}`);
    out.set(
      label,
      typeof v === 'number'
        ? { cached: v, evaluated }
        : { cached: v.result, evaluated, ...(v.formula !== undefined && { formula: v.formula }) },
    );
  });
  return out;
}

/** Every total of the BOM, by the label the Totals sheet gives it. */
function expectedTotals(b: Bom): [string, number][] {
  const rows: [string, number][] = [
    ['List total', b.listTotal],
    ['Line and kind discounts', b.lineDiscountTotal],
    ['Overall discount', b.overallDiscount],
    ['Net total', b.total],
  ];
  for (const t of b.taxes ?? []) rows.push([t.label, t.amount]);
  if (typeof b.totalWithTax === 'number') rows.push(['Total with tax', b.totalWithTax]);
  if (b.optional)
    rows.push(
      ['Optional lines: list', b.optional.listTotal],
      ['Optional lines: net of lines', b.optional.netLinesTotal],
      ['Optional lines: total (not in the net total)', b.optional.total],
    );
  return rows;
}

function expectTotalsReproduced(wb: Workbook, b: Bom): void {
  const totals = totalsOf(wb);
  for (const [label, amount] of expectedTotals(b)) {
    const t = totals.get(label);
    expect(t, label).toBeDefined();
    expect(t?.formula, `${label} is a formula`).toMatch(/SUM|ROUND|B\d/);
    // exceljs drops a cached result of 0 (it copies only truthy fields); the file asks for a full recalculation on load.
    expect(t?.cached ?? 0, `${label} cached`).toBe(amount);
    expect(t?.evaluated, `${label} evaluated`).toBe(amount);
  }
}

describe('The quote workbook (XLSX)', () => {
  it('reproduces a hand-worked quote with line, kind and overall discounts, taxes and optional lines', async () => {
    // List: rack 1,000.00; PDUs 2 × 1,000.00 = 2,000.00; servers 3 × 1,000.00 = 3,000.00 → 6,000.00.
    // PDU line discount 7.77 %: 2,000.00 × 0.9223 = 1,844.60. Server kind 12.5 %: 3,000.00 × 0.875 = 2,625.00.
    // Net of lines 1,000.00 + 1,844.60 + 2,625.00 = 5,469.60; line and kind discounts 530.40.
    // Overall 5 %: 5,469.60 × 0.95 = 5,196.12 (overall discount 273.48).
    // VAT 20 %: 1,039.224 → 1,039.22. Levy 2.5 %: 129.903 → 129.90. With tax: 6,365.24.
    // Optional: 2 servers 2,000.00 at 12.5 % → 1,750.00; overall 5 % → 1,662.50.
    let l = setLineDiscount(small, PDU_60A, 7.77);
    l = setKindDiscount(l, 'server', 12.5);
    l = setOverallDiscount(l, 5);
    l = setTaxes(l, [
      { label: 'VAT', ratePct: 20 },
      { label: 'Levy', ratePct: 2.5 },
    ]);
    l = addOptionalLine(l, GPU_SERVER, 2);
    const b = bom(l, testCatalog);
    expect([b.listTotal, b.lineDiscountTotal, b.total, b.overallDiscount]).toEqual([
      6000, 530.4, 5196.12, 273.48,
    ]);
    expect(b.taxes?.map((t) => t.amount)).toEqual([1039.22, 129.9]);
    expect(b.totalWithTax).toBe(6365.24);
    expect(b.optional?.total).toBe(1662.5);

    const excel = await loadExcelJs();
    const wb = await readBack(await quoteXlsx(excel, { bom: b, layout: l, catalog: testCatalog }));
    expectTotalsReproduced(wb, b);

    const lines = wb.getWorksheet('Lines')!;
    expect(lines.getRow(1).values).toEqual([
      undefined,
      'SKU',
      'Name',
      'Kind',
      'Qty',
      'Unit price',
      'List total',
      'Discount %',
      'Line total',
      'Lead time (weeks)',
    ]);
    const pdu = b.lines.findIndex((x) => x.sku === PDU_60A) + 2;
    expect(lines.getCell(`A${pdu}`).value).toBe(PDU_60A);
    expect(lines.getCell(`D${pdu}`).value).toBe(2);
    expect(lines.getCell(`E${pdu}`).value).toBe(1000);
    expect(lines.getCell(`G${pdu}`).value).toBe(7.77);
    expect(lines.getCell(`H${pdu}`).value).toMatchObject({ result: 1844.6 });
    expect(cellEvaluator(wb)('Lines', `H${pdu}`)).toBe(1844.6);
    expect(lines.getCell(`E${pdu}`).numFmt).toBe('#,##0.00 "USD"');

    const subtotals = wb.getWorksheet('Subtotals by kind')!;
    const evaluate = cellEvaluator(wb);
    b.subtotals.forEach((s, i) => {
      expect(subtotals.getCell(`A${i + 2}`).value).toBe(s.kind);
      expect(evaluate('Subtotals by kind', `C${i + 2}`)).toBe(s.netExtendedPrice);
    });
    expect(wb.getWorksheet('Optional lines')?.getCell('A2').value).toBe(GPU_SERVER);
  });

  it('reproduces the NVL72 example total (7,514,800.00) and lists each rack with its devices and U', async () => {
    const text = readFileSync(new URL('../../public/examples/liquid-nvl72.json', import.meta.url), 'utf8');
    const loaded = parseLayoutJson(text);
    if (!loaded.ok) throw new Error('example does not load');
    const layout = loaded.value;
    const catalog: Catalog = catalogForLayout(builtinCatalog, layout);
    const b = bom(layout, catalog);
    expect(b.total).toBe(7_514_800);
    const excel = await loadExcelJs();
    const wb = await readBack(await quoteXlsx(excel, { bom: b, layout, catalog }));
    expectTotalsReproduced(wb, b);

    for (const r of rackContents(layout, catalog)) {
      const ws = wb.getWorksheet(`Rack ${r.rack.name}`);
      expect(ws, r.rack.name).toBeDefined();
      expect(ws!.getCell('A1').value).toBe(`Rack ${r.rack.name}`);
      expect(r.rows.length).toBeGreaterThan(0);
      r.rows.forEach((d, i) => {
        const row = ws!.getRow(i + 3);
        expect([
          row.getCell(1).value,
          row.getCell(4).value,
          row.getCell(5).value,
          row.getCell(6).value,
        ]).toEqual([d.u ?? '0U', d.face, d.name, d.sku]);
      });
    }
    const devicesInSheets = rackContents(layout, catalog).reduce(
      (n, r) => n + r.rows.filter((x) => x.u !== null).length,
      0,
    );
    expect(devicesInSheets).toBe(layout.devices.length);
  });

  it('reproduces the totals for any prices, quantities and discounts (property)', async () => {
    const excel = await loadExcelJs();
    const cents = fc.integer({ min: 0, max: 5_000_000_000 }); // up to 50,000,000.00 per unit
    const pct = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100); // 0.00 .. 100.00 %
    fc.assert(
      fc.property(
        fc.tuple(cents, cents, cents),
        fc.tuple(pct, pct, pct, pct),
        pct,
        (p, [d1, d2, d3, tax], overall) => {
          const prices = [RACK_42U, PDU_60A, GPU_SERVER].map((sku, i) => ({
            sku,
            amount: p[i]! / 100,
            currency: 'USD',
          }));
          let l: Layout = { ...small, prices };
          l = setLineDiscount(l, PDU_60A, d1);
          l = setKindDiscount(l, 'server', d2);
          l = setKindDiscount(l, 'rack', d3);
          l = setOverallDiscount(l, overall);
          l = setTaxes(l, [{ label: 'VAT', ratePct: tax }]);
          l = addOptionalLine(l, GPU_SERVER, 3);
          const b = bom(l, testCatalog);
          expectTotalsReproduced(quoteWorkbook(excel, { bom: b, layout: l, catalog: testCatalog }), b);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries the site batteries (Megapack lines) with qty, unit price, discount and line total', async () => {
    // Built-in example prices (megapack2xl.ts, energy.ts): Megapack 2 XL 2-hour 1,000,000.00, Megapack 3
    // 1,300,000.00; a 5 % discount on batteries. 2 XL: 2 × 1,000,000.00 = 2,000,000.00 list, × 0.95 = 1,900,000.00.
    // Megapack 3: 1 × 1,300,000.00, × 0.95 = 1,235,000.00. Batteries net 1,900,000.00 + 1,235,000.00 = 3,135,000.00.
    const racksOnly: Layout = {
      ...pod({
        racks: [rack('R1', 0, 0, sku('rack-48u-600x1200'))],
        sideItems: pduPair('R1', sku('raritan-px3-5878-415v-60a')),
        devices: [device('g1', sku('nvidia-dgx-h100'), 'R1', 1)],
      }),
      quote,
    };
    const withBatteries = setKindDiscount(
      {
        ...racksOnly,
        floorUnits: [
          floorUnit('bat-1', sku('tesla-megapack-2xl'), 1, 0),
          floorUnit('bat-2', sku('tesla-megapack-2xl'), 1, 4),
          floorUnit('bat-3', sku('tesla-megapack-3'), 1, 8),
        ],
      },
      'battery',
      5,
    );
    const b = bom(withBatteries, builtinCatalog);
    expect(b.total - bom(racksOnly, builtinCatalog).total).toBe(3_135_000);
    const excel = await loadExcelJs();
    const wb = await readBack(
      await quoteXlsx(excel, { bom: b, layout: withBatteries, catalog: builtinCatalog }),
    );
    expectTotalsReproduced(wb, b);
    const evaluate = cellEvaluator(wb);
    const lines = wb.getWorksheet('Lines')!;
    const row = (s: string) => b.lines.findIndex((x) => x.sku === s) + 2;
    const cells = (n: number) => [
      lines.getCell(`A${n}`).value,
      lines.getCell(`C${n}`).value,
      lines.getCell(`D${n}`).value,
      lines.getCell(`E${n}`).value,
      evaluate('Lines', `F${n}`),
      lines.getCell(`G${n}`).value,
      evaluate('Lines', `H${n}`),
    ];
    expect(cells(row('tesla-megapack-2xl'))).toEqual([
      'tesla-megapack-2xl',
      'battery',
      2,
      1_000_000,
      2_000_000,
      5,
      1_900_000,
    ]);
    expect(cells(row('tesla-megapack-3'))).toEqual([
      'tesla-megapack-3',
      'battery',
      1,
      1_300_000,
      1_300_000,
      5,
      1_235_000,
    ]);
    const subtotals = wb.getWorksheet('Subtotals by kind')!;
    const at = b.subtotals.findIndex((x) => x.kind === 'battery') + 2;
    expect(subtotals.getCell(`A${at}`).value).toBe('battery');
    expect(evaluate('Subtotals by kind', `C${at}`)).toBe(3_135_000);
  });

  it("rounds like Excel's ROUND: 15 significant digits, then half away from zero", () => {
    expect(excelRound(1.005, 2)).toBe(1.01); // the double 1.00499999999999989… shows as 1.005
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(0.1 + 0.2, 2)).toBe(0.3);
  });
});
