/**
 * The first-sync spec needs a desk with more cases than one pulled page (2000) holds, so it has
 * a case service of its own, seeded with this many demo orders before it starts.
 */
export const FIRST_SYNC_CASES = 6000;
