import { QueryClient } from '@tanstack/react-query';
import { OfflineError } from './api-errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Queries read Dexie or fall back to it, so they must run while the browser is offline;
        // connectivity is handled by the query functions, not by pausing them.
        networkMode: 'always',
        retry: (failureCount, error) => !(error instanceof OfflineError) && failureCount < 1,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
