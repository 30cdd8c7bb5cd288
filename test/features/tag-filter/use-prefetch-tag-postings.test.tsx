// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrefetchTagPostings, useTagIntent } from '../../../src/features/tag-filter/index.ts';
import { makeManifest, makePostings, makeTags } from '../../support/bundle.ts';

const manifest = makeManifest({
  tags: makeTags(['Iran', 'Syria'], [0, 1]),
  postings: ['tags/0.aa.json', 'tags/1.bb.json'],
});

function setup() {
  const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(makePostings())));
  vi.stubGlobal('fetch', fetch);
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { fetch, client, wrapper };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('tag postings prefetch', () => {
  it('loads the postings of an open event\u2019s tags, skipping unknown names', async () => {
    const { fetch, client, wrapper } = setup();
    renderHook(() => usePrefetchTagPostings(manifest, ['Syria', 'Unknown']), { wrapper });
    await vi.waitFor(() => expect(client.getQueryData(['postings', 'tags/1.bb.json'])).toBeDefined());
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/tags/1.bb.json']);
    expect(client.getQueryData(['postings', 'tags/1.bb.json'])).toEqual(makePostings());
  });
  it('loads a tag\u2019s postings when the pointer shows intent, once', async () => {
    const { fetch, wrapper } = setup();
    const { result } = renderHook(() => useTagIntent(manifest), { wrapper });
    act(() => result.current('Iran'));
    act(() => result.current('Iran'));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls[0][0]).toBe('/data/tags/0.aa.json');
  });
});
