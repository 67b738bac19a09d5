import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, OfflineError } from './api-errors';
import { db } from './db';
import { clearEndedSession, endsSession } from './session-ended';
import { sessionKeys } from './query-keys';

export function createQueryClient(): QueryClient {
  // A session that ends mid-work (idle or absolute timeout) sends the user back to sign in.
  const onError = (error: unknown) => {
    if (endsSession(error) && client.getQueryData(sessionKeys.current())) {
      void clearEndedSession(db, error);
      client.setQueryData(sessionKeys.current(), null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Queries read Dexie or fall back to it, so they must run while the browser is offline;
        // connectivity is handled by the query functions, not by pausing them.
        networkMode: 'always',
        retry: (failureCount, error) =>
          !(error instanceof OfflineError) && !isApiError(error) && failureCount < 1,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}
