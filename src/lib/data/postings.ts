import { queryOptions, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PostingsShard } from '../../bundle/index.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchPostings(file: string): Promise<PostingsShard> {
  return fetchJson<PostingsShard>(file);
}

/** Content-hashed and immutable: no structural sharing to compute. */
export function postingsQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['postings', file],
    queryFn: () => fetchPostings(file),
    staleTime: Infinity,
    structuralSharing: false,
  });
}

/** Starts loading postings files (once; cached forever after). */
export function prefetchPostings(queryClient: QueryClient, files: readonly string[]): void {
  for (const file of files) void queryClient.prefetchQuery(postingsQueryOptions(file));
}

/**
 * Fetches the postings of tags the user is likely to click next (an open event's tags), so
 * the filter does not wait for the network after the click. Not deferred to idle time: the
 * click can come before the busy page ever idles, and these are a few small files.
 */
export function usePrefetchPostings(files: readonly string[]): void {
  const queryClient = useQueryClient();
  const key = files.join('\n');
  useEffect(() => {
    if (key !== '') prefetchPostings(queryClient, key.split('\n'));
  }, [key, queryClient]);
}

export function usePostingsFiles(files: string[]) {
  return useQueries({ queries: files.map(postingsQueryOptions) });
}
