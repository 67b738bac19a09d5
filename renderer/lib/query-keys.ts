import type { CaseStatus } from '../../shared/case-lifecycle';

/** What the mirror can answer by index; free-text and sorting happen in memory. */
export interface CaseListFilter {
  status?: CaseStatus;
}

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filter: CaseListFilter) => [...caseKeys.lists(), filter] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (caseId: string) => [...caseKeys.details(), caseId] as const,
};

export const caseHolderKeys = {
  all: ['case-holders'] as const,
  list: () => [...caseHolderKeys.all, 'list'] as const,
};

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
};

/** The reminder above the queue: notifications due across the desk. */
export const notificationKeys = {
  all: ['notifications'] as const,
  due: (limit: number) => [...notificationKeys.all, 'due', limit] as const,
};

export const setupKeys = {
  all: ['setup'] as const,
  status: () => [...setupKeys.all, 'status'] as const,
};

export const policyKeys = {
  all: ['policy'] as const,
  current: () => [...policyKeys.all, 'current'] as const,
  versions: () => [...policyKeys.all, 'versions'] as const,
  version: (version: string) => [...policyKeys.versions(), version] as const,
  proposals: () => [...policyKeys.all, 'proposals'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  throttles: () => [...userKeys.all, 'sign-in-throttles'] as const,
  heldCases: (userId: string) => [...userKeys.all, 'held-cases', userId] as const,
};

export const accountKeys = {
  all: ['account'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  verification: () => [...auditKeys.all, 'verification'] as const,
  eventLists: () => [...auditKeys.all, 'events'] as const,
  events: (filter: object) => [...auditKeys.eventLists(), filter] as const,
};

export const reportKeys = {
  all: ['reports'] as const,
  transparency: (from: string, to: string) =>
    [...reportKeys.all, 'transparency', from, to] as const,
  cases: (country: string, period: string, measure: string) =>
    [...reportKeys.all, 'cases', country, period, measure] as const,
};

/** An order's files, read once a session: each read is an audited download. */
export const documentKeys = {
  all: ['documents'] as const,
  file: (caseId: string, documentId: string) => [...documentKeys.all, caseId, documentId] as const,
};
