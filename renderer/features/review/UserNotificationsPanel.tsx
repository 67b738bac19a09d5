import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { API } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import {
  NOTIFICATION_STATE_LABELS,
  type TargetNotification,
} from '../../../shared/disclosure/user-notifications';
import { ErrorNotice } from '../../components/ErrorNotice';
import { callApi } from '../../lib/api-client';
import { formatDate, formatDateTime } from '../../lib/format';
import { caseKeys, notificationKeys } from '../../lib/query-keys';
import { useSession } from '../../lib/session';

const notificationsKey = (caseId: string) => [...caseKeys.detail(caseId), 'notifications'];

/** Now as a local date-time for the input, to the minute. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function RecordSent({ caseId, target }: { caseId: string; target: TargetNotification }) {
  const queryClient = useQueryClient();
  const [sentAt, setSentAt] = useState(localNow);
  const record = useMutation({
    mutationFn: () =>
      callApi(API.recordNotification, {
        params: { caseId },
        body: { target: target.target, sentAt: new Date(sentAt).toISOString() },
      }),
    onSuccess: (states) => {
      queryClient.setQueryData(notificationsKey(caseId), states);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
  const inputId = `notified-${caseId}-${target.target}`;
  return (
    <form
      className="notification-form"
      aria-label={`Record that ${target.label} was notified`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!Number.isNaN(Date.parse(sentAt))) record.mutate();
      }}
    >
      <ErrorNotice error={record.error} />
      <label htmlFor={inputId}>Notified on</label>{' '}
      <input
        id={inputId}
        type="datetime-local"
        value={sentAt}
        onChange={(e) => setSentAt(e.target.value)}
      />{' '}
      <button type="submit" disabled={record.isPending}>
        Record notification
      </button>
    </form>
  );
}

/**
 * Whether each person named in the order may be told of it: the order's non-disclosure term,
 * and per target when notification is due, until when it is prohibited, and when it was sent.
 * Computed by the case service from the order and the dates; nothing shows for an order
 * with no such term from which nothing was disclosed.
 */
export function UserNotificationsPanel({ detail }: { detail: CaseDetail }) {
  const session = useSession();
  const states = useQuery({
    queryKey: notificationsKey(detail.id),
    queryFn: () => callApi(API.caseNotifications, { params: { caseId: detail.id } }),
  });
  const role = session.data?.user.role;
  const mayRecord = role === 'reviewer' || role === 'supervisor';
  const targets = states.data?.targets ?? [];
  if (!states.error && targets.length === 0) return null;
  const term = states.data?.term ?? null;
  const due = targets.filter((t) => t.state === 'due');
  return (
    <section className="panel" aria-labelledby="user-notifications-heading">
      <h2 id="user-notifications-heading">Notifying the users</h2>
      <ErrorNotice error={states.error} />
      {due.length > 0 && (
        <div className="notice notice-warning" role="note">
          {term
            ? `The non-disclosure term has ended: ${due.length === 1 ? 'one user is' : `${due.length} users are`} to be notified.`
            : `${due.length === 1 ? 'One user is' : `${due.length} users are`} to be notified of the disclosure.`}
        </div>
      )}
      {term ? (
        <p>
          The order prohibits telling the users{' '}
          {term.until ? `until ${formatDate(term.until)} inclusive` : 'with no end date'}.
          {term.terms && (
            <>
              {' '}
              Its terms: <q>{term.terms}</q>
            </>
          )}
        </p>
      ) : (
        <p>The order has no non-disclosure term.</p>
      )}
      <table className="grid">
        <caption>Notification of each target</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Notification</th>
            <th scope="col">Prohibited until</th>
            <th scope="col">Due from</th>
            <th scope="col">Sent</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => (
            <tr key={t.target}>
              <th scope="row">{t.label}</th>
              <td>{NOTIFICATION_STATE_LABELS[t.state]}</td>
              <td>
                {t.prohibitedUntil ? formatDate(t.prohibitedUntil) : term ? 'No end date' : '—'}
              </td>
              <td>{t.dueFrom ? formatDateTime(t.dueFrom) : '—'}</td>
              <td>
                {t.sentAt ? (
                  `${formatDateTime(t.sentAt)}, recorded by ${t.recordedByName ?? ''}`
                ) : t.state === 'due' && mayRecord ? (
                  <RecordSent caseId={detail.id} target={t} />
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
