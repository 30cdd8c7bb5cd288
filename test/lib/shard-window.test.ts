import { describe, expect, it } from 'vitest';
import type { ShardEntry } from '../../src/bundle/index.ts';
import { densityFromDayCounts } from '../../src/lib/density.ts';
import { MAX_DRAWN_EVENTS, shardIndexOfDay, shardWindow } from '../../src/lib/shard-window.ts';
import { MS_PER_DAY } from '../../src/lib/time-range.ts';

const shard = (firstDay: number, lastDay: number, firstOrdinal: number, count: number): ShardEntry => ({
  key: String(firstDay),
  firstDay,
  lastDay,
  firstOrdinal,
  count,
  file: `index/${firstDay}.json`,
});
// Three shards over days 0-29, ten events a day.
const shards = [shard(0, 9, 0, 100), shard(10, 19, 100, 100), shard(20, 29, 200, 100)];
const density = densityFromDayCounts(0, new Array(30).fill(10));
const days = (from: number, to: number) => ({ start: from * MS_PER_DAY, end: to * MS_PER_DAY });

describe('shardWindow', () => {
  it('needs the shards overlapping the range and prefetches their neighbours', () => {
    expect(shardWindow(shards, density, days(12, 15))).toEqual({ needed: [1], prefetch: [0, 2] });
  });
  it('needs both shards when the range straddles a boundary', () => {
    expect(shardWindow(shards, density, days(8, 12))).toEqual({ needed: [0, 1], prefetch: [2] });
  });
  it('needs nothing when the range holds too many events to draw one by one', () => {
    const crowded = densityFromDayCounts(0, new Array(30).fill(MAX_DRAWN_EVENTS));
    expect(shardWindow(shards, crowded, days(12, 15)).needed).toEqual([]);
  });
});

describe('shardIndexOfDay', () => {
  it('finds the shard covering a day and -1 outside all shards', () => {
    expect(shardIndexOfDay(shards, 0)).toBe(0);
    expect(shardIndexOfDay(shards, 19)).toBe(1);
    expect(shardIndexOfDay(shards, 25)).toBe(2);
    expect(shardIndexOfDay(shards, 30)).toBe(-1);
  });
});
