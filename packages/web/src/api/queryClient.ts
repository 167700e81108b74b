import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { sessionQueryKey } from './useSession';

/** One QueryClient for the app: no retries on 4xx, and a 401 anywhere ends the session. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const isSessionQuery = query.queryKey[0] === sessionQueryKey[0];
        if (error instanceof ApiError && error.status === 401 && !isSessionQuery) {
          // The session expired or was ended elsewhere: the route guards send the
          // person back to sign in.
          queryClient.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
