import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, isoFromDay, type IndexShard, type ShardEntry } from '../../src/bundle/index.ts';
import { joinShards, ownedSpans } from '../../src/lib/loaded-events.ts';

function loaded(firstDay: number, lastDay: number, firstOrdinal: number, days: number[]) {
  const entry: ShardEntry = { key: String(firstDay), firstDay, lastDay, firstOrdinal, count: days.length, file: '' };
  const shard: IndexShard = {
    version: BUNDLE_VERSION,
    key: entry.key,
    days,
    slugs: days.map((_, i) => `e${firstOrdinal + i}`),
    titles: days.map((_, i) => `Title ${firstOrdinal + i}`),
    headlineStarts: days.map(() => 0),
    storyPaths: days.map(() => []),
    tags: days.map(() => []),
    relatedOutside: days.map(() => []),
    relatedTitles: days.map(() => ({})),
    dayFiles: {},
  };
  return { entry, shard };
}

describe('joinShards', () => {
  it('orders events by ordinal whatever order the shards arrive in, with ids from day and slug', () => {
    const a = loaded(16000, 16010, 0, [16000, 16005]);
    const b = loaded(16020, 16030, 2, [16020]);
    const events = joinShards([b, a], (entry) => [entry.firstDay, entry.lastDay]);
    expect([...events.ordinals]).toEqual([0, 1, 2]);
    expect([...events.days]).toEqual([16000, 16005, 16020]);
    expect(events.ids[2]).toBe(`${isoFromDay(16020)}/e2`);
  });
  const a = loaded(100, 110, 0, [100]);
  const b = loaded(120, 130, 1, [125]);
  const c = loaded(300, 310, 50, [300]);
  const spans = ownedSpans([a.entry, b.entry, c.entry]);
  const owned = (entry: ShardEntry) => spans.get(entry)!;

  it('lets each shard answer for the empty days up to its neighbours and beyond the corpus ends', () => {
    const [first, middle, last] = [owned(a.entry), owned(b.entry), owned(c.entry)];
    expect(first[0]).toBeLessThan(0);
    expect(first[1]).toBe(119);
    expect(middle).toEqual([111, 299]);
    expect(last[0]).toBe(131);
    expect(last[1]).toBeGreaterThan(100_000);
  });
  it('merges neighbouring loaded shards into one span', () => {
    expect(joinShards([a, b], owned).loadedSpans).toEqual([[owned(a.entry)[0], 299]]);
  });
  it('keeps separate spans when a shard between them is not loaded', () => {
    expect(joinShards([a, c], owned).loadedSpans).toEqual([owned(a.entry), owned(c.entry)]);
  });
});

describe('joinShards ids', () => {
  it('forms each id from its own day when a shard spans several days, also on a second join', () => {
    const shard = loaded(16000, 16010, 0, [16000, 16000, 16003]);
    const other = loaded(16011, 16020, 3, [16011]);
    const first = joinShards([shard], (entry) => [entry.firstDay, entry.lastDay]);
    const again = joinShards([other, shard], (entry) => [entry.firstDay, entry.lastDay]);
    const expected = [`${isoFromDay(16000)}/e0`, `${isoFromDay(16000)}/e1`, `${isoFromDay(16003)}/e2`];
    expect(first.ids).toEqual(expected);
    expect(again.ids).toEqual([...expected, `${isoFromDay(16011)}/e3`]);
    expect(again.titles).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3']);
    expect([...again.days]).toEqual([16000, 16000, 16003, 16011]);
  });
});
