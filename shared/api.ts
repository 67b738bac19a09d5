import { z } from 'zod';
import { AuditEventPage, AuditEventQuery, AuditExportQuery, AuditVerification } from './audit';
import { CaseDetail, CaseSummary } from './case-record';
import { LetterLog } from './disclosure/letters';
import { CaseHolder, CaseReassignment } from './case-ownership';
import { DisclosurePackageView } from './disclosure/manifest';
import {
  CaseNotifications,
  DueNotifications,
  DueNotificationsQuery,
  NotificationInput,
} from './disclosure/user-notifications';
import { MutationRequest } from './mutations';
import { Order } from './order';
import {
  NewPolicyVersion,
  PolicyProposal,
  PolicyRecord,
  PolicyVersionSummary,
  ProposalDecision,
  ProposalRejection,
} from './policy-record';
import { ROLES } from './roles';
import {
  RecoveryCodeRenewal,
  RecoveryCodes,
  SecondFactorConfirmation,
  SecondFactorRemoval,
  SecondFactorSetup,
  SecondFactorStatus,
} from './second-factor';
import { PushRequest, PushResponse } from './sync';
import {
  QuarterAction,
  ReportCase,
  ReportCasesQuery,
  TransparencyQuery,
  TransparencyReport,
} from './transparency/report';
import {
  Credentials,
  Enrolment,
  FirstAdmin,
  IssuedEnrolment,
  NewUser,
  PasswordChange,
  Reauthentication,
  User,
  UserCreated,
  UserUpdate,
} from './users';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RouteDef<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Res extends z.ZodType = z.ZodType,
> {
  method: Method;
  path: string;
  body: Body;
  query: Query;
  response: Res;
}

function route<
  Res extends z.ZodType,
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(
  method: Method,
  path: string,
  parts: { response: Res; body?: Body; query?: Query },
): RouteDef<Body, Query, Res> {
  return {
    method,
    path,
    body: parts.body as Body,
    query: parts.query as Query,
    response: parts.response,
  };
}

export const Ok = z.object({ ok: z.literal(true) });

export const SetupStatus = z.object({ needsFirstAdmin: z.boolean() });

export const SessionInfo = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
  }),
  /** When the session ends at the latest, whatever the activity. */
  expiresAt: z.string(),
  secondFactor: SecondFactorStatus.optional(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CasePageQuery = z.object({
  /** Opaque: the server's change counter after the last page applied; absent on first sync. */
  cursor: z
    .string()
    .regex(/^[0-9]{1,19}$/, 'cursor must be a counter returned by an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});

export const CasePage = z.object({
  /** Identifies the database; a cursor from another database means resync from scratch. */
  databaseId: z.string(),
  cursor: z.string(),
  hasMore: z.boolean(),
  /** On the first page of a first sync: the changes still to come, for its progress bar. */
  remaining: z.number().int().nonnegative().optional(),
  cases: z.array(CaseSummary),
  /** The policy in force, on a page that covers a new policy version; absent otherwise. */
  policy: PolicyRecord.optional(),
});
export type CasePage = z.infer<typeof CasePage>;

export const ImportedOrder = z.object({ caseId: z.string(), reference: z.string() });

export const LookupRequest = z.object({ version: z.number().int().nonnegative() }).strict();

export const OpenSession = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** The address it was opened from: "local" inside the desktop app. */
  client: z.string().nullable(),
  /** Whether the request asking is made with this session. */
  current: z.boolean(),
});
export type OpenSession = z.infer<typeof OpenSession>;

export const SignInThrottle = z.object({
  username: z.string(),
  client: z.string(),
  failures: z.number().int(),
  lastFailureAt: z.string(),
});
export type SignInThrottle = z.infer<typeof SignInThrottle>;

export const ThrottleRelease = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(64).optional(),
    client: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((v) => v.username !== undefined || v.client !== undefined, {
    message: 'name a username, an address or both',
  });

export const API = {
  setupStatus: route('GET', '/api/setup', { response: SetupStatus }),
  createFirstAdmin: route('POST', '/api/setup/first-admin', {
    body: FirstAdmin,
    response: SessionInfo,
  }),
  session: route('GET', '/api/session', { response: SessionInfo }),
  login: route('POST', '/api/session', { body: Credentials, response: SessionInfo }),
  logout: route('DELETE', '/api/session', { response: Ok }),
  reauthenticate: route('POST', '/api/session/reauth', { body: Reauthentication, response: Ok }),
  listUsers: route('GET', '/api/users', { response: z.object({ users: z.array(User) }) }),
  /** Opens an account without a password; the enrolment code in the answer is shown once. */
  createUser: route('POST', '/api/users', { body: NewUser, response: UserCreated }),
  updateUser: route('PATCH', '/api/users/:userId', { body: UserUpdate, response: User }),
  /** A password reset: a new enrolment code, the old password void, every session ended. */
  resetPassword: route('POST', '/api/users/:userId/enrolment', { response: IssuedEnrolment }),
  /** The person behind an enrolment code sets their own password and is signed in. */
  enrol: route('POST', '/api/enrolment', { body: Enrolment, response: SessionInfo }),
  changePassword: route('POST', '/api/session/password', { body: PasswordChange, response: Ok }),
  confirmRoleGrant: route('POST', '/api/role-grants/:grantId/confirm', { response: User }),
  withdrawRoleGrant: route('POST', '/api/role-grants/:grantId/withdraw', { response: User }),
  /** The signed-in user's open sessions. */
  ownSessions: route('GET', '/api/sessions', {
    response: z.object({ sessions: z.array(OpenSession) }),
  }),
  /** Administrators only: another user's open sessions. */
  userSessions: route('GET', '/api/users/:userId/sessions', {
    response: z.object({ sessions: z.array(OpenSession) }),
  }),
  /** One's own session, or anyone's for an administrator. */
  endSession: route('DELETE', '/api/sessions/:sessionId', { response: Ok }),
  signInThrottles: route('GET', '/api/sign-in-throttles', {
    response: z.object({ throttles: z.array(SignInThrottle) }),
  }),
  /** A new authenticator secret for the signed-in user, counted once a first code confirms it. */
  startSecondFactor: route('POST', '/api/session/second-factor/setup', {
    response: SecondFactorSetup,
  }),
  confirmSecondFactor: route('POST', '/api/session/second-factor/confirm', {
    body: SecondFactorConfirmation,
    response: RecoveryCodes,
  }),
  removeSecondFactor: route('POST', '/api/session/second-factor/remove', {
    body: SecondFactorRemoval,
    response: Ok,
  }),
  /** A fresh set of recovery codes, shown once; the old ones stop working. */
  renewRecoveryCodes: route('POST', '/api/session/second-factor/recovery-codes', {
    body: RecoveryCodeRenewal,
    response: RecoveryCodes,
  }),
  releaseSignInThrottle: route('POST', '/api/sign-in-throttles/release', {
    body: ThrottleRelease,
    response: z.object({ released: z.number().int() }),
  }),
  /** Administrators only: every open case the user holds goes to another, in one step. */
  reassignCases: route('POST', '/api/users/:userId/reassign-cases', {
    body: CaseReassignment,
    response: z.object({ reassigned: z.number().int() }),
  }),
  /** Administrators only: how many open cases the user holds, for the reassignment's wording. */
  heldCases: route('GET', '/api/users/:userId/held-cases', {
    response: z.object({ open: z.number().int() }),
  }),
  /** Who may be given a case: active reviewers and supervisors. */
  caseHolders: route('GET', '/api/case-holders', {
    response: z.object({ holders: z.array(CaseHolder) }),
  }),
  /** JSON body is the order alone; multipart/form-data carries `order` plus `attachment` PDFs. */
  importOrder: route('POST', '/api/orders', { body: Order, response: ImportedOrder }),
  caseChanges: route('GET', '/api/cases', { query: CasePageQuery, response: CasePage }),
  getCase: route('GET', '/api/cases/:caseId', { response: CaseDetail }),
  /** Binary: the stored attachment, with its SHA-256 in the ETag. */
  getDocument: route('GET', '/api/cases/:caseId/documents/:documentId', { response: z.unknown() }),
  mutate: route('POST', '/api/mutations', { body: MutationRequest, response: CaseDetail }),
  /** The policy new decisions are taken under, with its authority directory. */
  currentPolicy: route('GET', '/api/policy', { response: PolicyRecord }),
  policyVersions: route('GET', '/api/policy/versions', {
    response: z.object({ versions: z.array(PolicyVersionSummary) }),
  }),
  policyVersion: route('GET', '/api/policy/versions/:version', { response: PolicyRecord }),
  /** Admins only: an edit is proposed as a new version; a second admin publishes it. */
  proposePolicyVersion: route('POST', '/api/policy/proposals', {
    body: NewPolicyVersion,
    response: PolicyProposal,
  }),
  policyProposals: route('GET', '/api/policy/proposals', {
    response: z.object({ proposals: z.array(PolicyProposal) }),
  }),
  approvePolicyProposal: route('POST', '/api/policy/proposals/:proposalId/approve', {
    body: ProposalDecision,
    response: PolicyRecord,
  }),
  rejectPolicyProposal: route('POST', '/api/policy/proposals/:proposalId/reject', {
    body: ProposalRejection,
    response: PolicyProposal,
  }),
  /** Supervisors, after approval, online only: asks the subscriber directory and packages the answer. */
  lookUpSubscribers: route('POST', '/api/cases/:caseId/lookup', {
    body: LookupRequest,
    response: CaseDetail,
  }),
  /** The released values; every opening is audited. */
  openPackage: route('GET', '/api/cases/:caseId/package', { response: DisclosurePackageView }),
  /** Binary: `manifest` (JSON) or `letter` (PDF), with its SHA-256 in the ETag. */
  packageFile: route('GET', '/api/cases/:caseId/package/:file', { response: z.unknown() }),
  /** Binary: a letter logged on the case (a refusal), with its SHA-256 in the ETag. */
  caseLetter: route('GET', '/api/cases/:caseId/letters/:letterId', { response: z.unknown() }),
  /** Every letter sent to the authority on the case, with the SHA-256 of each PDF. */
  letterLog: route('GET', '/api/cases/:caseId/letters', { response: LetterLog }),
  /** Where notification of each affected user stands under the order's non-disclosure term. */
  caseNotifications: route('GET', '/api/cases/:caseId/notifications', {
    response: CaseNotifications,
  }),
  /** Reviewers and supervisors: a user was told of the order, once the order allowed it. */
  recordNotification: route('POST', '/api/cases/:caseId/notifications', {
    body: NotificationInput,
    response: CaseNotifications,
  }),
  /** Users to be notified now, across cases. */
  dueNotifications: route('GET', '/api/notifications/due', {
    query: DueNotificationsQuery,
    response: DueNotifications,
  }),
  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, whole quarters; `&format=csv` answers CSV. */
  transparencyReport: route('GET', '/api/reports/transparency', {
    query: TransparencyQuery,
    response: TransparencyReport,
  }),
  /** The cases behind one number of the report. */
  transparencyCases: route('GET', '/api/reports/transparency/cases', {
    query: ReportCasesQuery,
    response: z.object({ cases: z.array(ReportCase) }),
  }),
  /** Supervisors: closes a quarter, or records a dated amendment of a closed one. */
  freezeQuarter: route('POST', '/api/reports/transparency/quarters/:period/freeze', {
    response: TransparencyReport,
  }),
  amendQuarter: route('POST', '/api/reports/transparency/quarters/:period/amendments', {
    body: QuarterAction,
    response: TransparencyReport,
  }),
  /** Queued mutations from a workstation's outbox, each applied at most once. */
  push: route('POST', '/api/sync/push', { body: PushRequest, response: PushResponse }),
  /** Auditors only: the audit trail checked against its signed checkpoints. */
  auditVerify: route('GET', '/api/audit/verify', { response: AuditVerification }),
  /** Auditors only: the audit log, newest first, filtered and paged. */
  auditEvents: route('GET', '/api/audit/events', {
    query: AuditEventQuery,
    response: AuditEventPage,
  }),
  /** Auditors only: a download (CSV or JSON) of every event matching the filters. */
  auditExport: route('GET', '/api/audit/export', {
    query: AuditExportQuery,
    response: z.unknown(),
  }),
} as const;

export type ApiRoutes = typeof API;
export type RouteName = keyof ApiRoutes;
export type RouteBody<R extends RouteDef> = R['body'] extends z.ZodType
  ? z.input<R['body']>
  : never;
export type RouteResponse<R extends RouteDef> = z.infer<R['response']>;

/** Fills `:name` segments; every value is URI-encoded. */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route parameter ${name}`);
    return encodeURIComponent(value);
  });
}
