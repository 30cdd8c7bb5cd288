/**
 * Parse results per file, kept in memory by the dev server so a rebuild only parses what
 * changed. An entry is reused when the file's mtime and size are unchanged, or, failing that
 * cheap check, when its content hash is. (A disk cache was tried and dropped: at 150,000 files
 * it was ~1 GB and loading it cost as much as parsing afresh.)
 */
import { createHash } from 'node:crypto';
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
