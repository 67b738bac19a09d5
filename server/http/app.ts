import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../shared/errors';
import type { z } from 'zod';
import { systemClock, type Clock } from '../clock';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import type { App, AppDeps, AppEnv } from './app-env';
import { isCrossSiteWrite } from './csrf-guard';
import { registerCaseRoutes } from './routes/case-routes';
import { registerMutationRoutes } from './routes/mutation-routes';
import { MAX_ORDER_BODY_BYTES, registerOrderRoutes } from './routes/order-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerSetupRoutes } from './routes/setup-routes';
import { registerUserRoutes } from './routes/user-routes';
import { securityHeaders } from './security-headers';
import { serveRenderer } from './static-renderer';

/** A review of 5,000 decisions with long reasons still fits. */
const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

export interface CreateAppOptions {
  db: Database;
  clock?: Clock;
  secureCookies?: boolean;
  rendererDir?: string;
}

function errorResponse(c: Context<AppEnv>, error: ServiceError): Response {
  const body: z.input<typeof ErrorBody> = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
  return c.json(body, error.status as ContentfulStatusCode);
}

/** The case service as one `fetch(Request) => Response` handler over a database. */
export function createApp(options: CreateAppOptions): App {
  const deps: AppDeps = {
    db: options.db,
    clock: options.clock ?? systemClock,
    secureCookies: options.secureCookies ?? false,
    ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
  };
  const app: App = new Hono<AppEnv>();

  app.use('*', securityHeaders);

  app.use('/api/*', async (c, next) => {
    if (
      isCrossSiteWrite(
        c.req.method,
        c.req.url,
        c.req.header('origin'),
        c.req.header('sec-fetch-site'),
      )
    ) {
      throw new ServiceError('forbidden', 'Requests from other sites are refused.');
    }
    await next();
  });

  const tooLarge = (limit: number) => (c: Context<AppEnv>) =>
    errorResponse(
      c,
      new ServiceError(
        'validation',
        `The request is larger than ${Math.round(limit / (1024 * 1024))} MB.`,
      ),
    );
  const orderLimit = bodyLimit({
    maxSize: MAX_ORDER_BODY_BYTES,
    onError: tooLarge(MAX_ORDER_BODY_BYTES),
  });
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: tooLarge(MAX_JSON_BODY_BYTES),
  });
  app.use('/api/*', (c, next) => (c.req.path === '/api/orders' ? orderLimit : jsonLimit)(c, next));

  registerSetupRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerOrderRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerMutationRoutes(app, deps);

  app.all('/api/*', () => {
    throw new ServiceError('not_found', 'There is no such API route.');
  });

  app.on(['GET', 'HEAD'], '*', async (c) => {
    if (!deps.rendererDir) throw new ServiceError('not_found', 'Nothing is served here.');
    return serveRenderer(deps.rendererDir, c.req.path);
  });

  app.notFound((c) => errorResponse(c, new ServiceError('not_found', 'Nothing is served here.')));

  app.onError((error, c) => {
    if (error instanceof ServiceError) return errorResponse(c, error);
    console.error('Unexpected failure in the case service:', error);
    return errorResponse(
      c,
      new ServiceError('internal', 'The case service failed; nothing was changed. Try again.'),
    );
  });

  return app;
}
