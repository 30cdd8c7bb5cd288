import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Manifest } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { dayOfOrdinal, densityOfOrdinals } from '../../lib/ordinal-days.ts';
import { whenIdle } from '../../lib/idle.ts';
import { loadIndex } from './index-files.ts';
import { latestOnly } from './latest-only.ts';
import { isEmptyQuery, parseQuery } from './query.ts';
import type { SortOrder } from './rank.ts';
import { runSearch, type SearchAnswer } from './run-search.ts';

/** Results shown at first, and added by each "Show more". */
export const PAGE = 10;

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
}

/** Runs the search for `text` as it changes; the newest request wins, earlier ones are dropped. */
export function useSearch(manifest: Manifest, density: Density, text: string, options: SearchOptions): SearchState {
  const client = useQueryClient();
  const [queue] = useState(latestOnly);
  const [shown, setShown] = useState<{ text: string; key: string; answer: SearchAnswer } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { order, count, allowed, ordinalRange } = options;
  const query = useMemo(() => parseQuery(text), [text]);
  const key = `${text}|${order}|${count}|${ordinalRange?.join('-') ?? ''}`;

  // The small index.json is all that loads before the first keystroke, and only once idle.
  useEffect(() => {
    if (!manifest.search) return;
    const path = manifest.search;
    return whenIdle(() => void loadIndex(client, path).catch(() => undefined));
  }, [client, manifest.search]);

  useEffect(() => {
    if (!manifest.search || isEmptyQuery(query)) return;
    const path = manifest.search;
    let current = true;
    const dayOf = (ordinal: number) => dayOfOrdinal(density, ordinal);
    queue(async () => {
      if (!current) return;
      try {
        const files = await loadIndex(client, path);
        const answer = await runSearch(client, files, { query, order, count, allowed, ordinalRange, dayOf });
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
  }, [client, manifest.search, key, allowed, density, queue]);

  const matchDensity = useMemo(
    () => (shown ? densityOfOrdinals(density, shown.answer.matched) : null),
    [shown, density],
  );
  if (!manifest.search) return { status: 'unavailable', shownText: '', answer: null, matchDensity: null };
  if (isEmptyQuery(query)) return { status: 'off', shownText: '', answer: null, matchDensity: null };
  const status = failed === key ? 'error' : shown?.key === key ? 'ready' : 'loading';
  return { status, shownText: shown?.text ?? '', answer: shown?.answer ?? null, matchDensity };
}
