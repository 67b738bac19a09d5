import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { API } from '../../shared/api';
import { ServiceError } from '../service-error';
import { errorResponse } from './error-response';
import { MAX_ORDER_BODY_BYTES } from './routes/order-routes';

/** A review of 5,000 decisions with long reasons still fits. */
export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

function limit(maxSize: number): MiddlewareHandler {
  const megabytes = Math.round(maxSize / (1024 * 1024));
  return bodyLimit({
    maxSize,
    onError: (c: Context) =>
      errorResponse(
        c,
        new ServiceError('validation', `The request is larger than ${megabytes} MB.`, [
          { path: '(root)', message: `send at most ${megabytes} MB` },
        ]),
      ),
  });
}

const orderLimit = limit(MAX_ORDER_BODY_BYTES);
const jsonLimit = limit(MAX_JSON_BODY_BYTES);

/** Orders may carry their PDFs; every other request is a small JSON document. */
export const bodyLimits: MiddlewareHandler = (c, next) =>
  (c.req.path === API.importOrder.path ? orderLimit : jsonLimit)(c, next);
