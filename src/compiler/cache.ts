/**
 * Parse results per file, kept in memory by the dev server so a rebuild only parses what
 * changed. An entry is reused when the file's mtime and size are unchanged, or, failing that
 * cheap check, when its content hash is. (A disk cache was tried and dropped: at 150,000 files
 * it was ~1 GB and loading it cost as much as parsing afresh.)
 */
import { createHash } from 'node:crypto';
import { readSource, statSource, type CorpusTree } from './read-tree.ts';
import type { ParseOutcome } from './types.ts';

export interface CacheEntry {
  mtimeMs: number;
  size: number;
  hash: string;
  outcome: ParseOutcome;
}

/** Keyed by the path below `news/`. */
export type ParseCache = Map<string, CacheEntry>;

export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Whether the cached result for a file still holds. Files outside `changed` (what the watcher
 * reported, when it is known) are trusted without a look; the others are checked on disk.
 */
export function isFresh(
  tree: Pick<CorpusTree, 'newsDir'>,
  underNews: string,
  cache: ParseCache,
  changed?: ReadonlySet<string>,
): boolean {
  const entry = cache.get(underNews);
  if (!entry) return false;
  if (changed && !changed.has(underNews)) return true;
  try {
    const stat = statSource(tree, underNews);
    if (!stat) return false;
    if (stat.mtimeMs === entry.mtimeMs && stat.size === entry.size) return true;
    if (contentHashOf(readSource(tree, underNews, Infinity).bytes) !== entry.hash) return false;
    cache.set(underNews, { ...entry, ...stat });
    return true;
  } catch {
    return false;
  }
}
