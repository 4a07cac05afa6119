/**
 * The quote as an XLSX workbook (exceljs): the base lines, subtotals per kind, the totals as live formulas, the
 * optional lines apart, and one sheet per rack with its devices and U positions. Money cells are numbers with the
 * currency's number format; each formula carries the core's exact figure as its cached result, and the formulas
 * reproduce it: every money formula ends in ROUND to the currency's decimals, Excel's ROUND rounds half away from
 * zero like the core, and every amount it rounds has at most 15 significant digits (lines and totals below 10^13
 * minor units with discounts of at most 2 decimals), which a double carries exactly. Change a discount cell and the
 * line, subtotals and totals follow.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Bom, BomLine, Catalog, Layout } from '../core';
import { fromMinor, minorDigits, rackContents, toMinor } from '../core';
import type { ExcelJs } from './excel';
import { moneyFormat, sheetName, sheetRef, styleTable, workbookBytes } from './excel';

export interface QuoteWorkbookInput {
  readonly bom: Bom;
  readonly layout: Layout;
  readonly catalog: Catalog;
}

const PCT_FORMAT = '0.###" %"';
const LINE_COLUMNS = [
  'SKU',
  'Name',
  'Kind',
  'Qty',
  'Unit price',
  'List total',
  'Discount %',
  'Line total',
  'Lead time (weeks)',
] as const;

export function quoteWorkbook(excel: ExcelJs, { bom, layout, catalog }: QuoteWorkbookInput): Workbook {
  const wb = new excel.Workbook();
  wb.creator = bom.generator;
  // Spreadsheet apps recompute every formula on opening (exceljs leaves out a cached result of 0).
  wb.calcProperties = { fullCalcOnLoad: true };
  const used = new Set<string>();
  const money = moneyFormat(bom.currency);
  const digits = minorDigits(bom.currency);

  const info = wb.addWorksheet(sheetName('Quote', used));
  const lines = linesSheet(wb, sheetName('Lines', used), bom.lines, money, digits);
  const subtotals = wb.addWorksheet(sheetName('Subtotals by kind', used));
  const totals = wb.addWorksheet(sheetName('Totals', used));
  const optional = bom.optional
    ? linesSheet(wb, sheetName('Optional lines', used), bom.optional.lines, money, digits)
    : undefined;

  infoSheet(info, bom);
  subtotalsSheet(subtotals, lines, bom, money, digits);
  totalsSheet(totals, { lines, optional }, bom, money, digits);
  for (const r of rackContents(layout, catalog)) {
    const ws = wb.addWorksheet(sheetName(`Rack ${r.rack.name}`, used));
    ws.addRow([`Rack ${r.rack.name}`, `${r.heightU} U`, r.rack.sku]).font = { bold: true };
    ws.addRow(['U', 'Top U', 'Height (U)', 'Face', 'Device', 'SKU', 'Kind', 'Feed']);
    for (const d of r.rows)
      ws.addRow([d.u ?? '0U', d.topU ?? '', d.heightU, d.face, d.name, d.sku, d.kind, d.feed]);
    styleTable(ws, 2);
  }
  return wb;
}

/** The workbook as `.xlsx` bytes. */
export async function quoteXlsx(excel: ExcelJs, input: QuoteWorkbookInput): Promise<Uint8Array> {
  return workbookBytes(quoteWorkbook(excel, input));
}

/** First and last data rows of a lines sheet (row 2 on; an empty sheet still gives a one-row range, summing 0). */
interface LinesRange {
  readonly ws: Worksheet;
  readonly first: number;
  readonly last: number;
  readonly lines: readonly BomLine[];
}

const roundTo = (expr: string, digits: number) => `ROUND(${expr},${digits})`;

function linesSheet(
  wb: Workbook,
  name: string,
  lines: readonly BomLine[],
  money: string,
  digits: number,
): LinesRange {
  const ws = wb.addWorksheet(name);
  ws.addRow([...LINE_COLUMNS]);
  lines.forEach((l, i) => {
    const r = i + 2;
    const row = ws.addRow([l.sku, l.name, l.kind, l.qty, l.unitPrice]);
    row.getCell(6).value = { formula: roundTo(`D${r}*E${r}`, digits), result: l.extendedPrice };
    row.getCell(7).value = l.discountPct;
    row.getCell(8).value = {
      formula: roundTo(`F${r}*(100-G${r})/100`, digits),
      result: l.netExtendedPrice,
    };
    if (l.leadTimeWeeks !== undefined) row.getCell(9).value = l.leadTimeWeeks;
    for (const c of [5, 6, 8]) row.getCell(c).numFmt = money;
    row.getCell(7).numFmt = PCT_FORMAT;
  });
  styleTable(ws);
  return { ws, first: 2, last: Math.max(2, lines.length + 1), lines };
}

const sumOf = (r: LinesRange, col: string, digits: number) =>
  roundTo(`SUM(${sheetRef(r.ws)}${col}${r.first}:${col}${r.last})`, digits);

function infoSheet(ws: Worksheet, bom: Bom): void {
  const q = bom.quote;
  const rows: [string, string | number][] = [
    ['Layout', bom.layoutName],
    ['Quote number', q?.quoteNumber ?? ''],
    ['Customer', q?.customer ?? ''],
    ['Date', q?.date ?? ''],
    ['Valid until', q?.validUntil ?? ''],
    ['Currency', bom.currency],
    ['Prices', bom.pricesAreExamples ? 'illustrative examples, not a real quote' : 'from the price list'],
    [
      'Validation',
      `${bom.validation.status} (${bom.validation.errors} errors, ${bom.validation.warnings} warnings)`,
    ],
  ];
  if (bom.approval) rows.push(['Approval', bom.approval.status]);
  for (const u of bom.unpriced) rows.push(['Not priced', `${u.qty} × ${u.sku}: ${u.reason}`]);
  for (const r of rows) ws.addRow(r).getCell(1).font = { bold: true };
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 70;
}

function subtotalsSheet(ws: Worksheet, lines: LinesRange, bom: Bom, money: string, digits: number): void {
  ws.addRow(['Kind', 'List', 'Net']);
  const ref = sheetRef(lines.ws);
  for (const s of bom.subtotals) {
    // Lines are sorted by kind, so each kind is one run of rows.
    const rows = lines.lines.flatMap((l, i) => (l.kind === s.kind ? [i + 2] : []));
    const [a, b] = [rows[0] ?? 2, rows[rows.length - 1] ?? 2];
    const row = ws.addRow([s.kind]);
    row.getCell(2).value = { formula: roundTo(`SUM(${ref}F${a}:F${b})`, digits), result: s.extendedPrice };
    row.getCell(3).value = { formula: roundTo(`SUM(${ref}H${a}:H${b})`, digits), result: s.netExtendedPrice };
    row.getCell(2).numFmt = money;
    row.getCell(3).numFmt = money;
  }
  styleTable(ws);
}

function totalsSheet(
  ws: Worksheet,
  sheets: { readonly lines: LinesRange; readonly optional: LinesRange | undefined },
  bom: Bom,
  money: string,
  digits: number,
): void {
  ws.addRow(['Item', 'Amount', 'Rate %']);
  const put = (label: string, formula: string | number, result: number, format = money): number => {
    const row = ws.addRow([label]);
    row.getCell(2).value = typeof formula === 'number' ? formula : { formula, result };
    row.getCell(2).numFmt = format;
    return row.number;
  };
  // Rows 2..7: list, line discounts, net of lines, overall %, overall discount, net total (formulas refer ahead).
  const [listRow, netLinesRow, pctRow, totalRow] = [2, 4, 5, 7];
  const netOfLines = fromMinor(
    toMinor(bom.listTotal, bom.currency) - toMinor(bom.lineDiscountTotal, bom.currency),
    bom.currency,
  );
  put('List total', sumOf(sheets.lines, 'F', digits), bom.listTotal);
  put('Line and kind discounts', roundTo(`B${listRow}-B${netLinesRow}`, digits), bom.lineDiscountTotal);
  put('Net of lines', sumOf(sheets.lines, 'H', digits), netOfLines);
  put('Overall discount %', bom.overallDiscountPct, bom.overallDiscountPct, PCT_FORMAT);
  put('Overall discount', roundTo(`B${netLinesRow}-B${totalRow}`, digits), bom.overallDiscount);
  put('Net total', roundTo(`B${netLinesRow}*(100-B${pctRow})/100`, digits), bom.total);
  if (bom.taxes && bom.taxes.length > 0) {
    const taxRows = bom.taxes.map((t) => {
      const r = ws.rowCount + 1;
      const n = put(t.label, roundTo(`B${totalRow}*C${r}/100`, digits), t.amount);
      ws.getCell(`C${n}`).value = t.ratePct;
      return n;
    });
    if (bom.totalWithTax !== null && bom.totalWithTax !== undefined)
      put(
        'Total with tax',
        roundTo(`B${totalRow}+SUM(B${taxRows[0]}:B${taxRows[taxRows.length - 1]})`, digits),
        bom.totalWithTax,
      );
  }
  if (sheets.optional && bom.optional) {
    ws.addRow([]);
    put('Optional lines: list', sumOf(sheets.optional, 'F', digits), bom.optional.listTotal);
    const optNet = put(
      'Optional lines: net of lines',
      sumOf(sheets.optional, 'H', digits),
      bom.optional.netLinesTotal,
    );
    put(
      'Optional lines: total (not in the net total)',
      roundTo(`B${optNet}*(100-B${pctRow})/100`, digits),
      bom.optional.total,
    );
  }
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 10;
}
