import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchIndex } from '../../../src/bundle/index.ts';
import { searchIndexFiles } from '../../../src/compiler/search/index-files.ts';
import { findWords } from '../../../src/features/search/find-terms.ts';
import type { IndexFiles } from '../../../src/features/search/index-files.ts';

const EVENTS = 25_000;

/** A search index of EVENTS events with these terms, each in its first `df` events. */
function indexOf(dfs: Record<string, number>) {
  const terms = Object.keys(dfs).sort();
  const starts = Uint32Array.from([0, ...terms.map((_, t) => terms.slice(0, t + 1).reduce((n, x) => n + dfs[x], 0))]);
  const ordinals = Uint32Array.from(terms.flatMap((term) => Array.from({ length: dfs[term] }, (_, i) => i)));
  const events = Array.from({ length: EVENTS }, (_, i) => ({ slug: `event-${i}`, title: `Event ${i}` }));
  const index = {
    terms,
    starts,
    ordinals,
    weights: new Float32Array(ordinals.length).fill(1),
    follows: new Uint8Array(ordinals.length),
    maxWeight: 2,
  };
  const { files, path } = searchIndexFiles(index, events, () => false);
  return { served: new Map(files.map((file) => [`/data/${file.path}`, Uint8Array.from(file.content!)])), path };
}

afterEach(() => vi.unstubAllGlobals());

async function fetchedFor(word: string, dfs: Record<string, number>): Promise<string[]> {
  const { served, path } = indexOf(dfs);
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(served.get(url));
  });
  const index = JSON.parse(new TextDecoder().decode(served.get(`/data/${path}`))) as SearchIndex;
  const files: IndexFiles = { folder: path.slice(0, path.lastIndexOf('/') + 1), index };
  await findWords(new QueryClient(), files, [word], true);
  return fetched.map((url) => url.replace(/.*\/search\/[0-9a-f]+\//, ''));
}

describe('a word being typed', () => {
  const dfs = { earthen: 2_300, earthquake: 2_100, earthquakes: 3, zebra: 10 };

  it('fetches ahead the overflow file of its one frequent completion', async () => {
    // Frequent terms in order: earthen (o/0), earthquake (o/1).
    expect(await fetchedFor('earthq', dfs)).toEqual(expect.arrayContaining(['o/1.bin']));
  });

  it('fetches nothing ahead with two frequent completions, or one in too many events', async () => {
    expect((await fetchedFor('eart', dfs)).filter((path) => path.startsWith('o/'))).toEqual([]);
    const tooMany = { ...dfs, earthquake: EVENTS / 2 };
    expect((await fetchedFor('earthq', tooMany)).filter((path) => path.startsWith('o/'))).toEqual([]);
  });
});
