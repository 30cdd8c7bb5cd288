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
 * `shards` in any order; `nextFirstDay` gives the first day of the shard after each entry so
 * the gap between two shards (no events) counts as loaded too.
 */
export function joinShards(shards: LoadedShard[], nextFirstDay: (entry: ShardEntry) => DayNumber | null): LoadedEvents {
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
    const next = nextFirstDay(entry);
    addSpan(loadedSpans, entry.firstDay, next === null ? entry.lastDay : Math.max(entry.lastDay, next - 1));
  }
  return { ordinals, days, ids, titles, headlineStarts, loadedSpans };
}

function addSpan(spans: Array<[DayNumber, DayNumber]>, from: DayNumber, to: DayNumber): void {
  const last = spans[spans.length - 1];
  if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
  else spans.push([from, to]);
}
