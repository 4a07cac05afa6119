/**
 * Money arithmetic in integer minor units (cents, yen, fils), with each currency's own number of decimals as
 * `Intl` knows it (USD 2, JPY 0, KWD 3), and locale formatting. `Intl` is part of JavaScript, not the DOM.
 */

const digitsCache = new Map<string, number>();

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

/** Amount → integer minor units, rounding half away from zero. */
export function toMinor(amount: number, currency: string): number {
  const f = 10 ** minorDigits(currency);
  const scaled = amount * f;
  // Guard against binary artefacts such as 1.005 * 100 = 100.49999999999999.
  const nudged = scaled + Math.sign(scaled) * 1e-9 * Math.max(1, Math.abs(scaled));
  return Math.sign(nudged) * Math.round(Math.abs(nudged));
}

export const fromMinor = (minor: number, currency: string): number => minor / 10 ** minorDigits(currency);

/** `minor × (1 − pct/100)` rounded to a whole minor unit (half away from zero). */
export function applyPct(minor: number, pct: number): number {
  const exact = (minor * (100 - pct)) / 100;
  return Math.sign(exact) * Math.round(Math.abs(exact) + 1e-9);
}

/** Formats an amount for people: `$1,234.50`, `1.234,50 €`. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(minorDigits(currency))} ${currency}`;
  }
}
