/** The printable pages' routes (hash), apart from the pages themselves so the menu and router load without them. */
export const QUOTE_ROUTE = '#quote';
export const ELEVATIONS_ROUTE = '#elevations';
