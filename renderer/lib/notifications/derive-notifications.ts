import type { CaseStatus } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';
import type { Role } from '../../../shared/roles';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Cases still being worked: the only ones that call for anybody's attention. */
export const ATTENTION_STATUSES: readonly CaseStatus[] = [
  'received',
  'in_review',
  'awaiting_information',
  'returned',
  'signed_off',
];
const BEFORE_SIGN_OFF: readonly CaseStatus[] = [
  'received',
  'in_review',
  'awaiting_information',
  'returned',
];

/** The key of a new emergency: also set by the intake, so nobody is told of their own import. */
export const emergencyKey = (caseId: string): string => `emergency:${caseId}`;

export type NotificationCase = Pick<
  CaseSummary,
  'id' | 'reference' | 'status' | 'emergency' | 'dueAt' | 'assigneeId' | 'version' | 'authorityName'
>;

/** What this workstation last saw of a case, to tell a change from a state of long standing. */
export interface SeenCase {
  status: CaseStatus;
}

export interface DeskNotification {
  /** Once per case and event: the same key never notifies twice. */
  key: string;
  caseId: string;
  title: string;
  body: string;
}

export interface Viewer {
  id: string;
  role: Role;
}

/**
 * What to tell the user about the mirror as it now is: a new emergency, a case of theirs due
 * within 24 hours, a case returned to them, a new sign-off awaiting their approval. `seen` is
 * null on the first look after sign-in: cases already there then are not news, except what is
 * the user's own to act on (due soon, returned), which `fired` keeps from being said twice.
 */
export function deriveNotifications(
  seen: ReadonlyMap<string, SeenCase> | null,
  cases: readonly NotificationCase[],
  viewer: Viewer,
  now: number,
  fired: ReadonlySet<string>,
): DeskNotification[] {
  const out: DeskNotification[] = [];
  const add = (n: DeskNotification) => {
    if (!fired.has(n.key) && !out.some((o) => o.key === n.key)) out.push(n);
  };
  for (const c of cases) {
    const before = seen?.get(c.id);
    const mine = c.assigneeId === viewer.id;
    const what = `Case ${c.reference} from ${c.authorityName}`;
    if (
      c.emergency &&
      seen !== null &&
      before === undefined &&
      BEFORE_SIGN_OFF.includes(c.status)
    ) {
      add({ key: emergencyKey(c.id), caseId: c.id, title: 'New emergency order', body: what });
    }
    const left = Date.parse(c.dueAt) - now;
    if (mine && BEFORE_SIGN_OFF.includes(c.status) && left > 0 && left <= DAY_MS) {
      add({
        key: `due:${c.id}:${c.dueAt}`,
        caseId: c.id,
        title: 'A case of yours is due within 24 hours',
        body: what,
      });
    }
    if (mine && c.status === 'returned' && before?.status !== 'returned') {
      add({
        key: `returned:${c.id}:${c.version}`,
        caseId: c.id,
        title: 'A case was returned to you',
        body: what,
      });
    }
    if (
      viewer.role === 'supervisor' &&
      !mine &&
      c.status === 'signed_off' &&
      seen !== null &&
      before?.status !== 'signed_off'
    ) {
      add({
        key: `approval:${c.id}:${c.version}`,
        caseId: c.id,
        title: 'A sign-off awaits your approval',
        body: what,
      });
    }
  }
  return out;
}

export function snapshotOf(cases: readonly NotificationCase[]): Map<string, SeenCase> {
  return new Map(cases.map((c) => [c.id, { status: c.status }]));
}
