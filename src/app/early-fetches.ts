/**
 * Requests that need not wait for React: as soon as the manifest is in, a deep-linked day's
 * text (and, through it, its index shard) is asked for while the shell still renders; once
 * the text is in, the postings of a linked event's tags, which a click on a tag will need.
 */
import type { QueryClient } from '@tanstack/react-query';
import { parseNewsPath } from '../bundle/index.ts';
import { dayDetailQueryOptions } from '../lib/data/day-detail.ts';
import { manifestQueryOptions } from '../lib/data/manifest.ts';
import { prefetchPostings } from '../lib/data/postings.ts';
import { postingsFilesOf } from '../lib/tag-ids.ts';

/** `pathname` as the browser has it; `base` the app's base path (import.meta.env.BASE_URL). */
export function startEarlyFetches(queryClient: QueryClient, pathname: string, base: string): void {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const selection = parseNewsPath(path);
  if (!selection) return;
  queryClient
    .fetchQuery(manifestQueryOptions())
    .then(async (manifest) => {
      const detail = await queryClient.fetchQuery(dayDetailQueryOptions(queryClient, manifest, selection.day));
      const event = selection.kind === 'event' ? detail?.events.find((e) => e.id === selection.id) : undefined;
      if (event) prefetchPostings(queryClient, postingsFilesOf(manifest, event.tags));
    })
    // The panels show these errors themselves, when they ask again.
    .catch(() => undefined);
}
