import type { Context } from 'hono';
import { ServiceError } from '../service-error';

/** A refusal while the sign-in throttle makes an address wait, with the wait in Retry-After. */
export function throttleRefusal(c: Context, retryAfterMs: number): ServiceError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  c.header('Retry-After', String(seconds));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new ServiceError(
    'rate_limited',
    `Too many failed attempts from this address. Try again in ${wait}, or ask an administrator to release it.`,
  );
}
