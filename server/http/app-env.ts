import type { Hono } from 'hono';
import type { AuditAnchor } from '../audit/audit-anchor';
import type { SecretBox } from '../auth/second-factor-key';
import type { AuthenticatedSession } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Database } from '../storage/database';
import type { SubscriberDirectory } from '../subscribers/subscriber-directory';
import type { WriteAdmission } from './write-admission';

export interface AppDeps {
  db: Database;
  clock: Clock;
  /** Where approved subscriber data is looked up. */
  directory: SubscriberDirectory;
  /** Mark the session cookie `Secure`: on whenever the service is reached over HTTPS. */
  secureCookies: boolean;
  /** The built renderer to serve at `/`, if any. */
  rendererDir?: string;
  /** Signs the audit chain head outside the database; absent, the chain is not anchored. */
  auditAnchor?: AuditAnchor;
  /** Believe the last X-Forwarded-For entry: the service stands behind a proxy. */
  trustProxy: boolean;
  /** The Host names the service answers to; undefined inside the desktop app (no network). */
  allowedHosts?: readonly string[];
  /** Seals second-factor secrets with a key kept outside the database. */
  secondFactorBox: SecretBox;
  /** The turn case mutations wait for, so reads never queue behind a crowd of writes. */
  writeAdmission: WriteAdmission;
}

/** What @hono/node-server passes along with each request; absent when called in-process. */
export interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export type AppEnv = {
  Bindings: NodeBindings | undefined;
  Variables: {
    /** Set once the request's session is known, so a refusal can be recorded under its user. */
    session?: AuthenticatedSession;
    /** What the request attempts, when more precise than its route (a mutation's name). */
    attempted?: string;
    /** The case the request acts on, once read from it. */
    caseId?: string;
  };
};

export type App = Hono<AppEnv>;
