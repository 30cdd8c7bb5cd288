import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_VERSION, dayFromIso } from '../../src/bundle/index.ts';
import { startEarlyFetches } from '../../src/app/early-fetches.ts';

const day = dayFromIso('2015-09-26')!;
const files: Record<string, unknown> = {
  '/data/manifest.json': {
    version: BUNDLE_VERSION, buildId: 'b', eventCount: 1, firstDay: day, lastDay: day, dayCounts: [1], tags: [], stories: [],
    shards: [{ key: '2015', firstDay: day, lastDay: day, firstOrdinal: 0, count: 1, file: 'index/2015.x.json' }], postings: [],
  },
  '/data/index/2015.x.json': { version: BUNDLE_VERSION, key: '2015', days: [day], slugs: ['a'], titles: ['A'], headlineStarts: [0], stories: [-1], tags: [[]], dayFiles: { [day]: 'days/2015/09-26.y.json' } },
  '/data/days/2015/09-26.y.json': { version: BUNDLE_VERSION, day, events: [] },
};

function stubFetch() {
  const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(files[url]), { status: url in files ? 200 : 404 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('startEarlyFetches', () => {
  it('loads a deep-linked day through its index shard as soon as the manifest is in', async () => {
    const fetch = stubFetch();
    const client = new QueryClient();
    startEarlyFetches(client, '/news/2015/09/26/a', '/');
    await vi.waitFor(() => expect(client.getQueryData(['day-detail', 'b', day])).toEqual(files['/data/days/2015/09-26.y.json']));
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/manifest.json', '/data/index/2015.x.json', '/data/days/2015/09-26.y.json']);
  });
  it('asks for nothing on the overview, where React fetches what the first view needs', async () => {
    const fetch = stubFetch();
    startEarlyFetches(new QueryClient(), '/', '/');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).not.toHaveBeenCalled();
  });
});
