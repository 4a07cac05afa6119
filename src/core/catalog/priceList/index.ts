/** Price lists (CSV or JSON) that override catalog prices for quoting. */
export {
  MAX_LEAD_TIME_WEEKS,
  MAX_PRICE_LIST_ISSUES,
  parseCsv,
  parsePriceList,
  readLeadTime,
  readPrice,
} from './parsePriceList';
export type { PriceEntry, PriceListFormat, PriceListIssue, PriceListResult } from './parsePriceList';
