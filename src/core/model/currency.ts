/**
 * ISO 4217 currency codes, as the JavaScript engine knows them (`Intl.supportedValuesOf('currency')`). Codes that are
 * not money one can quote in are left out: XXX (no currency), XTS (testing), precious metals and fund units.
 */
const NOT_FOR_QUOTES = new Set([
  'XXX',
  'XTS',
  'XAU',
  'XAG',
  'XPT',
  'XPD',
  'XDR',
  'XSU',
  'XUA',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
]);

let known: ReadonlySet<string> | undefined;

function knownCodes(): ReadonlySet<string> {
  if (known === undefined) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
    known = new Set(supported.filter((code) => !NOT_FOR_QUOTES.has(code)));
  }
  return known;
}

/**
 * True for an upper-case ISO 4217 code of a currency a quote can be in (`USD`, `EUR`, `JPY`), false for made-up
 * codes (`XYZ`, `ABC`) and non-money ones (`XXX`). An engine without `Intl.supportedValuesOf` accepts any three
 * capital letters.
 */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const codes = knownCodes();
  return codes.size === 0 || codes.has(code);
}
