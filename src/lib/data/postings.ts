import { queryOptions, useQueries } from '@tanstack/react-query';
import type { PostingsShard } from '../../bundle/index.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchPostings(file: string): Promise<PostingsShard> {
  return fetchJson<PostingsShard>(file);
}

export function postingsQueryOptions(file: string) {
  return queryOptions({ queryKey: ['postings', file], queryFn: () => fetchPostings(file), staleTime: Infinity });
}

export function usePostingsFiles(files: string[]) {
  return useQueries({ queries: files.map(postingsQueryOptions) });
}
