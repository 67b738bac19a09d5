import type { CaseSummary } from '../../shared/case-record';

/**
 * Whether two copies of a case's queue row say the same. A field left out equals one left
 * undefined; lists (search terms, participants) compare item by item.
 */
export function sameSummary(a: CaseSummary, b: CaseSummary): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof CaseSummary)[]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    if (!x.every((item, i) => item === y[i])) return false;
  }
  return true;
}
