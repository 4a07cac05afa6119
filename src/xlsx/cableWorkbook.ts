/** The cable schedule as an XLSX workbook: the CSV's columns and rows on one sheet, numbers as numbers, lengths in the reader's unit. */
import type { CableScheduleRow, DisplayUnits } from '../core';
import { cableScheduleCells, cableScheduleColumns, SI_UNITS } from '../core';
import type { ExcelJs } from './excel';
import { styleTable, workbookBytes } from './excel';

export async function cableScheduleXlsx(
  excel: ExcelJs,
  rows: readonly CableScheduleRow[],
  units: DisplayUnits = SI_UNITS,
): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  const ws = wb.addWorksheet('Cable schedule');
  const columns = cableScheduleColumns(units);
  ws.addRow(columns);
  for (const r of rows) ws.addRow(cableScheduleCells(r, units));
  styleTable(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbookBytes(wb);
}
