import { queryOptions, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { IndexShard, ShardEntry } from '../../bundle/index.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchIndexShard(file: string): Promise<IndexShard> {
  return fetchJson<IndexShard>(file);
}

/**
 * Shard files are content-hashed: a name never changes meaning, so the data never goes stale,
 * and there is nothing to share structurally with an older copy (comparing thousands of
 * titles deeply would only cost a long task).
 */
export function indexShardQueryOptions(entry: ShardEntry) {
  return queryOptions({
    queryKey: ['index-shard', entry.file],
    queryFn: () => fetchIndexShard(entry.file),
    staleTime: Infinity,
    structuralSharing: false,
  });
}

export interface IndexShardsState {
  /** Per requested entry, undefined until loaded. */
  shards: Array<IndexShard | undefined>;
  error: Error | null;
  pending: boolean;
  retryFailed: () => void;
}

/**
 * No `combine`: TanStack Query deep-compares a combined result with the previous one, which
 * walks every column of every shard on each render. Here `shards` keeps its identity until
 * a shard object actually changes, so joins downstream rerun only then.
 */
export function useIndexShards(entries: ShardEntry[]): IndexShardsState {
  const results = useQueries({ queries: entries.map(indexShardQueryOptions) });
  const shards = useSameWhileEqual(results.map((result) => result.data));
  return {
    shards,
    error: results.find((result) => result.isError)?.error ?? null,
    pending: results.some((result) => result.isPending),
    retryFailed: () => results.forEach((result) => result.isError && void result.refetch()),
  };
}

/** The previous array for as long as the new one holds the same items, by identity. */
function useSameWhileEqual<T>(items: T[]): T[] {
  const [kept, setKept] = useState(items);
  if (kept.length === items.length && kept.every((item, i) => item === items[i])) return kept;
  setKept(items);
  return items;
}
