/**
 * exceljs, loaded on demand (`import()`), so the app's entry chunk does not carry it: the browser fetches it when the
 * user first exports a spreadsheet. Shared helpers for the workbooks built from it.
 */
import type * as ExcelModule from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { minorDigits } from '../core';

export type ExcelJs = typeof ExcelModule;

let loading: Promise<ExcelJs> | undefined;

/** The exceljs module (its CommonJS/UMD export seen through `import()` as `default` in Node and in the bundle). */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs').then((m) => {
    const mod = m as ExcelJs & { default?: ExcelJs };
    return mod.default?.Workbook ? mod.default : mod;
  });
  return loading;
}

/** An Excel number format for amounts in `currency` with its minor-unit decimals: `#,##0.00 "USD"`, `#,##0 "JPY"`. */
export function moneyFormat(currency: string): string {
  const d = minorDigits(currency);
  return `#,##0${d > 0 ? `.${'0'.repeat(d)}` : ''} "${currency.replace(/[^A-Z]/g, '')}"`;
}

/**
 * A worksheet name Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not blank, not starting or ending
 * with an apostrophe, and unique (case-insensitively) among `used`, which it joins.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

/** A sheet reference for formulas: `'Rack A1'!` (quoted, apostrophes doubled). */
export const sheetRef = (ws: Worksheet): string => `'${ws.name.replace(/'/g, "''")}'!`;

/** Bold header row, frozen, with column widths from the longest text of each column (8..60 characters). */
export function styleTable(ws: Worksheet, headerRow = 1): void {
  ws.getRow(headerRow).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.columns.forEach((col) => {
    let longest = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const text = typeof v === 'object' && v !== null ? '' : String(v ?? '');
      longest = Math.max(longest, text.length + 2);
    });
    col.width = Math.min(60, longest);
  });
}

/** The workbook as the bytes of an `.xlsx` file. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
