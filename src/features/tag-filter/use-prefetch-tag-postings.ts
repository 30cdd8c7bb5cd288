import type { Manifest } from '../../bundle/index.ts';
import { usePrefetchPostings } from '../../lib/data/postings.ts';
import { postingsFilesOf } from '../../lib/tag-ids.ts';

/** Loads, when the browser is idle, the postings a click on one of these tags will need. */
export function usePrefetchTagPostings(manifest: Manifest, tagNames: readonly string[]): void {
  usePrefetchPostings(postingsFilesOf(manifest, tagNames));
}
