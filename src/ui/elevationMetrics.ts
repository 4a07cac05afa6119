/** Height of one U in the elevation, px. */
export const U_PX = 13;
