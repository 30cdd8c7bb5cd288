/** Joins loaded index shards into the columns the timeline draws. */
import { eventId, type IndexShard, type ShardEntry, type DayNumber } from '../bundle/index.ts';

export interface LoadedShard {
  entry: ShardEntry;
  shard: IndexShard;
}

export interface LoadedEvents {
  ordinals: Uint32Array;
  days: Int32Array;
  ids: string[];
  titles: string[];
  headlineStarts: number[];
  loadedSpans: Array<[DayNumber, DayNumber]>;
}

/**
 * `shards` in any order. `ownedSpan` gives the days a shard answers for: its own days plus the
 * empty days up to its neighbours (or beyond the corpus ends), which are complete when it is.
 */
export function joinShards(shards: LoadedShard[], ownedSpan: (entry: ShardEntry) => [DayNumber, DayNumber]): LoadedEvents {
  const sorted = [...shards].sort((a, b) => a.entry.firstOrdinal - b.entry.firstOrdinal);
  const total = sorted.reduce((sum, s) => sum + s.shard.days.length, 0);
  const ordinals = new Uint32Array(total);
  const days = new Int32Array(total);
  const ids: string[] = [];
  const titles: string[] = [];
  const headlineStarts: number[] = [];
  const loadedSpans: Array<[DayNumber, DayNumber]> = [];
  let at = 0;
  for (const { entry, shard } of sorted) {
    for (let i = 0; i < shard.days.length; i++, at++) {
      ordinals[at] = entry.firstOrdinal + i;
      days[at] = shard.days[i];
      ids.push(eventId(shard.days[i], shard.slugs[i]));
      titles.push(shard.titles[i]);
      headlineStarts.push(shard.headlineStarts[i]);
    }
    const [from, to] = ownedSpan(entry);
    addSpan(loadedSpans, from, to);
  }
  return { ordinals, days, ids, titles, headlineStarts, loadedSpans };
}

function addSpan(spans: Array<[DayNumber, DayNumber]>, from: DayNumber, to: DayNumber): void {
  const last = spans[spans.length - 1];
  if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
  else spans.push([from, to]);
}

/** The span each shard answers for, given all shards in ordinal order (see joinShards). */
export function ownedSpans(shards: ShardEntry[]): Map<ShardEntry, [DayNumber, DayNumber]> {
  // No events lie beyond the corpus ends; a wide margin stands for "forever".
  const FAR = 1_000_000;
  return new Map(
    shards.map((entry, i) => [
      entry,
      [i > 0 ? shards[i - 1].lastDay + 1 : entry.firstDay - FAR, i < shards.length - 1 ? shards[i + 1].firstDay - 1 : entry.lastDay + FAR],
    ]),
  );
}
