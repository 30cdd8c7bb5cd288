/**
 * Search quality on the sample corpus: for each query a reader might type, the event they mean
 * is among the first five results. Runs the real compiler and the app's search over its files.
 */
import { QueryClient } from '@tanstack/react-query';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  eventId,
  tokenize,
  type DayFile,
  type IndexShard,
  type Inline,
  type Manifest,
} from '../../../src/bundle/index.ts';
import { compile } from '../../../src/compiler/compile.ts';
import { loadIndex } from '../../../src/features/search/index-files.ts';
import { parseQuery } from '../../../src/features/search/query.ts';
import { runSearch } from '../../../src/features/search/run-search.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';
import { dayOfOrdinal } from '../../../src/lib/ordinal-days.ts';

/** [query, a part of the intended event's id] */
const QUERIES: Array<[string, string]> = [
  ['lehman', 'lehman-brothers-files-for-chapter-11'],
  ['mosul', 'seize-mosul'],
  ['lehm', 'lehman-brothers'],
  ['wojtyla', 'pope-john-paul-ii-dies'],
  ['utoya', '2011-norway-attacks'],
  ['urzua', 'copiapo-mining-accident'],
  ['concepcion', '2010-chile-earthquake'],
  ['francois hollande', 'hollande-defeats-nicolas-sarkozy'],
  ['erdogan coup', 'turkish-coup-attempt'],
  ['"black hole"', 'first-image-of-a-black-hole'],
  ['"boston marathon"', 'boston-marathon'],
  ['khashoggi', 'jamal-khashoggi'],
  ['merrill lynch', 'merrill-lynch'],
  ['berkshire goldman', 'berkshire-hathaway-agrees-to-invest'],
  ['deepwater horizon', 'deepwater-horizon-drilling-rig'],
  ['fukushima hydrogen', 'second-hydrogen-explosion'],
  ['abbottabad', 'osama-bin-laden'],
  ['iphone', 'steve-jobs-unveils-the-iphone'],
  ['notre dame fire', 'notre-dame'],
  ['christchurch mosque', 'christchurch'],
  ['george floyd', 'george-floyd'],
  ['wuhan seal', 'seal-off-wuhan'],
  ['crimea referendum', 'referendum-held-in-crimea'],
  ['rosetta comet', 'rosetta-probe-arrives'],
  ['ratzinger', 'benedict-xvi'],
  ['merkel chancellor', 'angela-merkel'],
  ['mumbai gunmen', '2008-mumbai-attacks'],
  ['falcon 1 orbit', 'falcon-1-reaches-orbit'],
  ['haiti earthq', '2010-haiti-earthquake'],
  ['modi lockdown', 'narendra-modi-announces'],
];

const out = mkdtempSync(join(tmpdir(), 'dateline-search-quality-'));
let manifest: Manifest;

beforeAll(async () => {
  ({ manifest } = await compile({ src: 'sample-corpus', out, threads: false }));
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(out, url.replace(/^\/data\//, '')))));
});
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(out, { recursive: true, force: true });
});

async function search(text: string, count = 5) {
  const client = new QueryClient();
  const files = await loadIndex(client, manifest.search!);
  const density = densityFromDayCounts(manifest.firstDay, manifest.dayCounts);
  return runSearch(client, files, {
    query: parseQuery(text),
    order: 'relevance',
    count,
    allowed: null,
    ordinalRange: null,
    dayOf: (ordinal) => dayOfOrdinal(density, ordinal),
  });
}

describe('search quality on the sample corpus', () => {
  it.each(QUERIES)('"%s" finds the event %s in the top 5', async (text, idPart) => {
    const { hits } = await search(text);
    expect(
      hits.map((hit) => hit.id).find((id) => id.includes(idPart)),
      hits.map((h) => h.id).join('\n'),
    ).toBeDefined();
  });

  it('finds a word with one typo after its third letter when nothing matches exactly', async () => {
    const { hits, terms } = await search('khashogi ');
    expect(terms).toContain('khashoggi');
    expect(hits[0].id).toContain('jamal-khashoggi');
  });

  it('counts every event with all the words, and none without', async () => {
    const { matched } = await search('lehman brothers ');
    const both = (await search('lehman ', 500)).hits.filter(
      (hit) => /lehman/i.test(hit.title) && /brothers/i.test(hit.title),
    );
    expect(matched.length).toBeGreaterThanOrEqual(both.length);
    expect((await search('lehman zzzzqx ')).matched.length).toBe(0);
  });
});

/** Each event's title, body blocks and tag names as term lists, from the compiled bundle. */
function eventTexts(): Map<string, string[][]> {
  const text = (inlines: readonly Inline[]): string =>
    inlines.map((inline) => ('value' in inline ? inline.value : text(inline.children))).join(' ');
  const texts = new Map<string, string[][]>();
  for (const path of readdirSync(join(out, 'days'), { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.json')) continue;
    const day = JSON.parse(readFileSync(join(out, 'days', path), 'utf8')) as DayFile;
    for (const event of day.events)
      texts.set(event.id, [tokenize(event.title), ...event.body.map((block) => tokenize(text(block.children)))]);
  }
  for (const path of readdirSync(join(out, 'index'))) {
    const shard = JSON.parse(readFileSync(join(out, 'index', path), 'utf8')) as IndexShard;
    shard.slugs.forEach((slug, i) => {
      const tags = shard.tags[i].map((tag) => tokenize(manifest.tags[tag].name));
      texts.get(eventId(shard.days[i], slug))?.push(...tags);
    });
  }
  return texts;
}

const hasPhrase = (parts: string[][], phrase: string[]) =>
  parts.some((terms) => terms.some((_, i) => phrase.every((word, k) => terms[i + k] === word)));

describe('phrases', () => {
  it.each(['prime minister', 'united states', 'new york', 'hong kong', 'european union', 'stock market'])(
    '"%s" finds every event with those words in that order, and few others',
    async (words) => {
      const texts = eventTexts();
      const phrase = words.split(' ');
      const expected = [...texts].filter(([, parts]) => hasPhrase(parts, phrase)).map(([id]) => id);
      expect(expected.length).toBeGreaterThan(2);
      const found = (await search(`"${words}"`, 1000)).hits.map((hit) => hit.id);
      expect(found).toEqual(expect.arrayContaining(expected));
      // The follow byte lets about one in eight other words through.
      const others = found.filter((id) => !expected.includes(id));
      expect(others.length).toBeLessThanOrEqual(Math.max(2, found.length * 0.2));

      const reversed = await search(`"${[...phrase].reverse().join(' ')}"`, 1000);
      const anyOrder = await search(`${words} `, 1000);
      const reversedExpected = [...texts].filter(([, parts]) => hasPhrase(parts, [...phrase].reverse()));
      expect(reversed.matched.length).toBeLessThanOrEqual(
        reversedExpected.length + Math.max(2, anyOrder.matched.length * 0.2),
      );
      expect(reversed.matched.length).toBeLessThan(anyOrder.matched.length);
    },
  );
});
