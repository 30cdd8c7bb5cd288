/**
 * Requests that need not wait for React: as soon as the manifest is in, a deep-linked day's
 * text (and, through it, its index shard) is asked for while the shell still renders.
 */
import type { QueryClient } from '@tanstack/react-query';
import { parseNewsPath } from '../bundle/index.ts';
import { dayDetailQueryOptions } from '../lib/data/day-detail.ts';
import { manifestQueryOptions } from '../lib/data/manifest.ts';

/** `pathname` as the browser has it; `base` the app's base path (import.meta.env.BASE_URL). */
export function startEarlyFetches(queryClient: QueryClient, pathname: string, base: string): void {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const selection = parseNewsPath(path);
  if (!selection) return;
  queryClient.fetchQuery(manifestQueryOptions()).then(
    (manifest) => queryClient.prefetchQuery(dayDetailQueryOptions(queryClient, manifest, selection.day)),
    // The shell shows the manifest's error itself.
    () => undefined,
  );
}
