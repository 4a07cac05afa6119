/**
 * The BOM's lines as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break). Money and counts are written as plain numbers (`-62100.00`, exact decimals with the
 * currency's places) so a spreadsheet sums them. Text cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe, so a hostile SKU or name cannot inject one: see {@link looksLikeFormula}.
 */
import type { Bom } from './bomSchema';
import { minorToText, toMinor } from './money';

const HEADER = [
  'sku',
  'name',
  'vendor',
  'kind',
  'qty',
  'currency',
  'unit_price',
  'extended_price',
  'discount_pct',
  'discount_from',
  'net_extended_price',
  'price_from',
  'price_is_example',
];

/** A number already written as exact decimal text (`1200.00`): a numeric cell, never defused. */
export interface NumericText {
  readonly numeric: string;
}
export type CsvCell = string | number | boolean | NumericText;

/**
 * Whether text would start a formula in Excel, LibreOffice or Sheets (OWASP "CSV injection"): a first character
 * `= + - @` (or their full-width forms `＝ ＋ － ＠`), also after leading spaces, tabs or line breaks (spreadsheets
 * trim those), or a leading tab or carriage return itself.
 */
export const looksLikeFormula = (s: string): boolean =>
  /^[\t\r\n]/.test(s) || /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(s);

export function csvField(value: CsvCell): string {
  let s: string;
  if (typeof value === 'object') s = value.numeric;
  else {
    s = String(value);
    if (typeof value === 'string' && looksLikeFormula(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Money as an exact numeric cell with the currency's decimals: 1200 USD → 1200.00, never 1200 or 1200.0000001. */
const money = (x: number, currency: string): NumericText => ({
  numeric: minorToText(toMinor(x, currency), currency),
});

export function bomToCsv(b: Bom): string {
  const c = b.currency;
  const rows: CsvCell[][] = [HEADER];
  for (const l of b.lines) {
    rows.push([
      l.sku,
      l.name,
      l.vendor,
      l.kind,
      l.qty,
      l.currency,
      money(l.unitPrice, c),
      money(l.extendedPrice, c),
      l.discountPct,
      l.discountFrom,
      money(l.netExtendedPrice, c),
      l.priceFrom,
      l.priceIsExample,
    ]);
  }
  const blank = (label: string, amount: number): CsvCell[] => [
    '',
    label,
    '',
    '',
    '',
    c,
    '',
    '',
    '',
    '',
    money(amount, c),
    '',
    '',
  ];
  rows.push(blank('List total', b.listTotal));
  rows.push(blank('Line and kind discounts', -b.lineDiscountTotal));
  rows.push(blank(`Overall discount (${b.overallDiscountPct}%)`, -b.overallDiscount));
  rows.push(blank('Net total', b.total));
  return `${rows.map((r) => r.map((f) => csvField(f)).join(',')).join('\r\n')}\r\n`;
}
