import { installationAndUsers } from './0001-installation-and-users';
import { cases } from './0002-cases';
import { auditChain } from './0003-audit-chain';
import { policyVersions } from './0004-policy-versions';
import { syncClients } from './0005-sync-clients';
import { policyChangeFeed } from './0006-policy-change-feed';
import { callBackSources } from './0008-call-back-sources';
import { policyPublication } from './0009-policy-publication';
import { accounts } from './0010-accounts';
import { serviceRole } from './0011-service-role';
import { disclosureAndTransparency } from './0012-disclosure-and-transparency';
import { secondFactor } from './0013-second-factor';
import { lettersSentAndUserNotifications } from './0014-letters-sent-and-user-notifications';
import { preservationRequests } from './0015-preservation-requests';
import { parallelWrites } from './0016-parallel-writes';
import { governingDeadline } from './0017-governing-deadline';
import { stagedDocumentContents } from './0018-staged-document-contents';
import { policyDigestAndWriteOrder } from './0022-policy-digest-and-write-order';
import { notificationTerms } from './0023-notification-terms';
import { sealInOneStatement } from './0024-seal-in-one-statement';
import { quarterRecordsWithTheirEvents } from './0025-quarter-records-with-their-events';
import { namesAsRecorded } from './0026-names-as-recorded';
import type { Migration } from './migration';

/** In order; a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  installationAndUsers,
  cases,
  auditChain,
  policyVersions,
  syncClients,
  policyChangeFeed,
  callBackSources,
  policyPublication,
  accounts,
  serviceRole,
  disclosureAndTransparency,
  secondFactor,
  lettersSentAndUserNotifications,
  preservationRequests,
  parallelWrites,
  governingDeadline,
  stagedDocumentContents,
  policyDigestAndWriteOrder,
  notificationTerms,
  sealInOneStatement,
  quarterRecordsWithTheirEvents,
  namesAsRecorded,
];
