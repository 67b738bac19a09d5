import type { CaseDetail, DisclosureRecord } from '../../shared/case-record';
import type { Outcome } from '../../shared/case-lifecycle';
import { governingDeadline } from '../../shared/governing-deadline';
import type { Role } from '../../shared/roles';
import type { Queryable } from '../storage/database';
import { allowedActions } from './allowed-actions';
import { CASE_EVENTS, toCaseAuditEvent, toCaseHistory, type CaseEventRow } from './case-history';
import {
  partAsJsonList,
  partAsJsonRow,
  partStatement,
  rowsFromJson,
  type CasePartQuery,
} from './case-part-query';
import { CASE_COLUMNS, CASE_FROM, toCaseSummary, type CaseRow } from './case-rows';
import { fourEyesBlock, reviewParticipants } from './four-eyes';
import {
  CASE_VERIFICATIONS,
  toCaseVerifications,
  type VerificationRow,
} from '../policy/case-verifications';
import { disclosureProgress } from '../disclosure/disclosure-progress';
import { caseJudgement } from './case-judgement';
import { judgingPolicyColumn, policyFromJson, serviceDay } from '../policy/policy-store';
import type { PolicyRecord } from '../../shared/policy-record';
import { documentMarks } from './document-marks';
import { linkedCaseOf, preservationStateOf } from './preservation-state';
import { displayNameAt } from '../users/names-then';

export interface Viewer {
  userId: string;
  role: Role;
}

export async function findCase(
  tx: Queryable,
  caseId: string,
  lock: 'lock' | 'read' = 'read',
): Promise<CaseRow | null> {
  const [row] = await tx.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1${lock === 'lock' ? ' FOR UPDATE OF c' : ''}`,
    [caseId],
  );
  return row ?? null;
}

const CASE_DOCUMENTS: CasePartQuery = {
  columns: 'd.id, d.name, d.content_type, d.size, d.sha256',
  from: 'documents d',
  caseColumn: 'd.case_id',
  orderBy: 'd.uploaded_at, d.name',
  dateColumns: [],
};

interface DocumentRow {
  id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
}

const CASE_DISCLOSURE: CasePartQuery = {
  columns: `d.approved_by, ${displayNameAt('u', 'd.approved_at')} AS approved_by_name,
            u.username AS approved_by_username, d.approved_at, d.outcome, d.comment, d.items`,
  from: 'disclosure_records d JOIN users u ON u.id = d.approved_by',
  caseColumn: 'd.case_id',
  orderBy: 'd.approved_at',
  dateColumns: ['approved_at'],
};

interface DisclosureRow {
  approved_by: string;
  approved_by_name: string;
  approved_by_username: string;
  approved_at: Date;
  outcome: Outcome;
  comment: string | null;
  items: DisclosureRecord['items'];
}

/** The case with its events, documents, approval and call-backs, as JSON beside its columns. */
interface CaseWithPartsRow extends CaseRow {
  part_events: Record<string, unknown>[];
  part_documents: Record<string, unknown>[];
  part_disclosure: Record<string, unknown> | null;
  part_verifications: Record<string, unknown>[];
  /** Read only with a judgement: the policy version the case is judged under. */
  part_policy?: Record<string, unknown> | null;
}

/** One statement, one round trip: the case and every part of it that its detail shows. */
function caseWithParts(moreColumns = ''): string {
  return `SELECT ${CASE_COLUMNS},
    ${partAsJsonList(CASE_EVENTS, 'c.id')} AS part_events,
    ${partAsJsonList(CASE_DOCUMENTS, 'c.id')} AS part_documents,
    ${partAsJsonRow(CASE_DISCLOSURE, 'c.id')} AS part_disclosure,
    ${partAsJsonList(CASE_VERIFICATIONS, 'c.id')} AS part_verifications${moreColumns}
  FROM ${CASE_FROM} WHERE c.id = $1`;
}
const CASE_WITH_PARTS = caseWithParts();
/** The same, with the policy version the case is judged under on day $2. */
const JUDGED_CASE_WITH_PARTS = caseWithParts(`,
    ${judgingPolicyColumn('$2')} AS part_policy`);

/** Everything one user may see of a case, including what they may do with it now. */
export async function loadCaseDetail(
  tx: Queryable,
  caseId: string,
  viewer: Viewer,
  /** When given, the engine's judgement is included, as of this instant. */
  judgedAt?: Date,
): Promise<CaseDetail | null> {
  const [row] = judgedAt
    ? await tx.query<CaseWithPartsRow>(JUDGED_CASE_WITH_PARTS, [caseId, serviceDay(judgedAt)])
    : await tx.query<CaseWithPartsRow>(CASE_WITH_PARTS, [caseId]);
  if (!row) return null;
  const events = rowsFromJson<CaseEventRow>(CASE_EVENTS, row.part_events).map(toCaseAuditEvent);
  const documents = rowsFromJson<DocumentRow>(CASE_DOCUMENTS, row.part_documents);
  const [disclosureRow] = rowsFromJson<DisclosureRow>(
    CASE_DISCLOSURE,
    row.part_disclosure ? [row.part_disclosure] : [],
  );
  const disclosure = disclosureRow ? toDisclosureRecord(disclosureRow) : null;
  const verifications = toCaseVerifications(
    rowsFromJson<VerificationRow>(CASE_VERIFICATIONS, row.part_verifications),
    [row.assignee_id, row.signed_off_by, ...reviewParticipants(events)],
  );
  const progress = disclosure ? await disclosureProgress(tx, caseId) : null;
  const blocked =
    viewer.role === 'supervisor' ? fourEyesBlock(viewer.userId, row.signed_off_by, events) : null;
  return {
    ...toCaseSummary(row),
    order: row.order_data,
    review: row.review,
    documents: documents.map((d) => ({
      id: d.id,
      name: d.name,
      contentType: d.content_type,
      size: d.size,
      sha256: d.sha256,
    })),
    documentMarks: documentMarks(row.order_data.documents, documents),
    signOff:
      row.signed_off_by && row.signed_off_at && row.outcome
        ? {
            byUserId: row.signed_off_by,
            byName: row.signed_off_by_name ?? '',
            byUsername: row.signed_off_by_username ?? '',
            at: row.signed_off_at.toISOString(),
            outcome: row.outcome,
          }
        : null,
    disclosure,
    lastReturnComment: row.last_return_comment,
    verifications,
    decidedUnder:
      row.policy_version && row.verdict
        ? { policyVersion: row.policy_version, verdict: row.verdict }
        : null,
    history: toCaseHistory(events),
    allowedActions: allowedActions(
      row.status,
      viewer.role,
      row.outcome,
      blocked,
      { assigneeId: row.assignee_id, assigneeName: row.assignee_name },
      viewer.userId,
      row.kind,
    ),
    approvalBlockedReason: blocked,
    disclosureProgress: progress,
    assigneeId: row.assignee_id,
    deadline: governingDeadline(
      (row.policy_due_at ?? row.due_at).toISOString(),
      row.order_data.respondBy,
    ),
    preservation: await preservationStateOf(tx, row),
    linkedCase: await linkedCaseOf(tx, row),
    ...(judgedAt
      ? { judgement: caseJudgement(row, await judgingPolicy(tx, row), verifications, judgedAt) }
      : {}),
  };
}

async function judgingPolicy(tx: Queryable, row: CaseWithPartsRow): Promise<PolicyRecord> {
  if (!row.part_policy) throw new Error('the database holds no policy version in force');
  return policyFromJson(tx, row.part_policy);
}

export async function findDisclosureRecord(
  tx: Queryable,
  caseId: string,
): Promise<DisclosureRecord | null> {
  const [row] = await tx.query<DisclosureRow>(partStatement(CASE_DISCLOSURE), [caseId]);
  return row ? toDisclosureRecord(row) : null;
}

function toDisclosureRecord(row: DisclosureRow): DisclosureRecord {
  return {
    approvedById: row.approved_by,
    approvedByName: row.approved_by_name,
    approvedByUsername: row.approved_by_username,
    approvedAt: row.approved_at.toISOString(),
    outcome: row.outcome,
    comment: row.comment,
    items: row.items,
  };
}
