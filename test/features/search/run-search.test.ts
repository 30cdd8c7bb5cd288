/**
 * Where a search's titles come from: the term shards carry their terms' first pages, so a
 * one-word query or a prefix fetches no snippet file; every other title comes from its snippet
 * file, and both give the same results.
 */
import { QueryClient } from '@tanstack/react-query';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ByteWriter,
  FIRST_PAGE,
  readTermShard,
  writeShardTitles,
  writeTermEntry,
  type Manifest,
} from '../../../src/bundle/index.ts';
import { compile } from '../../../src/compiler/compile.ts';
import { loadIndex } from '../../../src/features/search/index-files.ts';
import { parseQuery } from '../../../src/features/search/query.ts';
import type { SortOrder } from '../../../src/features/search/rank.ts';
import { runSearch } from '../../../src/features/search/run-search.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';
import { dayOfOrdinal } from '../../../src/lib/ordinal-days.ts';

const out = mkdtempSync(join(tmpdir(), 'dateline-run-search-'));
let manifest: Manifest;

beforeAll(async () => {
  ({ manifest } = await compile({ src: 'sample-corpus', out, threads: false }));
});
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(out, { recursive: true, force: true });
});

const isShard = (path: string) => /\/t\/\d+\.bin$/.test(path);
const isSnippetFile = (path: string) => /\/s\/\d+\.bin$/.test(path);

/** A term shard as an older index wrote it: the same terms, no titles. */
function withoutTitles(file: Uint8Array) {
  const { terms } = readTermShard(inflateRawSync(file));
  const body = new ByteWriter();
  let previous: Uint8Array = new Uint8Array(0);
  for (const term of terms) previous = writeTermEntry(body, previous, term);
  const shard = new ByteWriter();
  shard.varint(terms.length);
  shard.raw(body.result());
  writeShardTitles(shard, []);
  return deflateRawSync(shard.result());
}

/** Runs a search in a fresh session; the bundle's files served as built, or with untitled shards. */
async function search(text: string, { count = FIRST_PAGE, order = 'relevance' as SortOrder, titled = true } = {}) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const file = readFileSync(join(out, url.replace(/^\/data\//, '')));
    return new Response(titled || !isShard(url) ? file : withoutTitles(file));
  });
  const client = new QueryClient();
  const files = await loadIndex(client, manifest.search!);
  const density = densityFromDayCounts(manifest.firstDay, manifest.dayCounts);
  const answer = await runSearch(client, files, {
    query: parseQuery(text),
    order,
    count,
    allowed: null,
    ordinalRange: null,
    dayOf: (ordinal) => dayOfOrdinal(density, ordinal),
  });
  return { answer, snippetFiles: fetched.filter(isSnippetFile).length };
}

describe('search result titles', () => {
  it.each(['crisis', 'united', 'crisi', 'unite'])(
    '"%s" shows its first page with titles from the term shards alone',
    async (text) => {
      const { answer, snippetFiles } = await search(text);
      expect(answer.hits).toHaveLength(FIRST_PAGE);
      expect(snippetFiles).toBe(0);
      // The same results, titled from the snippet files.
      const untitled = await search(text, { titled: false });
      expect(untitled.snippetFiles).toBeGreaterThan(0);
      expect(answer.hits).toEqual(untitled.answer.hits);
    },
  );

  it.each<[string, string, { count?: number; order?: SortOrder }]>([
    ['more results', 'minister', { count: FIRST_PAGE + 20 }],
    ['date order', 'minister', { order: 'date' }],
    ['two words', 'prime minister', {}],
  ])('takes titles not in the shards from snippet files (%s)', async (_, text, options) => {
    const { answer, snippetFiles } = await search(text, options);
    expect(snippetFiles).toBeGreaterThan(0);
    expect(answer.hits.length).toBe(options.count ?? FIRST_PAGE);
    expect(answer.hits.every((hit) => hit.title !== '')).toBe(true);
    expect(answer.hits).toEqual((await search(text, { ...options, titled: false })).answer.hits);
  });
});
