import { queryOptions, useQueries } from '@tanstack/react-query';
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

export function useIndexShards(entries: ShardEntry[]) {
  return useQueries({ queries: entries.map(indexShardQueryOptions) });
}
