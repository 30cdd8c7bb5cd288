// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FilterRequest, FilterResponse } from '../../../src/features/tag-filter/filter-protocol.ts';
import { useTagFilter } from '../../../src/features/tag-filter/index.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';
import { makeManifest, makePostings, makeTags } from '../../support/bundle.ts';

const manifest = makeManifest({
  eventCount: 2,
  dayCounts: [2],
  tags: makeTags(['Iran']),
  postings: ['tags/0.aa.json'],
});
const density = densityFromDayCounts(0, [2]);

/** Stands in for the browser's Worker: answers each request, or fails the way a crashed worker does. */
function fakeWorker(behaviour: 'answer' | 'crash') {
  return class {
    onmessage: ((event: MessageEvent<FilterResponse>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    postMessage({ requestId }: FilterRequest) {
      setTimeout(() => {
        if (behaviour === 'crash')
          this.onerror?.(new ErrorEvent('error', { message: 'out of memory', cancelable: true }));
        else
          this.onmessage?.({
            data: { requestId, ordinals: Uint32Array.of(1), matchPrefix: Uint32Array.of(0, 1) },
          } as MessageEvent);
      });
    }
    terminate() {}
  };
}

function renderFilter() {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(makePostings({ '0': [0, 1] }))));
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useTagFilter(manifest, density, ['Iran'], 'all'), { wrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useTagFilter', () => {
  it('reports an error, not endless loading, when the filter worker fails; Retry runs it again', async () => {
    vi.stubGlobal('Worker', fakeWorker('crash'));
    const { result } = renderFilter();
    await vi.waitFor(() => expect(result.current.status).toBe('error'));

    vi.stubGlobal('Worker', fakeWorker('answer'));
    act(() => result.current.retry());
    await vi.waitFor(() => expect(result.current.status).toBe('ready'));
    expect([...result.current.matched!]).toEqual([1]);
  });
});
