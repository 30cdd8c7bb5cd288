import { QueryClient } from '@tanstack/react-query';
import { refetchManifestOnRebuild } from '../lib/data/manifest.ts';

export function createAppQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    // One quick retry, then show the error and a Retry button rather than spin for seconds.
    defaultOptions: { queries: { retry: 1, retryDelay: 300, refetchOnWindowFocus: false } },
  });
  refetchManifestOnRebuild(queryClient);
  return queryClient;
}
