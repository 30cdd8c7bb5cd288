import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DayFile, DayNumber, Manifest } from '../../bundle/index.ts';
import { shardIndexOfDay } from '../shard-window.ts';
import { fetchJson } from './fetch-json.ts';
import { indexShardQueryOptions } from './index-shard.ts';
import { joinDay, type DayDetail } from './join-day.ts';

export { joinDay, type DayDetail, type EventDetail, type RelatedEntry } from './join-day.ts';

/** Finds the day's file through its index shard (cached), then loads it. Null when the day has no events. */
export async function fetchDayDetail(
  queryClient: QueryClient,
  manifest: Manifest,
  day: DayNumber,
): Promise<DayDetail | null> {
  const shardIndex = shardIndexOfDay(manifest.shards, day);
  if (shardIndex < 0) return null;
  const shard = await queryClient.ensureQueryData(indexShardQueryOptions(manifest.shards[shardIndex]));
  const file = shard.dayFiles[String(day)];
  if (!file) return null;
  const dayFile = await fetchJson<DayFile>(file);
  // Like a shard's key: a file served under another day's name would show that day's events here.
  if (dayFile.day !== day) throw new Error(`${file} holds another day's events; reload the page`);
  return joinDay(dayFile, shard, manifest);
}

export function dayDetailQueryOptions(queryClient: QueryClient, manifest: Manifest, day: DayNumber) {
  return queryOptions({
    queryKey: ['day-detail', manifest.buildId, day],
    queryFn: () => fetchDayDetail(queryClient, manifest, day),
    staleTime: Infinity,
  });
}

/** `day` null loads nothing (e.g. no previous day at the corpus edge). */
export function useDayDetail(manifest: Manifest, day: DayNumber | null) {
  const queryClient = useQueryClient();
  return useQuery({ ...dayDetailQueryOptions(queryClient, manifest, day ?? -1), enabled: day !== null });
}
