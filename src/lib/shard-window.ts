/** Which index shards the visible range needs, and which are worth prefetching. */
import { bisector } from 'd3-array';
import type { ShardEntry } from '../bundle/index.ts';
import { countInDays, type Density } from './density.ts';
import type { TimeRange } from './time-range.ts';
import { daysOfRange } from './view-range.ts';

/**
 * Above this many visible events the timeline draws density only, so fetching the events
 * themselves would be wasted bytes.
 */
export const MAX_DRAWN_EVENTS = 6000;

export interface ShardWindow {
  /** Indices into Manifest.shards overlapping the range. */
  needed: number[];
  /** The shard either side of the needed ones, for panning. */
  prefetch: number[];
}

/** `maxEvents`: the list view asks for a screenful of rows, however many events lie between them. */
export function shardWindow(
  shards: ShardEntry[],
  density: Density,
  range: TimeRange,
  maxEvents = MAX_DRAWN_EVENTS,
): ShardWindow {
  const [fromDay, toDay] = daysOfRange(range);
  if (countInDays(density, fromDay, toDay) > maxEvents) return { needed: [], prefetch: [] };
  const needed: number[] = [];
  shards.forEach((entry, i) => {
    if (entry.lastDay >= fromDay && entry.firstDay < toDay) needed.push(i);
  });
  if (needed.length === 0) return { needed, prefetch: [] };
  const prefetch = [needed[0] - 1, needed[needed.length - 1] + 1].filter((i) => i >= 0 && i < shards.length);
  return { needed, prefetch };
}

const byLastDay = bisector((shard: ShardEntry) => shard.lastDay);

/** The shard holding a day's events, or -1 when no shard covers it. */
export function shardIndexOfDay(shards: ShardEntry[], day: number): number {
  const index = byLastDay.left(shards, day);
  return index < shards.length && shards[index].firstDay <= day ? index : -1;
}
