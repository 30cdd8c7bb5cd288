/**
 * Parse results per file, so a rebuild only parses what changed. An entry is reused when the
 * file's mtime and size are unchanged, or, failing that cheap check, when its content hash is.
 * The cache is dropped whenever the parsing code itself changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParseOutcome } from './types.ts';

export interface CacheEntry {
  mtimeMs: number;
  size: number;
  hash: string;
  outcome: ParseOutcome;
}

/** Keyed by the path below `news/`. */
export type ParseCache = Map<string, CacheEntry>;

export const CACHE_DIR = 'node_modules/.cache/dateline';

/** One cache per source folder, so two corpora with the same layout never share entries. */
export function cacheFileFor(src: string, dir = CACHE_DIR): string {
  return join(dir, `parse-${createHash('sha256').update(resolve(src)).digest('hex').slice(0, 12)}.bin`);
}

/** The files whose code decides a parse result; editing any of them invalidates the cache. */
const PARSER_FILES = ['parse-event.ts', 'blocks.ts', 'body.ts', 'decode.ts', 'corpus-path.ts', 'slug.ts', 'types.ts'];

export function parserVersion(): string {
  const hash = createHash('sha256');
  for (const name of PARSER_FILES) hash.update(readFileSync(new URL(`./${name}`, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** A missing, unreadable or outdated cache is simply an empty one. */
export function loadCache(file: string, version = parserVersion()): ParseCache {
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; entries: [string, CacheEntry][] };
    return stored.version === version ? new Map(stored.entries) : new Map();
  } catch {
    return new Map();
  }
}

export function saveCache(file: string, cache: ParseCache, version = parserVersion()): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.parse-cache-${process.pid}.tmp`);
  writeFileSync(temp, serialize({ version, entries: [...cache] }));
  renameSync(temp, file);
}
