import { CASE_STATUSES, type CaseStatus } from '../../../shared/case-lifecycle';
import {
  QUEUE_VIEWS,
  SORT_KEYS,
  type QueueFilter,
  type QueueSort,
  type QueueView,
  type SortKey,
} from './queue-model';

/** A list's view, filters and sort as the URL keeps them, so a reload or a link keeps them too. */
export interface QueueQuery {
  filter: QueueFilter;
  sort: QueueSort;
}

const isView = (v: string): v is QueueView => (QUEUE_VIEWS as readonly string[]).includes(v);
const isStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);
const isSortKey = (v: string): v is SortKey => (SORT_KEYS as readonly string[]).includes(v);

function list(value: string | null): string[] {
  return (value ?? '').split(',').filter((v) => v.length > 0);
}

/** Reads `view=…&status=a,b&country=FR,DE&q=…&sort=dueAt:desc`; anything unknown is ignored. */
export function parseQueueParams(params: string, defaults: QueueQuery): QueueQuery {
  const read = new URLSearchParams(params);
  const view = read.get('view') ?? '';
  const [sortKey = '', direction = 'asc'] = (read.get('sort') ?? '').split(':');
  return {
    filter: {
      view: isView(view) ? view : defaults.filter.view,
      statuses: [...new Set(list(read.get('status')).filter(isStatus))],
      countries: [...new Set(list(read.get('country')).filter((c) => /^[A-Z]{2}$/.test(c)))],
      text: read.get('q') ?? '',
    },
    sort: isSortKey(sortKey)
      ? { key: sortKey, direction: direction === 'desc' ? 'desc' : 'asc' }
      : defaults.sort,
  };
}

/** The URL parameters of a query, leaving out what equals the defaults. */
export function queueParams(query: QueueQuery, defaults: QueueQuery): string {
  const write = new URLSearchParams();
  const { filter, sort } = query;
  if (filter.view !== defaults.filter.view) write.set('view', filter.view);
  if (filter.statuses.length > 0) write.set('status', filter.statuses.join(','));
  if (filter.countries.length > 0) write.set('country', filter.countries.join(','));
  if (filter.text !== '') write.set('q', filter.text);
  if (sort.key !== defaults.sort.key || sort.direction !== defaults.sort.direction) {
    write.set('sort', `${sort.key}:${sort.direction}`);
  }
  return write.toString();
}
