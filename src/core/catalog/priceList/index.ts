/** Price lists (CSV or JSON) that override catalog prices for quoting. */
export { parseCsv, parsePriceList, readPrice } from './parsePriceList';
export type { PriceEntry, PriceListFormat, PriceListIssue, PriceListResult } from './parsePriceList';
