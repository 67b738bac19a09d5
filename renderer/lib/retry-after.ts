/** The preferred HTTP date format (IMF-fixdate), e.g. `Tue, 01 Dec 2026 10:00:30 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** A wait the app keeps to even when a header asks for longer: the outbox must move again. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The wait a `Retry-After` header asks for, in milliseconds: seconds or an HTTP date, as
 * RFC 9110 allows. Null when there is no header or it says nothing usable; a date in the past
 * is no wait; anything longer than `MAX_RETRY_AFTER_MS` is cut to it.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  let ms: number;
  if (/^\d+$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    // Date.parse alone reads "2.5" or "-5" as dates.
    if (!HTTP_DATE.test(value)) return null;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
