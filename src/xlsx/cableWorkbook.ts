/** The cable schedule as an XLSX workbook: the CSV's columns and rows on one sheet, numbers as numbers. */
import type { CableScheduleRow } from '../core';
import { CABLE_SCHEDULE_COLUMNS, cableScheduleCells } from '../core';
import type { ExcelJs } from './excel';
import { styleTable, workbookBytes } from './excel';

export async function cableScheduleXlsx(
  excel: ExcelJs,
  rows: readonly CableScheduleRow[],
): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  const ws = wb.addWorksheet('Cable schedule');
  ws.addRow([...CABLE_SCHEDULE_COLUMNS]);
  for (const r of rows) ws.addRow(cableScheduleCells(r));
  styleTable(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CABLE_SCHEDULE_COLUMNS.length } };
  return workbookBytes(wb);
}
