/**
 * Spreadsheet downloads. The workbook code and exceljs load on the first export (dynamic `import()`), so neither is
 * in the app's entry chunk.
 */
import { useCallback, useState } from 'react';
import type { Bom, CableScheduleRow, Catalog, Layout } from '../core';
import { downloadBytes } from './download';
import { fileStem } from '../state/layoutFiles';
import { currentUnits } from '../state/preferences';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadQuoteXlsx(bom: Bom, layout: Layout, catalog: Catalog): Promise<void> {
  const [{ loadExcelJs }, { quoteXlsx }] = await Promise.all([
    import('../xlsx/excel'),
    import('../xlsx/quoteWorkbook'),
  ]);
  const bytes = await quoteXlsx(await loadExcelJs(), { bom, layout, catalog });
  downloadBytes(`${fileStem(layout.name)}.quote.xlsx`, bytes, XLSX_MIME);
}

export async function downloadCableScheduleXlsx(
  layoutName: string,
  rows: readonly CableScheduleRow[],
): Promise<void> {
  const [{ loadExcelJs }, { cableScheduleXlsx }] = await Promise.all([
    import('../xlsx/excel'),
    import('../xlsx/cableWorkbook'),
  ]);
  downloadBytes(
    `${fileStem(layoutName)}.cables.xlsx`,
    await cableScheduleXlsx(await loadExcelJs(), rows, currentUnits()),
    XLSX_MIME,
  );
}

/** Runs an async export; while it runs `busy` is true, and a failure is kept as a message to show (role="alert"). */
export function useExport(): {
  readonly run: (job: () => Promise<void>) => void;
  readonly busy: boolean;
  readonly error: string | null;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback((job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    job()
      .catch((e: unknown) => setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(false));
  }, []);
  return { run, busy, error };
}
