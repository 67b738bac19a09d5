import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, EMPTY_FILTER } from './queue-model';
import { parseQueueParams, queueParams, type QueueQuery } from './queue-params';

const DEFAULTS: QueueQuery = { filter: EMPTY_FILTER, sort: DEFAULT_SORT };

describe('queue parameters in the URL', () => {
  it('round-trips a view, several statuses and countries, a search and a sort', () => {
    const query: QueueQuery = {
      filter: {
        view: 'mine',
        statuses: ['received', 'returned'],
        countries: ['FR', 'DE'],
        text: '+33 6 12',
      },
      sort: { key: 'dueAt', direction: 'desc' },
    };
    expect(parseQueueParams(queueParams(query, DEFAULTS), DEFAULTS)).toEqual(query);
  });

  it('leaves the defaults out, so the plain queue has a plain address', () => {
    expect(queueParams(DEFAULTS, DEFAULTS)).toBe('');
    expect(parseQueueParams('', DEFAULTS)).toEqual(DEFAULTS);
  });

  it('ignores what it does not know rather than failing', () => {
    expect(
      parseQueueParams(
        'view=nowhere&status=received,bogus,received&country=fr,DE&sort=x:y',
        DEFAULTS,
      ),
    ).toEqual({
      filter: { ...EMPTY_FILTER, statuses: ['received'], countries: ['DE'] },
      sort: DEFAULT_SORT,
    });
  });
});
