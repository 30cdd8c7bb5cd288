import { describe, expect, it } from 'vitest';
import { isoFromDay, type IndexShard, type ShardEntry } from '../../src/bundle/index.ts';
import { joinShards } from '../../src/lib/loaded-events.ts';

function loaded(firstDay: number, lastDay: number, firstOrdinal: number, days: number[]) {
  const entry: ShardEntry = { key: String(firstDay), firstDay, lastDay, firstOrdinal, count: days.length, file: '' };
  const shard: IndexShard = {
    version: 1, key: entry.key, days, slugs: days.map((_, i) => `e${firstOrdinal + i}`),
    titles: days.map((_, i) => `Title ${firstOrdinal + i}`), headlineStarts: days.map(() => 0),
    stories: days.map(() => -1), tags: days.map(() => []), dayFiles: {},
  };
  return { entry, shard };
}

describe('joinShards', () => {
  it('orders events by ordinal whatever order the shards arrive in, with ids from day and slug', () => {
    const a = loaded(16000, 16010, 0, [16000, 16005]);
    const b = loaded(16020, 16030, 2, [16020]);
    const events = joinShards([b, a], () => null);
    expect([...events.ordinals]).toEqual([0, 1, 2]);
    expect([...events.days]).toEqual([16000, 16005, 16020]);
    expect(events.ids[2]).toBe(`${isoFromDay(16020)}/e2`);
  });
  it('merges adjacent shards into one loaded span, counting the gap before the next shard', () => {
    const a = loaded(100, 110, 0, [100]);
    const b = loaded(120, 130, 1, [125]);
    const next = (entry: ShardEntry) => (entry.firstDay === 100 ? 120 : null);
    expect(joinShards([a, b], next).loadedSpans).toEqual([[100, 130]]);
  });
  it('keeps separate spans for shards that are not neighbours', () => {
    const a = loaded(100, 110, 0, [100]);
    const b = loaded(300, 310, 50, [300]);
    expect(joinShards([a, b], () => null).loadedSpans).toEqual([[100, 110], [300, 310]]);
  });
});
