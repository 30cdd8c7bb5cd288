/**
 * One search, from the typed text to the page of results to show: the matching events (for
 * the count and the timeline) and the top ones with their titles. One round of requests for the
 * term shards and overflow files; the shards carry the titles of their terms' first pages, so a
 * one-word query or a prefix usually ends there, and only titles not among them cost a second
 * round, for their snippet files.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  eventId,
  snippetSlug,
  SNIPPETS_PER_FILE,
  type DayNumber,
  type EventId,
  type Snippet,
} from '../../bundle/index.ts';
import { findWords, type WordMatch } from './find-terms.ts';
import { loadSnippets, type IndexFiles } from './index-files.ts';
import type { ParsedQuery } from './query.ts';
import { keepFollowed, matchAll, restrict, topOrdinals, type Scored, type SortOrder } from './rank.ts';

export interface SearchRequest {
  query: ParsedQuery;
  order: SortOrder;
  /** How many results to show with their titles. */
  count: number;
  /** Only events among these (the tag filter's), and with ordinals in [from, to) (the view). */
  allowed: Uint32Array | null;
  ordinalRange: [number, number] | null;
  /** Day of an ordinal, from the manifest's day counts. */
  dayOf: (ordinal: number) => DayNumber;
}

export interface SearchHit {
  id: EventId;
  day: DayNumber;
  title: string;
}

export interface SearchAnswer {
  /** Every matching event's ordinal, ascending. */
  matched: Uint32Array;
  hits: SearchHit[];
  /** Index terms that matched, for highlighting. */
  terms: string[];
  /** Words left out of the match because nearly every event has them. */
  ignored: string[];
}

export async function runSearch(client: QueryClient, files: IndexFiles, request: SearchRequest): Promise<SearchAnswer> {
  const { query } = request;
  const words = await findWords(client, files, query.terms, query.prefixLast);
  const used = words.filter((w) => !w.common);
  const ignored = words.filter((w) => w.common).map((w) => w.word);
  const [from, to] = request.ordinalRange ?? [0, Infinity];
  const matched = restrict(matchAll(used.map((w) => w.postings)), request.allowed, from, to);
  const scored = inOrder(matched, query.phrases, words);
  const top = topOrdinals(scored, request.count, request.order);
  const titles = words.flatMap((w) => w.titles);
  const snippets = await Promise.all(
    top.map(
      (ordinal): Snippet | Promise<Snippet> =>
        titles.find((carried) => carried.has(ordinal))?.get(ordinal) ??
        loadSnippets(client, files, ordinal).then((file) => file[ordinal % SNIPPETS_PER_FILE]),
    ),
  );
  const hits = top.map((ordinal, i): SearchHit => {
    const snippet = snippets[i];
    const [slug, title] = [snippetSlug(snippet), snippet[1]];
    const day = request.dayOf(ordinal);
    return { id: eventId(day, slug), day, title };
  });
  return { matched: scored.ordinals, hits, terms: words.flatMap((w) => w.terms), ignored };
}

/**
 * Keeps the events where each phrase's words follow one another. A pair whose first word is in
 * nearly every event is not checked: its postings are not fetched.
 */
function inOrder(scored: Scored, phrases: readonly string[][], words: readonly WordMatch[]): Scored {
  const byWord = new Map(words.map((w) => [w.word, w]));
  for (const phrase of phrases) {
    for (let i = 0; i + 1 < phrase.length; i++) {
      const [first, next] = [byWord.get(phrase[i]), byWord.get(phrase[i + 1])];
      if (first && next && !first.common) scored = keepFollowed(scored, first.follows, next.bits);
    }
  }
  return scored;
}
