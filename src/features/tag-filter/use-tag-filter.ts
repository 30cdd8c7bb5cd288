import { useEffect, useMemo, useState } from 'react';
import type { Manifest, TagId } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { usePostingsFiles } from '../../lib/data/postings.ts';
import type { MatchMode } from '../../lib/url-state.ts';
import { whenIdle } from '../../lib/idle.ts';
import { tagIdsByName } from '../../lib/tag-ids.ts';
import { runFilter, warmFilterWorker } from './filter-client.ts';

export interface TagFilterState {
  status: 'off' | 'loading' | 'ready' | 'error';
  /** Identifies the filter whose result is shown (may lag `status` while a new one computes). */
  filterKey: string | undefined;
  matched: Uint32Array | null;
  matchDensity: Density | null;
  retry: () => void;
}

interface ShownResult {
  key: string;
  matched: Uint32Array;
  matchDensity: Density;
}

export function filterKeyOf(tags: string[], mode: MatchMode): string {
  return `${mode}:${tags.join('|')}`;
}

/** Runs the tag filter in a worker; keeps the previous result on screen until the next one arrives. */
export function useTagFilter(manifest: Manifest, allDensity: Density, tags: string[], mode: MatchMode): TagFilterState {
  // Keyed by the names, not the array: the URL parser hands over a new array on every range change.
  const namesKey = tags.join('\n');
  const tagIds = useMemo(() => {
    const byName = tagIdsByName(manifest);
    const names = namesKey === '' ? [] : namesKey.split('\n');
    return names.map((name) => byName.get(name)).filter((id): id is TagId => id !== undefined);
  }, [manifest, namesKey]);
  const files = useMemo(
    () => [...new Set(tagIds.map((id) => manifest.postings[manifest.tags[id].postings]))],
    [manifest, tagIds],
  );
  const queries = usePostingsFiles(files);
  // Booting the worker takes a moment: do it before the first tag click needs it.
  useEffect(() => whenIdle(warmFilterWorker), []);
  const allLoaded = queries.every((query) => query.isSuccess);
  const failed = queries.some((query) => query.isError);
  const key = filterKeyOf(tags, mode);
  const [shown, setShown] = useState<ShownResult | null>(null);
  /** The filter whose run failed (the worker stopped), and a count of retries that re-run it. */
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const postings = useMemo(() => {
    if (!allLoaded || tagIds.length === 0) return null;
    return tagIds.map((id) => {
      const file = manifest.postings[manifest.tags[id].postings];
      const shard = queries[files.indexOf(file)].data;
      return shard?.tags[String(id)] ?? [];
    });
    // `queries` is a new array each render; its data is covered by allLoaded + files.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allLoaded, tagIds, files, manifest]);

  useEffect(() => {
    if (!postings) return;
    let current = true;
    const { firstDay, prefix } = allDensity;
    runFilter({ mode, postings, firstDay, dayPrefix: prefix }).then(
      (response) => {
        if (current)
          setShown({ key, matched: response.ordinals, matchDensity: { firstDay, prefix: response.matchPrefix } });
      },
      () => {
        if (current) setFailedKey(key);
      },
    );
    return () => {
      current = false;
    };
  }, [postings, mode, key, allDensity, attempt]);

  const retry = () => {
    queries.forEach((query) => query.isError && void query.refetch());
    if (failedKey !== null) {
      setFailedKey(null);
      setAttempt((count) => count + 1);
    }
  };
  if (tags.length === 0) return { status: 'off', filterKey: undefined, matched: null, matchDensity: null, retry };
  const status = failed || failedKey === key ? 'error' : shown?.key === key ? 'ready' : 'loading';
  if (!shown) return { status, filterKey: undefined, matched: null, matchDensity: null, retry };
  return { status, filterKey: shown.key, matched: shown.matched, matchDensity: shown.matchDensity, retry };
}
