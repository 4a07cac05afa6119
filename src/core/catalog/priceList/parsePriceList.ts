/**
 * Price lists: unit prices by SKU that override catalog prices for quoting. CSV (header
 * `sku,unit_price,currency[,unit_cost][,lead_time_weeks][,discount_class]`, any column order, RFC 4180 quoting, BOM
 * and CRLF tolerated) or JSON (`[{ "sku", "unitPrice", "currency", "unitCost"?, "leadTimeWeeks"?,
 * "discountClass"? }]`). A unit cost (the seller's, same currency) feeds the margin guard rail and is read exactly
 * like a price; a lead time is whole or decimal weeks from order, at most {@link MAX_LEAD_TIME_WEEKS}. An empty
 * cost or lead-time cell means unknown. Every bad line is reported with its line number and
 * skipped; the good lines still apply (a price list is a set of independent overrides, unlike a catalog).
 */
import { MAX_LEAD_TIME_WEEKS, MAX_UNIT_PRICE } from '../../model/bounds';

export { MAX_LEAD_TIME_WEEKS };
import { isCurrencyCode } from '../../model/currency';
import { findDuplicateKeys } from '../../schema/duplicateKeys';
import type { Sku } from '../../model/ids';
import { sku as toSku } from '../../model/ids';

export interface PriceEntry {
  /** Unit price, in `currency`. */
  readonly amount: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  /** Unit cost in `currency` (the seller's), for the margin guard rail. */
  readonly cost?: number;
  /** Lead time from order, weeks. */
  readonly leadTimeWeeks?: number;
  readonly discountClass?: string;
}

export interface PriceListIssue {
  /** 1-based line of the file where the problem is. */
  readonly line: number;
  readonly message: string;
}

export interface PriceListResult {
  readonly prices: Map<Sku, PriceEntry>;
  readonly issues: PriceListIssue[];
}

export type PriceListFormat = 'csv' | 'json';

/** Parses a price list; SKUs not in `knownSkus` are reported and skipped. Never throws. */
export function parsePriceList(
  text: string,
  format: PriceListFormat,
  knownSkus: ReadonlySet<string>,
): PriceListResult {
  const out: PriceListResult = { prices: new Map(), issues: [] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (format === 'csv') parseCsvList(body, knownSkus, out);
    else parseJsonList(body, knownSkus, out);
    if (out.prices.size === 0 && out.issues.length === 0)
      note(out, { line: 1, message: 'the price list holds no prices (only a header, or nothing)' });
  } catch (e) {
    note(out, {
      line: 1,
      message: `could not read the price list: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  return out;
}

/**
 * Issues listed at most: a file of a million bad lines lists the first ones and says that more are not listed
 * (lines without issues are still read), so neither the import nor the screen showing it grows with the damage.
 */
export const MAX_PRICE_LIST_ISSUES = 200;

function note(out: PriceListResult, issue: PriceListIssue): void {
  const listed = out.issues.length;
  if (listed < MAX_PRICE_LIST_ISSUES - 1) out.issues.push(issue);
  else if (listed === MAX_PRICE_LIST_ISSUES - 1)
    out.issues.push({
      line: issue.line,
      message: `more issues from line ${issue.line} on are not listed (the first ${listed} are); lines without issues were still read`,
    });
}

interface RawRow {
  readonly line: number;
  readonly sku: unknown;
  readonly price: unknown;
  readonly currency: unknown;
  readonly cost: unknown;
  readonly leadTime: unknown;
  readonly discountClass: unknown;
}

const COLUMNS = {
  sku: 'sku',
  price: 'unit_price',
  currency: 'currency',
  cost: 'unit_cost',
  leadTime: 'lead_time_weeks',
  discount: 'discount_class',
} as const;

function parseCsvList(text: string, known: ReadonlySet<string>, out: PriceListResult): void {
  const records = parseCsv(text);
  const header = records.find((r) => !isBlank(r.fields));
  if (!header) {
    note(out, {
      line: 1,
      message: `empty price list: expected the header ${Object.values(COLUMNS).join(',')}`,
    });
    return;
  }
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  const missingCols = [COLUMNS.sku, COLUMNS.price, COLUMNS.currency].filter((c) => col(c) < 0);
  if (missingCols.length > 0) {
    note(out, {
      line: header.line,
      message: `header lacks ${missingCols.join(', ')}: expected sku,unit_price,currency[,unit_cost][,lead_time_weeks][,discount_class]`,
    });
    return;
  }
  const unknownCols = names.filter((n) => n !== '' && !(Object.values(COLUMNS) as string[]).includes(n));
  if (unknownCols.length > 0) {
    note(out, { line: header.line, message: `unknown columns ignored: ${unknownCols.join(', ')}` });
  }
  for (const rec of records) {
    if (rec === header || isBlank(rec.fields)) continue;
    if (rec.unterminated) {
      note(out, { line: rec.line, message: 'a quoted field is not closed' });
      continue;
    }
    if (rec.fields.length > names.length) {
      note(out, {
        line: rec.line,
        message: `${rec.fields.length} fields, the header has ${names.length} (an unquoted comma in a number or name?)`,
      });
      continue;
    }
    const at = (name: string): string | undefined => {
      const i = col(name);
      return i < 0 ? undefined : rec.fields[i];
    };
    acceptRow(
      {
        line: rec.line,
        sku: at(COLUMNS.sku),
        price: at(COLUMNS.price),
        currency: at(COLUMNS.currency),
        cost: at(COLUMNS.cost),
        leadTime: at(COLUMNS.leadTime),
        discountClass: at(COLUMNS.discount),
      },
      known,
      out,
    );
  }
}

/** A JSON price list with a key given twice is refused whole: which of the two values was meant is unknown. */
const MAX_DUPLICATE_ISSUES = 200;

function parseJsonList(text: string, known: ReadonlySet<string>, out: PriceListResult): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    note(out, { line: jsonErrorLine(text, message), message: `not valid JSON: ${message}` });
    return;
  }
  const duplicates = findDuplicateKeys(text, data, MAX_DUPLICATE_ISSUES);
  if (duplicates.length > 0) {
    for (const d of duplicates) note(out, { line: d.line, message: `${d.message}; no price read` });
    return;
  }
  if (!Array.isArray(data)) {
    note(out, {
      line: 1,
      message: 'expected an array of { sku, unitPrice, currency, unitCost?, leadTimeWeeks?, discountClass? }',
    });
    return;
  }
  const lines = topLevelElementLines(text);
  data.forEach((entry: unknown, i) => {
    const line = lines[i] ?? 1;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      note(out, { line, message: `entry ${i + 1}: expected an object { sku, unitPrice, currency }` });
      return;
    }
    const e = entry as Record<string, unknown>;
    const extra = Object.keys(e).filter(
      (k) => !['sku', 'unitPrice', 'currency', 'unitCost', 'leadTimeWeeks', 'discountClass'].includes(k),
    );
    if (extra.length > 0) {
      note(out, { line, message: `entry ${i + 1}: unknown fields ignored: ${extra.join(', ')}` });
    }
    acceptRow(
      {
        line,
        sku: e['sku'],
        price: e['unitPrice'],
        currency: e['currency'],
        cost: e['unitCost'],
        leadTime: e['leadTimeWeeks'],
        discountClass: e['discountClass'],
      },
      known,
      out,
    );
  });
}

function acceptRow(row: RawRow, known: ReadonlySet<string>, out: PriceListResult): void {
  const issue = (message: string): void => void note(out, { line: row.line, message });
  const skuText = typeof row.sku === 'string' ? row.sku.trim() : '';
  if (skuText === '') return issue('missing sku');
  if (!known.has(skuText)) return issue(`unknown SKU '${skuText}': not in the catalog`);
  const amount = readPrice(row.price);
  if (!amount.ok) return issue(`${skuText}: ${amount.message}`);
  const currency = typeof row.currency === 'string' ? row.currency.trim().toUpperCase() : '';
  if (!isCurrencyCode(currency)) {
    return issue(
      `${skuText}: currency ${JSON.stringify(row.currency ?? '')} is not an ISO 4217 code such as USD`,
    );
  }
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  let cost: number | undefined;
  if (!blank(row.cost)) {
    const c = readPrice(row.cost, 'unit cost');
    if (!c.ok) return issue(`${skuText}: ${c.message}`);
    cost = c.value;
  }
  let leadTimeWeeks: number | undefined;
  if (!blank(row.leadTime)) {
    const w = readLeadTime(row.leadTime);
    if (!w.ok) return issue(`${skuText}: ${w.message}`);
    leadTimeWeeks = w.value;
  }
  let discountClass: string | undefined;
  if (row.discountClass !== undefined && row.discountClass !== null) {
    if (typeof row.discountClass !== 'string') return issue(`${skuText}: discount class must be text`);
    discountClass = row.discountClass.trim() || undefined;
  }
  const key = toSku(skuText);
  if (out.prices.has(key)) issue(`${skuText}: priced again; this line replaces the earlier price`);
  out.prices.set(key, {
    amount: amount.value,
    currency,
    ...(cost !== undefined && { cost }),
    ...(leadTimeWeeks !== undefined && { leadTimeWeeks }),
    ...(discountClass !== undefined && { discountClass }),
  });
}

type PriceReading = { ok: true; value: number } | { ok: false; message: string };

/**
 * A unit price (or, with `what`, a unit cost): a non-negative decimal with a point ("1250", "1250.50"), at most
 * {@link MAX_UNIT_PRICE}. A comma is refused: "1,000" is a thousands separator in one locale and a decimal comma in
 * another, and guessing could be off by 1,000×.
 */
export function readPrice(v: unknown, what = 'unit price'): PriceReading {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (typeof v === 'number' && !Number.isFinite(v))
    return { ok: false, message: `${what} ${v} is not a number` };
  if (s === '') return { ok: false, message: `missing ${what}` };
  if (s.includes(','))
    return {
      ok: false,
      message: `${what} '${s}' is ambiguous (thousands separator or decimal comma?): write 1000 or 1.5`,
    };
  if (/^-/.test(s)) return { ok: false, message: `${what} '${s}' is negative` };
  if (typeof v === 'string' && !/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s))
    return { ok: false, message: `${what} '${s}' is not a number` };
  const value = Number(s);
  if (!(value <= MAX_UNIT_PRICE)) return { ok: false, message: tooBig(s, what) };
  return { ok: true, value };
}

/** A lead time in weeks: a non-negative decimal with a point, at most {@link MAX_LEAD_TIME_WEEKS}. */
export function readLeadTime(v: unknown): PriceReading {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (
    (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) ||
    (typeof v === 'string' && !/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) ||
    (typeof v !== 'number' && typeof v !== 'string')
  )
    return { ok: false, message: `lead time '${String(v)}' is not a number of weeks ≥ 0 (write 12 or 2.5)` };
  const value = Number(s);
  if (value > MAX_LEAD_TIME_WEEKS)
    return {
      ok: false,
      message: `lead time ${s} weeks is more than ${MAX_LEAD_TIME_WEEKS} weeks (five years)`,
    };
  return { ok: true, value };
}

const tooBig = (text: string, what: string): string =>
  `${what} '${text.length > 24 ? `${text.slice(0, 20)}… (${text.length} digits)` : text}' is more than ${MAX_UNIT_PRICE} (the largest ${what} podplan takes)`;

interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  readonly unterminated: boolean;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF and LF both end records. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    pending = true;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields, unterminated: false });
      fields = [];
      field = '';
      line++;
      recordLine = line;
      pending = false;
    } else field += c;
  }
  if (pending) {
    fields.push(field);
    records.push({ line: recordLine, fields, unterminated: inQuotes });
  }
  return records;
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** The 1-based line where each element of a top-level JSON array starts. */
function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/** The line of a JSON.parse error, from "at position N" or "line N" in its message; else 1. */
function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  return 1;
}
