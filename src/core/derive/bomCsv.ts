/**
 * The BOM's lines as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break). Cells that a spreadsheet would run as a formula (starting with = + - @) are prefixed
 * with an apostrophe, so a hostile SKU or name cannot inject one.
 */
import type { Bom } from './bomSchema';

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

export function csvField(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Fixed decimals for money so spreadsheets see 1200.00, not 1200. */
const money = (x: number, digits: number) => x.toFixed(digits);

export function bomToCsv(b: Bom, minorDigits = 2): string {
  const rows: (string | number | boolean)[][] = [HEADER];
  for (const l of b.lines) {
    rows.push([
      l.sku,
      l.name,
      l.vendor,
      l.kind,
      l.qty,
      l.currency,
      money(l.unitPrice, minorDigits),
      money(l.extendedPrice, minorDigits),
      l.discountPct,
      l.discountFrom,
      money(l.netExtendedPrice, minorDigits),
      l.priceFrom,
      l.priceIsExample,
    ]);
  }
  const blank = (label: string, amount: number) => [
    '',
    label,
    '',
    '',
    '',
    b.currency,
    '',
    '',
    '',
    '',
    money(amount, minorDigits),
    '',
    '',
  ];
  rows.push(blank('List total', b.listTotal));
  rows.push(blank('Line and kind discounts', -b.lineDiscountTotal));
  rows.push(blank(`Overall discount (${b.overallDiscountPct}%)`, -b.overallDiscount));
  rows.push(blank('Net total', b.total));
  return `${rows.map((r) => r.map((f) => csvField(f)).join(',')).join('\r\n')}\r\n`;
}
