import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { API, type RouteDef } from '../../shared/api';
import { ServiceError } from '../service-error';
import { errorResponse } from './error-response';
import { MAX_ORDER_BODY_BYTES } from './routes/order-routes';

/** A review of 5,000 decisions with long reasons still fits. */
export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;
/** Names and passwords: anyone may send these without signing in, so they stay small. */
export const MAX_CREDENTIALS_BODY_BYTES = 8 * 1024;

function describe(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

function limit(maxSize: number): MiddlewareHandler {
  const size = describe(maxSize);
  return bodyLimit({
    maxSize,
    onError: (c: Context) =>
      errorResponse(
        c,
        new ServiceError('validation', `The request is larger than ${size}.`, [
          { path: '(root)', message: `send at most ${size}` },
        ]),
      ),
  });
}

const CREDENTIAL_ROUTES: readonly RouteDef[] = [
  API.login,
  API.createFirstAdmin,
  API.enrol,
  API.changePassword,
  API.reauthenticate,
  API.removeSecondFactor,
  API.renewRecoveryCodes,
];
const credentialPaths = new Set(CREDENTIAL_ROUTES.map((r) => r.path));

const credentialsLimit = limit(MAX_CREDENTIALS_BODY_BYTES);
const orderLimit = limit(MAX_ORDER_BODY_BYTES);
const jsonLimit = limit(MAX_JSON_BODY_BYTES);

/**
 * Only an order carrying its PDFs (multipart) may be large; sign-in, setup, enrolment and
 * passwords are a few hundred bytes; every other request is a JSON document.
 */
export const bodyLimits: MiddlewareHandler = (c, next) => {
  if (credentialPaths.has(c.req.path)) return credentialsLimit(c, next);
  const multipart = /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');
  if (c.req.path === API.importOrder.path && multipart) return orderLimit(c, next);
  return jsonLimit(c, next);
};
