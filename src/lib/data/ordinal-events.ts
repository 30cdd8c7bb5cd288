/** Events by ordinal, read from their index shards (loaded on demand, cached forever). */
import { bisector } from 'd3-array';
import { useMemo } from 'react';
import {
  eventId,
  type DayNumber,
  type EventId,
  type Manifest,
  type ShardEntry,
  type StoryId,
} from '../../bundle/index.ts';
import { useIndexShards } from './index-shard.ts';

export interface OrdinalEvent {
  ordinal: number;
  id: EventId;
  day: DayNumber;
  title: string;
  /** Where the headline starts in the title. */
  headlineStart: number;
  storyPath: StoryId[];
}

const byFirstOrdinal = bisector((entry: ShardEntry) => entry.firstOrdinal);

/** The index of the shard holding an ordinal. */
export function shardOfOrdinal(shards: readonly ShardEntry[], ordinal: number): number {
  return byFirstOrdinal.right(shards, ordinal) - 1;
}

/** One entry per ordinal, undefined until its shard is in. Only the shards these need are fetched. */
export function useOrdinalEvents(manifest: Manifest, ordinals: readonly number[]): Array<OrdinalEvent | undefined> {
  const key = ordinals.join(',');
  const shardIndices = useMemo(
    () => [...new Set(ordinals.map((ordinal) => shardOfOrdinal(manifest.shards, ordinal)))].filter((i) => i >= 0),
    // The ordinals' contents are in `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, manifest],
  );
  const entries = useMemo(() => shardIndices.map((i) => manifest.shards[i]), [shardIndices, manifest]);
  const { shards } = useIndexShards(entries);
  return useMemo(
    () =>
      ordinals.map((ordinal) => {
        const at = shardIndices.indexOf(shardOfOrdinal(manifest.shards, ordinal));
        const shard = shards[at];
        if (!shard) return undefined;
        const i = ordinal - entries[at].firstOrdinal;
        return {
          ordinal,
          id: eventId(shard.days[i], shard.slugs[i]),
          day: shard.days[i],
          title: shard.titles[i],
          headlineStart: shard.headlineStarts[i],
          storyPath: shard.storyPaths[i],
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, shards, shardIndices, entries, manifest],
  );
}
