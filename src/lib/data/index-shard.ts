import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { IndexShard, ShardEntry } from '../../bundle/index.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchIndexShard(file: string): Promise<IndexShard> {
  return fetchJson<IndexShard>(file);
}

/** Shard files are content-hashed: a name never changes meaning, so the data never goes stale. */
export function indexShardQueryOptions(entry: ShardEntry) {
  return queryOptions({
    queryKey: ['index-shard', entry.file],
    queryFn: () => fetchIndexShard(entry.file),
    staleTime: Infinity,
  });
}

export interface IndexShardsState {
  /** Per requested entry, undefined until loaded. */
  shards: Array<IndexShard | undefined>;
  error: Error | null;
  pending: boolean;
  retryFailed: () => void;
}

// Module-level so TanStack Query reruns it only when a query result changes.
function combineShards(results: UseQueryResult<IndexShard>[]): IndexShardsState {
  return {
    shards: results.map((result) => result.data),
    error: results.find((result) => result.isError)?.error ?? null,
    pending: results.some((result) => result.isPending),
    retryFailed: () => results.forEach((result) => result.isError && void result.refetch()),
  };
}

export function useIndexShards(entries: ShardEntry[]): IndexShardsState {
  return useQueries({ queries: entries.map(indexShardQueryOptions), combine: combineShards });
}
