/** Price lists (CSV or JSON) that override catalog prices for quoting. */
export { MAX_LEAD_TIME_WEEKS, parseCsv, parsePriceList, readLeadTime, readPrice } from './parsePriceList';
export type { PriceEntry, PriceListFormat, PriceListIssue, PriceListResult } from './parsePriceList';
