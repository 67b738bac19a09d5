import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { API } from '../../../shared/api';
import { DUE_NOTIFICATIONS_MAX_CASES } from '../../../shared/disclosure/user-notifications';
import { callApi } from '../../lib/api-client';
import { formatCount, formatDate } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { notificationKeys } from '../../lib/query-keys';
import { useSession } from '../../lib/session';

/** Cases listed at first, and added by each "show more": the longest due first. */
const LISTED_CASES = 20;
const MORE_CASES = 100;

/**
 * The reminder reviewers see above the queue: users whose notification is due because the
 * order's non-disclosure term has ended (or data was disclosed under an order without one).
 * Asked of the case service; shows nothing while nothing is due or the service is away.
 * A desk that never recorded its notifications can owe tens of thousands: the counts cover
 * them all, the list only the cases due longest, more on request.
 * Memoised: the queue renders on every keystroke of a filter.
 */
export const NotificationsDue = memo(function NotificationsDue() {
  const session = useSession();
  const role = session.data?.user.role;
  const works = role === 'reviewer' || role === 'supervisor';
  const [limit, setLimit] = useState(LISTED_CASES);
  const due = useQuery({
    queryKey: notificationKeys.due(limit),
    queryFn: () => callApi(API.dueNotifications, { query: { limit } }),
    enabled: works,
    // Each ask reads the term of every gagged case on the service (a fifth of a second at
    // 100,000 cases, half at 250,000), holding the embedded service's one connection: going
    // back and forth between a case and the queue asks once a minute at most. A notification
    // recorded here marks the list out of date at once.
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
    // Asking for more keeps the cases already listed on screen until the longer list comes.
    placeholderData: keepPreviousData,
  });
  const data = due.data;
  if (!works || !data || data.users === 0) return null;
  const byCase = new Map<string, { reference: string; labels: string[]; dueFrom: string }>();
  for (const item of data.due) {
    const entry = byCase.get(item.caseId) ?? {
      reference: item.reference,
      labels: [],
      dueFrom: item.dueFrom,
    };
    entry.labels.push(item.label);
    byCase.set(item.caseId, entry);
  }
  const unlisted = data.cases - byCase.size;
  const more = Math.min(unlisted, MORE_CASES, DUE_NOTIFICATIONS_MAX_CASES - byCase.size);
  return (
    <section className="notice notice-warning" aria-labelledby="notifications-due-heading">
      <h2 id="notifications-due-heading">Notifications due</h2>
      <p>
        {data.users === 1 ? 'One user is' : `${formatCount(data.users)} users are`} to be told of
        the orders about them; the orders no longer prohibit it.
        {data.cases > 1 &&
          ` ${formatCount(data.cases)} cases, ${unlisted > 0 ? `the ${formatCount(byCase.size)} due longest listed` : 'longest due first'}.`}
      </p>
      <ul>
        {[...byCase].map(([caseId, entry]) => (
          <li key={caseId}>
            <a href={hrefFor({ screen: 'case', caseId })}>{entry.reference}</a>:{' '}
            {entry.labels.join(', ')}, due since {formatDate(entry.dueFrom)}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          disabled={due.isFetching}
          onClick={() => setLimit(byCase.size + more)}
        >
          Show {formatCount(more)} more
        </button>
      )}
      {unlisted > 0 && more === 0 && (
        <p>
          {formatCount(unlisted)} more cases are not listed here; they come up as the ones above are
          recorded.
        </p>
      )}
    </section>
  );
});
