/**
 * Money arithmetic in exact integer minor units (cents, yen, fils), with each currency's own number of decimals as
 * `Intl` knows it (USD 2, JPY 0, KWD 3), and locale formatting. `Intl` is part of JavaScript, not the DOM.
 *
 * Amounts enter as decimals, never as binary fractions: a number is read through its shortest round-trip decimal
 * string (`String(1.005)` is "1.005", so 1.005 USD is exactly 100.5 cents and rounds to 101), a price-list cell
 * through its own text. Percentages are exact rationals read the same way, and every product and quotient is done in
 * `BigInt`, rounded once, half away from zero. Nothing is nudged.
 *
 * Range: at most {@link MAX_MINOR} minor units (15 significant digits, e.g. 9,999,999,999,999.99 USD). Fifteen
 * decimal digits is the most a double always carries through decimal → double → shortest decimal unchanged (C's
 * `DBL_DIG`), so every amount the BOM writes as a JSON number reads back as the same decimal. Larger amounts are
 * refused (`toMinor` throws, `tryMinor` says `undefined`), never rounded silently.
 */

const digitsCache = new Map<string, number>();

/** Largest magnitude in minor units the money code accepts: 10^15 − 1 (see the module comment). */
export const MAX_MINOR = 999_999_999_999_999;
const MAX_MINOR_BIG = BigInt(MAX_MINOR);

/** Decimal places of a currency's minor unit. Unknown codes fall back to 2. */
export function minorDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(currency, d);
  }
  return d;
}

/** An exact decimal: `coef × 10^exp`. */
export interface Decimal {
  readonly coef: bigint;
  readonly exp: number;
}

const DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?\s*$/;

/** Reads decimal text (`12`, `-0.5`, `1234.500`, `1.5e-7`) exactly; `undefined` when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign = '', int = '', frac = '', e = '0'] = m;
  if (int === '' && frac === '') return undefined;
  const coef = BigInt(`${int}${frac}` || '0');
  return { coef: sign === '-' ? -coef : coef, exp: Number(e) - frac.length };
}

/** A finite number as the exact decimal of its shortest round-trip string (what people typed, not its binary). */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite amount`);
  const d = parseDecimal(String(x));
  if (!d) throw new RangeError(`cannot read ${x} as a decimal`);
  return d;
}

/** `n / d` rounded half away from zero (`d` > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** A decimal scaled by `10^digits`, rounded half away from zero to a whole number. */
export function scaleRound(d: Decimal, digits: number): bigint {
  const e = d.exp + digits;
  return e >= 0 ? d.coef * pow10(e) : divRound(d.coef, pow10(-e));
}

/** Exact minor units of a number or decimal text, or `undefined` when it is not one or beyond {@link MAX_MINOR}. */
export function tryMinor(amount: number | string, currency: string): number | undefined {
  const d =
    typeof amount === 'string'
      ? parseDecimal(amount)
      : Number.isFinite(amount)
        ? decimalOf(amount)
        : undefined;
  if (!d) return undefined;
  const minor = scaleRound(d, minorDigits(currency));
  return fitsMinor(minor) ? Number(minor) : undefined;
}

/** Whether a whole number of minor units is within ±{@link MAX_MINOR}. */
export const fitsMinor = (minor: bigint): boolean => minor <= MAX_MINOR_BIG && minor >= -MAX_MINOR_BIG;

/** Amount → integer minor units, exactly, rounding half away from zero; throws beyond {@link MAX_MINOR}. */
export function toMinor(amount: number | string, currency: string): number {
  const minor = tryMinor(amount, currency);
  if (minor === undefined)
    throw new RangeError(
      `${String(amount)} ${currency} is not an amount podplan handles exactly (at most ${MAX_MINOR} minor units)`,
    );
  return minor;
}

/** Minor units → the amount as a number; exact in decimal for every value within ±{@link MAX_MINOR}. */
export const fromMinor = (minor: number, currency: string): number => minor / 10 ** minorDigits(currency);

/** Minor units → exact decimal text with the currency's decimals: `6210000` USD → "62100.00". */
export function minorToText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(digits + 1, '0');
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return neg ? `-${text}` : text;
}

/**
 * `minor × (1 − pct/100)` rounded to a whole minor unit, half away from zero. `pct` is read as its exact decimal
 * (12.5 is 125/1000), so the result is the correctly rounded exact value: 1999 at 15% off is 1699.15 → 1699.
 */
export function applyPct(minor: number, pct: number): number {
  const p = decimalOf(pct);
  // pct = coef × 10^exp; net = minor × (100·10^s − coef·10^(exp+s)) / (100·10^s) with s = max(0, −exp).
  const s = Math.max(0, -p.exp);
  const den = 100n * pow10(s);
  const off = p.coef * pow10(p.exp + s);
  return Number(divRound(BigInt(minor) * (den - off), den));
}

/** `minor × pct/100` rounded to a whole minor unit, half away from zero (a tax amount): 1999 at 20% is 399.8 → 400. */
export function pctOf(minor: number, pct: number): number {
  const p = decimalOf(pct);
  const s = Math.max(0, -p.exp);
  return Number(divRound(BigInt(minor) * p.coef * pow10(p.exp + s), 100n * pow10(s)));
}

/** Sums minor units exactly; `undefined` when the sum leaves ±{@link MAX_MINOR}. */
export function sumMinor(values: readonly number[]): number | undefined {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  return fitsMinor(total) ? Number(total) : undefined;
}

/** Formats an amount for people: `$1,234.50`, `1.234,50 €`. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(minorDigits(currency))} ${currency}`;
  }
}
