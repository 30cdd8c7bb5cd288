import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Manifest } from '../../bundle/index.ts';
import { prefetchPostings, usePrefetchPostings } from '../../lib/data/postings.ts';
import { postingsFilesOf } from '../../lib/tag-ids.ts';

/** Loads the postings a click on one of these tags will need. */
export function usePrefetchTagPostings(manifest: Manifest, tagNames: readonly string[]): void {
  usePrefetchPostings(postingsFilesOf(manifest, tagNames));
}

/** A handler for pointer-enter or focus on a tag button: the click that may follow finds its postings loaded. */
export function useTagIntent(manifest: Manifest): (tagName: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (tagName: string) => prefetchPostings(queryClient, postingsFilesOf(manifest, [tagName])),
    [queryClient, manifest],
  );
}
