import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_VERSION, dayFromIso } from '../../src/bundle/index.ts';
import { startEarlyFetches } from '../../src/app/early-fetches.ts';
import { makeDayEvent } from '../support/bundle.ts';

const day = dayFromIso('2015-09-26')!;
const dayEvent = makeDayEvent('2015-09-26', 'a', { title: 'A' });
const files: Record<string, unknown> = {
  '/data/manifest.json': {
    version: BUNDLE_VERSION,
    buildId: 'b',
    eventCount: 1,
    firstDay: day,
    lastDay: day,
    dayCounts: [1],
    stories: [],
    tags: [{ name: 'Iran', count: 1, postings: 0, isStory: false }],
    shards: [{ key: '2015', firstDay: day, lastDay: day, firstOrdinal: 0, count: 1, file: 'index/2015.x.json' }],
    postings: ['tags/0.z.json'],
  },
  '/data/index/2015.x.json': {
    version: BUNDLE_VERSION,
    key: '2015',
    days: [day],
    slugs: ['a'],
    titles: ['A'],
    headlineStarts: [0],
    storyPaths: [[]],
    tags: [[0]],
    relatedOutside: [[]],
    relatedTitles: [{}],
    dayFiles: { [day]: 'days/2015/09-26.y.json' },
  },
  '/data/days/2015/09-26.y.json': { version: BUNDLE_VERSION, day, events: [dayEvent] },
  '/data/tags/0.z.json': { version: BUNDLE_VERSION, tags: { 0: [0] } },
};

function stubFetch() {
  const fetch = vi.fn(
    async (url: string) => new Response(JSON.stringify(files[url]), { status: url in files ? 200 : 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('startEarlyFetches', () => {
  it('loads a deep-linked day through its index shard, then the postings of the event\u2019s tags', async () => {
    const fetch = stubFetch();
    const client = new QueryClient();
    startEarlyFetches(client, '/news/2015/09/26/a', '/');
    await vi.waitFor(() => expect(client.getQueryData(['postings', 'tags/0.z.json'])).toBeDefined());
    expect(client.getQueryData(['day-detail', 'b', day])).toEqual({
      day,
      // The day file's fields but `file` (toEqual skips an undefined one), plus what the shard adds.
      events: [
        {
          ...dayEvent,
          file: undefined,
          storyPath: [],
          storyIds: [],
          headline: 'A',
          tags: ['Iran'],
          tagLabels: ['Iran'],
        },
      ],
      sections: null,
    });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/data/manifest.json',
      '/data/index/2015.x.json',
      '/data/days/2015/09-26.y.json',
      '/data/tags/0.z.json',
    ]);
  });
  it('loads only the day for a day link', async () => {
    const fetch = stubFetch();
    const client = new QueryClient();
    startEarlyFetches(client, '/news/2015/09/26', '/');
    await vi.waitFor(() => expect(client.getQueryData(['day-detail', 'b', day])).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).toHaveBeenCalledTimes(3);
  });
  it('asks for nothing on the overview, where React fetches what the first view needs', async () => {
    const fetch = stubFetch();
    startEarlyFetches(new QueryClient(), '/', '/');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).not.toHaveBeenCalled();
  });
});
