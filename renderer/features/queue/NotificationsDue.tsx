import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { useSession } from '../../lib/session';

/**
 * The reminder reviewers see above the queue: users whose notification is due because the
 * order's non-disclosure term has ended (or data was disclosed under an order without one).
 * Asked of the case service; shows nothing while nothing is due or the service is away.
 * Memoised: its list can run to thousands of lines, and the queue renders on every keystroke
 * of a filter.
 */
export const NotificationsDue = memo(function NotificationsDue() {
  const session = useSession();
  const role = session.data?.user.role;
  const works = role === 'reviewer' || role === 'supervisor';
  const due = useQuery({
    queryKey: ['notifications', 'due'],
    queryFn: () => callApi(API.dueNotifications),
    enabled: works,
    refetchInterval: 5 * 60_000,
  });
  const items = due.data?.due ?? [];
  if (!works || items.length === 0) return null;
  const byCase = new Map<string, { reference: string; labels: string[]; dueFrom: string }>();
  for (const item of items) {
    const entry = byCase.get(item.caseId) ?? {
      reference: item.reference,
      labels: [],
      dueFrom: item.dueFrom,
    };
    entry.labels.push(item.label);
    byCase.set(item.caseId, entry);
  }
  return (
    <section className="notice notice-warning" aria-labelledby="notifications-due-heading">
      <h2 id="notifications-due-heading">Notifications due</h2>
      <p>
        {items.length === 1 ? 'One user is' : `${items.length} users are`} to be told of the orders
        about them; the orders no longer prohibit it.
      </p>
      <ul>
        {[...byCase].map(([caseId, entry]) => (
          <li key={caseId}>
            <a href={hrefFor({ screen: 'case', caseId })}>{entry.reference}</a>:{' '}
            {entry.labels.join(', ')}, due since {formatDate(entry.dueFrom)}
          </li>
        ))}
      </ul>
    </section>
  );
});
