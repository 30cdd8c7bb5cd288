// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Manifest } from '../../../src/bundle/index.ts';
import { compile } from '../../../src/compiler/compile.ts';
import { PAGE, useSearch } from '../../../src/features/search/index.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';

const out = mkdtempSync(join(tmpdir(), 'dateline-use-search-'));
let manifest: Manifest;
const fetched: string[] = [];

beforeAll(async () => {
  ({ manifest } = await compile({ src: 'test/fixtures/small-corpus', out, threads: false }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function renderSearch(text: string) {
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(readFileSync(join(out, url.replace(/^\/data\//, ''))));
  });
  const client = new QueryClient();
  const density = densityFromDayCounts(manifest.firstDay, manifest.dayCounts);
  const options = { order: 'relevance' as const, count: PAGE, allowed: null, ordinalRange: null };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ typed }) => useSearch(manifest, density, typed, options), {
    wrapper,
    initialProps: { typed: text },
  });
}

const titles = (state: ReturnType<typeof useSearch>) => state.answer?.hits.map((hit) => hit.title) ?? [];

/** Starts the search for `started` at a keystroke, then renders `rendered`; the state once ready. */
async function startThenRender(started: string, rendered: string) {
  const { result, rerender } = renderSearch('');
  result.current.start(started);
  rerender({ typed: rendered });
  await waitFor(() => expect(result.current.status).toBe('ready'));
  return result.current;
}

describe('useSearch', () => {
  it('shows the search started at the keystroke, fetching its files once', async () => {
    const state = await startThenRender('rail', 'rail');
    expect(state.shownText).toBe('rail');
    expect(titles(state).some((title) => /rail/i.test(title))).toBe(true);
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  it('shows the text the render asks for when it differs from the one started', async () => {
    // Back, or a link, set another query before the render.
    const state = await startThenRender('rail', 'storm');
    expect(state.shownText).toBe('storm');
    expect(titles(state).some((title) => /storm/i.test(title))).toBe(true);
    expect(titles(state).some((title) => /rail/i.test(title))).toBe(false);
  });
});
