import { Hono } from 'hono';
import type { AuditAnchor } from '../audit/audit-anchor';
import { processSecondFactorKey, secretBox } from '../auth/second-factor-key';
import { systemClock, type Clock } from '../clock';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { demoDirectory } from '../subscribers/demo-directory';
import type { SubscriberDirectory } from '../subscribers/subscriber-directory';
import type { App, AppDeps, AppEnv } from './app-env';
import { bodyLimits } from './body-limits';
import { csrfGuard } from './csrf-guard';
import { errorResponse, handleError } from './error-response';
import { hostGuard } from './host-guard';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerCaseRoutes } from './routes/case-routes';
import { registerDisclosureRoutes } from './routes/disclosure-routes';
import { registerLetterAndNotificationRoutes } from './routes/letter-and-notification-routes';
import { registerEnrolmentRoutes } from './routes/enrolment-routes';
import { registerReportRoutes } from './routes/report-routes';
import { registerMutationRoutes } from './routes/mutation-routes';
import { registerOrderRoutes } from './routes/order-routes';
import { registerPolicyRoutes } from './routes/policy-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerSecondFactorRoutes } from './routes/second-factor-routes';
import { registerSetupRoutes } from './routes/setup-routes';
import { registerUserRoutes } from './routes/user-routes';
import { recordRefusals } from './record-refusals';
import { securityHeaders } from './security-headers';
import { serveRenderer } from './static-renderer';
import {
  DEFAULT_MAX_WRITE_WAIT_MS,
  DEFAULT_MAX_WRITES_WAITING,
  DEFAULT_WRITES_IN_FLIGHT,
  WriteAdmission,
} from './write-admission';

export interface CreateAppOptions {
  db: Database;
  /** Defaults to the system clock; tests move their own. */
  clock?: Clock;
  /** Mark the session cookie Secure. */
  secureCookies?: boolean;
  /** The built renderer to serve at `/`. */
  rendererDir?: string;
  /** Signs the audit chain head outside the database. */
  auditAnchor?: AuditAnchor;
  /** Where approved subscriber data is looked up; the demo accounts by default. */
  directory?: SubscriberDirectory;
  /** Read the client address from X-Forwarded-For (TRUST_PROXY). */
  trustProxy?: boolean;
  /** Host names to answer to; every one when absent (the desktop app, tests in-process). */
  allowedHosts?: readonly string[];
  /**
   * The 32-byte key that seals second-factor secrets, kept outside the database. Without one,
   * a key for this process alone (tests, benchmarks).
   */
  secondFactorKey?: Buffer;
  /** Case mutations run at once by this process; the rest wait their turn in order. */
  writesInFlight?: number;
  /** The gate itself, when a test watches who waits at it. */
  writeAdmission?: WriteAdmission;
}

/** The case service as one `fetch(Request) => Response` handler over a database. */
export function createApp(options: CreateAppOptions): App {
  const deps: AppDeps = {
    db: options.db,
    clock: options.clock ?? systemClock,
    directory: options.directory ?? demoDirectory(options.db),
    secureCookies: options.secureCookies ?? false,
    ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
    ...(options.auditAnchor ? { auditAnchor: options.auditAnchor } : {}),
    trustProxy: options.trustProxy ?? false,
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
    secondFactorBox: secretBox(options.secondFactorKey ?? processSecondFactorKey()),
    writeAdmission:
      options.writeAdmission ??
      new WriteAdmission({
        inFlight: options.writesInFlight ?? DEFAULT_WRITES_IN_FLIGHT,
        maxWaitMs: DEFAULT_MAX_WRITE_WAIT_MS,
        maxWaiting: DEFAULT_MAX_WRITES_WAITING,
      }),
  };
  const app: App = new Hono<AppEnv>();

  app.use('*', securityHeaders(deps.secureCookies));
  app.use('*', hostGuard(deps.allowedHosts));
  app.use('/api/*', csrfGuard);
  app.use('/api/*', bodyLimits);
  app.use('/api/*', recordRefusals(deps));

  registerSetupRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerEnrolmentRoutes(app, deps);
  registerSecondFactorRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerOrderRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerMutationRoutes(app, deps);
  registerDisclosureRoutes(app, deps);
  registerLetterAndNotificationRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerPolicyRoutes(app, deps);
  registerAuditRoutes(app, deps);

  app.all('/api/*', () => {
    throw new ServiceError('not_found', 'There is no such API route.');
  });
  app.on(['GET', 'HEAD'], '*', async (c) => {
    if (!deps.rendererDir) throw new ServiceError('not_found', 'Nothing is served here.');
    return serveRenderer(deps.rendererDir, c.req.path);
  });
  app.notFound((c) => errorResponse(c, new ServiceError('not_found', 'Nothing is served here.')));
  app.onError(handleError);

  return app;
}
