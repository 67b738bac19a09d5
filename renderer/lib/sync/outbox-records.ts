import type { CaseDetail } from '../../../shared/case-record';
import type { ApiError } from '../../../shared/errors';
import type { CaseMutation } from '../cases/case-mutation-type';

/** One user action waiting for the server's decision. */
export type QueuedMutation = CaseMutation & {
  /** This outbox's order: the server applies a client's actions in seq order, each once. */
  seq: number;
  caseId: string;
  queuedAt: string;
};

/** An action the server refused, with its reason and the server's copy when it refused it. */
export type RefusedAction = CaseMutation & {
  seq: number;
  caseId: string | null;
  queuedAt: string;
  refusedAt: string;
  error: ApiError;
  /** The case as the server had it after refusing; null when it could not be read. */
  serverCase: CaseDetail | null;
  /** The case as it looked here with this action applied, so both versions can be compared. */
  localCase: CaseDetail | null;
};
