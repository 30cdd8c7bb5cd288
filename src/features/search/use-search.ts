import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FIRST_PAGE, type Manifest } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { dayOfOrdinal, densityOfOrdinals } from '../../lib/ordinal-days.ts';
import { whenIdle } from '../../lib/idle.ts';
import { loadIndex } from './index-files.ts';
import { latestOnly } from './latest-only.ts';
import { isEmptyQuery, parseQuery } from './query.ts';
import type { SortOrder } from './rank.ts';
import { runSearch, type SearchAnswer } from './run-search.ts';

/**
 * Results shown at first (FIRST_PAGE, the bundle's: the term shards carry the titles of that many
 * results per term). A title not in the shards read costs a request for its snippet file, so
 * fetching titles nobody sees yet made later keystrokes wait for ten requests instead of six.
 */
export { FIRST_PAGE };
/** Results added by each "Show more results". */
export const MORE_PAGE = 20;

export interface SearchOptions {
  order: SortOrder;
  count: number;
  /** The tag filter's matches, when tags are active. */
  allowed: Uint32Array | null;
  /** Only events with ordinals in [from, to) ("only in view"). */
  ordinalRange: [number, number] | null;
}

export interface SearchState {
  status: 'off' | 'loading' | 'ready' | 'error' | 'unavailable';
  /** The text whose answer is shown (may lag the typed text while the next one runs). */
  shownText: string;
  answer: SearchAnswer | null;
  matchDensity: Density | null;
  /**
   * Starts the search for text typed just now, with the first page of results, before React
   * renders the keystroke (SearchField's onKeystroke): its requests then go out before that
   * render, not after. Nothing happens while another search runs (its successor waits in the
   * queue, as without this).
   */
  start: (text: string) => void;
}

/** What an answer depends on besides the tag filter's matches (compared by identity). */
function keyOf(text: string, { order, count, ordinalRange }: SearchOptions): string {
  return `${text}|${order}|${count}|${ordinalRange?.join('-') ?? ''}`;
}

/** Runs the search for `text` as it changes; the newest request wins, earlier ones are dropped. */
export function useSearch(manifest: Manifest, density: Density, text: string, options: SearchOptions): SearchState {
  const client = useQueryClient();
  const [queue] = useState(latestOnly);
  const [shown, setShown] = useState<{ text: string; key: string; answer: SearchAnswer } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef<{ key: string; allowed: Uint32Array | null; answer: Promise<SearchAnswer> } | null>(null);
  const { order, count, allowed, ordinalRange } = options;
  const query = useMemo(() => parseQuery(text), [text]);
  const key = keyOf(text, options);
  const path = manifest.search;

  /** The answer for `text` with these options: the one started for them, else a new one. */
  const answerFor = useCallback(
    (typed: string, request: SearchOptions): Promise<SearchAnswer> => {
      const wanted = keyOf(typed, request);
      const early = started.current;
      started.current = null;
      if (early?.key === wanted && early.allowed === request.allowed) return early.answer;
      const dayOf = (ordinal: number) => dayOfOrdinal(density, ordinal);
      return loadIndex(client, path!).then((files) =>
        runSearch(client, files, { ...request, query: parseQuery(typed), dayOf }),
      );
    },
    [client, path, density],
  );

  const start = useCallback(
    (typed: string) => {
      if (!path || isEmptyQuery(parseQuery(typed)) || !queue.idle()) return;
      const request = { order, count: FIRST_PAGE, allowed, ordinalRange };
      const answer = answerFor(typed, request);
      // Awaited by the search the render then queues; a failure is reported there.
      answer.catch(() => undefined);
      started.current = { key: keyOf(typed, request), allowed, answer };
    },
    [path, queue, order, allowed, ordinalRange, answerFor],
  );

  // The small index.json is all that loads before the first keystroke, and only once idle.
  useEffect(() => {
    if (!path) return;
    return whenIdle(() => void loadIndex(client, path).catch(() => undefined));
  }, [client, path]);

  useEffect(() => {
    if (!path || isEmptyQuery(query)) return;
    let current = true;
    queue(async () => {
      if (!current) return;
      try {
        const answer = await answerFor(text, { order, count, allowed, ordinalRange });
        if (current) setShown({ text, key, answer });
      } catch {
        if (current) setFailed(key);
      }
    });
    return () => {
      current = false;
    };
    // `key` covers text, order, count and range by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, key, allowed, answerFor, queue]);

  const matchDensity = useMemo(
    () => (shown ? densityOfOrdinals(density, shown.answer.matched) : null),
    [shown, density],
  );
  if (!path) return { status: 'unavailable', shownText: '', answer: null, matchDensity: null, start };
  if (isEmptyQuery(query)) return { status: 'off', shownText: '', answer: null, matchDensity: null, start };
  const status = failed === key ? 'error' : shown?.key === key ? 'ready' : 'loading';
  return { status, shownText: shown?.text ?? '', answer: shown?.answer ?? null, matchDensity, start };
}
