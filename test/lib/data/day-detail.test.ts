import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_VERSION, dayFromIso, type DayFile, type IndexShard } from '../../../src/bundle/index.ts';
import { fetchDayDetail, joinDay } from '../../../src/lib/data/day-detail.ts';
import { makeManifest, makeTags } from '../../support/bundle.ts';

const day = dayFromIso('2015-09-20')!;
const tags = [
  'Greek legislative election, September 2015',
  'Northland',
  'Television',
  'Harvest festival',
  'Battle (2015)',
];
const manifest = makeManifest({
  tags: makeTags(tags),
  stories: [
    { name: 'Harvest festival', parent: null, count: 1, tag: 3, size: 2, firstDay: day, lastDay: day, members: 0 },
    { name: 'Battle (2015)', parent: 0, count: 1, tag: 4, size: 1, firstDay: day, lastDay: day, members: 0 },
  ],
});
const shard: IndexShard = {
  version: BUNDLE_VERSION,
  key: '2015',
  days: [day - 1, day, day],
  slugs: ['before', 'a', 'b'],
  titles: ['Before.', 'Harvest festival: Battle (2015): Farmers gather.', 'Voters return.'],
  headlineStarts: [0, 33, 0],
  storyPaths: [[], [0, 1], []],
  tags: [[], [3, 1, 4], [0]],
  relatedOutside: [[], [1], []],
  relatedTitles: [{}, {}, {}],
  dayFiles: {},
};
const event = (slug: string, title: string, related: DayFile['events'][number]['related'] = []) => ({
  id: `2015-09-20/${slug}`,
  day,
  slug,
  title,
  body: [],
  sources: [],
  related,
  file: `news/2015/09/20/${slug}.md`,
});
const dayFile: DayFile = {
  version: BUNDLE_VERSION,
  day,
  events: [
    event('a', 'Harvest festival: Battle (2015): Farmers gather.', [
      {
        id: '2015-09-21/x',
        day: day + 1,
        title: 'X.',
        contexts: 'Northland, Greek legislative election, September 2015',
      },
      { id: '2001-01-01/y', day: dayFromIso('2001-01-01')!, title: 'Y.', contexts: 'Television' },
    ]),
    event('b', 'Voters return.'),
  ],
};

describe('joinDay', () => {
  const [a, b] = joinDay(dayFile, shard, manifest).events;

  it('takes the story path and headline from the index shard', () => {
    expect(a.storyPath).toEqual(['Harvest festival', 'Battle (2015)']);
    expect(a.headline).toBe('Farmers gather.');
    expect(b).toMatchObject({ storyPath: [], headline: 'Voters return.' });
  });

  it('names the tags, alphabetically', () => {
    expect(a.tags).toEqual(['Battle (2015)', 'Harvest festival', 'Northland']);
    expect(b.tags).toEqual(['Greek legislative election, September 2015']);
  });

  it('marks the related entries outside the corpus and splits contexts with the corpus\u2019s comma names', () => {
    expect(a.related.map((entry) => [entry.id, entry.inCollection, entry.contexts])).toEqual([
      ['2015-09-21/x', true, ['Northland', 'Greek legislative election, September 2015']],
      ['2001-01-01/y', false, ['Television']],
    ]);
  });

  it('refuses a day file that does not match the shard (files of two builds)', () => {
    const stale = { ...dayFile, events: [event('c', 'C.'), dayFile.events[1]] };
    expect(() => joinDay(stale, shard, manifest)).toThrow(/does not match its index shard 2015/);
  });
});

describe('joinDay, for folded names and titles', () => {
  const labelled = makeManifest({
    tags: makeTags(tags).map((tag) => (tag.name === 'Harvest festival' ? { ...tag, label: 'Harvest féstival' } : tag)),
    stories: manifest.stories,
  });
  const folded = {
    ...dayFile,
    events: [
      {
        ...dayFile.events[0],
        body: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'Near Iğdır.' }] }],
        related: [
          { id: '2015-09-21/x', day: day + 1, title: 'Harvest festival: X in Igd-r.', contexts: 'Harvest festival' },
          { id: '2001-01-01/y', day: day - 5000, title: 'Harvest festival: Y in Igd-r.', contexts: 'Northland' },
        ],
      },
      dayFile.events[1],
    ],
  };
  const respelled: IndexShard = {
    ...shard,
    relatedTitles: [{}, { 0: 'Harvest festival: X in Iğdır (shown).', 1: 'Harvest festival: Y in Iğdır.' }, {}],
  };
  const [a] = joinDay(folded, respelled, labelled).events;

  it('shows tags, contexts and stories by their labels, keeping the names', () => {
    expect(a.storyPath).toEqual(['Harvest féstival', 'Battle (2015)']);
    expect([a.title, a.headline]).toEqual(['Harvest féstival: Battle (2015): Farmers gather.', 'Farmers gather.']);
    expect(a.tags).toEqual(['Battle (2015)', 'Harvest festival', 'Northland']);
    expect(a.tagLabels).toEqual(['Battle (2015)', 'Harvest féstival', 'Northland']);
    expect(a.related.map((entry) => [entry.contexts, entry.contextLabels])).toEqual([
      [['Harvest festival'], ['Harvest féstival']],
      [['Northland'], ['Northland']],
    ]);
  });

  it('titles related events as the shard respells them, with their stories by their labels', () => {
    expect(a.related.map((entry) => [entry.title, entry.title.slice(entry.headlineStart)])).toEqual([
      ['Harvest féstival: X in Iğdır (shown).', 'X in Iğdır (shown).'],
      ['Harvest féstival: Y in Iğdır.', 'Y in Iğdır.'],
    ]);
  });
});

describe('fetchDayDetail', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a day file that holds another day, as a host serving the wrong file would', async () => {
    const entry = {
      key: '2015',
      firstDay: day - 1,
      lastDay: day,
      firstOrdinal: 0,
      count: 3,
      file: 'index/2015.x.json',
    };
    const files: Record<string, unknown> = {
      'index/2015.x.json': { ...shard, dayFiles: { [day - 1]: 'days/a.json', [day]: 'days/b.json' } },
      'days/b.json': { ...dayFile, day: day - 1, events: [{ ...event('before', 'Before.'), day: day - 1 }] },
    };
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(new Response(JSON.stringify(files[url.replace(/^.*\/data\//, '')]))),
    );
    const withShards = { ...manifest, shards: [entry] };
    await expect(fetchDayDetail(new QueryClient(), withShards, day)).rejects.toThrow(
      "days/b.json holds another day's events",
    );
  });
});
