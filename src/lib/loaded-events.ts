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

/** One shard's columns as the timeline wants them, built once per shard (see shardColumns). */
interface ShardColumns {
  ids: string[];
  days: Int32Array;
}

// Keyed by the parsed shard object: shard files are immutable, so their columns never change.
const columnCache = new WeakMap<IndexShard, ShardColumns>();

/** Ids are `YYYY-MM-DD/slug`; the date is formatted once per day, not once per event. */
function shardColumns(shard: IndexShard): ShardColumns {
  const cached = columnCache.get(shard);
  if (cached) return cached;
  const n = shard.days.length;
  const ids = new Array<string>(n);
  const days = Int32Array.from(shard.days);
  let day = Number.NaN;
  let prefix = '';
  for (let i = 0; i < n; i++) {
    if (days[i] !== day) {
      day = days[i];
      prefix = eventId(day, '');
    }
    ids[i] = prefix + shard.slugs[i];
  }
  const columns = { ids, days };
  columnCache.set(shard, columns);
  return columns;
}

/**
 * `shards` in any order. `ownedSpan` gives the days a shard answers for: its own days plus the
 * empty days up to its neighbours (or beyond the corpus ends), which are complete when it is.
 * Each shard's columns are built once and then only copied, so a shard arriving next to
 * loaded ones costs a concatenation, not a rebuild of every id.
 */
export function joinShards(
  shards: LoadedShard[],
  ownedSpan: (entry: ShardEntry) => [DayNumber, DayNumber],
): LoadedEvents {
  const sorted = [...shards].sort((a, b) => a.entry.firstOrdinal - b.entry.firstOrdinal);
  const total = sorted.reduce((sum, s) => sum + s.shard.days.length, 0);
  const ordinals = new Uint32Array(total);
  const days = new Int32Array(total);
  const loadedSpans: Array<[DayNumber, DayNumber]> = [];
  let at = 0;
  for (const { entry, shard } of sorted) {
    const columns = shardColumns(shard);
    for (let i = 0; i < columns.days.length; i++) ordinals[at + i] = entry.firstOrdinal + i;
    days.set(columns.days, at);
    at += columns.days.length;
    const [from, to] = ownedSpan(entry);
    addSpan(loadedSpans, from, to);
  }
  // One concat per column (spreading a big shard into push() could overflow the stack).
  const ids = ([] as string[]).concat(...sorted.map(({ shard }) => shardColumns(shard).ids));
  const titles = ([] as string[]).concat(...sorted.map(({ shard }) => shard.titles));
  const headlineStarts = ([] as number[]).concat(...sorted.map(({ shard }) => shard.headlineStarts));
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
      [
        i > 0 ? shards[i - 1].lastDay + 1 : entry.firstDay - FAR,
        i < shards.length - 1 ? shards[i + 1].firstDay - 1 : entry.lastDay + FAR,
      ],
    ]),
  );
}
