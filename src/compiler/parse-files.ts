/**
 * Reads and parses files for a build session (the dev server), which keeps every parse result
 * to rebuild from after an edit. A one-off build goes through day-batches.ts instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { contentHashOf } from './cache.ts';
import { parseEventFile } from './parse-event.ts';
import type { CorpusTree } from './read-tree.ts';
import { reportPrefix } from './read-tree.ts';
import type { ParseOutcome } from './types.ts';
import { runBatches, type PoolOptions } from './worker-pool.ts';

export interface ParseBatch {
  tree: Pick<CorpusTree, 'root' | 'newsDir'>;
  first: number;
  /** Paths below newsDir of files first, first + 1, ... */
  files: string[];
  /** Stat and hash each file for a build session's cache (a one-off build skips this). */
  stamps: boolean;
}

export interface ParsedFile {
  outcome: ParseOutcome;
  /** For a session's cache; absent when not asked for or the file could not be read. */
  stamp?: { mtimeMs: number; size: number; hash: string };
}

export interface ParsedBatch {
  first: number;
  parsed: ParsedFile[];
}

export function parseBatch({ tree, first, files, stamps }: ParseBatch): ParsedBatch {
  const prefix = reportPrefix(tree);
  const parsed = files.map((underNews): ParsedFile => {
    const path = `${tree.newsDir}/${underNews}`;
    try {
      const stat = stamps ? statSync(path) : null;
      const bytes = readFileSync(path);
      const outcome = parseEventFile(prefix + underNews, underNews, bytes);
      return stat
        ? { outcome, stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: contentHashOf(bytes) } }
        : { outcome };
    } catch (error) {
      return { outcome: unreadable(prefix + underNews, error) };
    }
  });
  return { first, parsed };
}

/** Reads and parses one file; a file that cannot be read is rejected, not thrown. */
export function parseOne(tree: Pick<CorpusTree, 'root' | 'newsDir'>, underNews: string): ParseOutcome {
  const file = reportPrefix(tree) + underNews;
  try {
    return parseEventFile(file, underNews, readFileSync(`${tree.newsDir}/${underNews}`));
  } catch (error) {
    return unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): ParseOutcome {
  return {
    kind: 'rejected',
    problem: { file, line: 1, message: `the file cannot be read: ${(error as Error).message}` },
    warnings: [],
  };
}

/**
 * A batch as it crosses between threads: related entries as one flat array. A
 * structured clone writes every key of every object, and 1.5 million four-key entries were most
 * of what the main thread spent receiving a big tree.
 */
export interface PackedBatch {
  /** Its events' related lists are empty... */
  batch: ParsedBatch;
  /** ...and travel here: how many entries each event had, */
  counts: number[];
  /** and the id, day, title and contexts of every entry, in order. */
  related: (string | number)[];
}

export function packBatch(batch: ParsedBatch): PackedBatch {
  const counts: number[] = [];
  const related: (string | number)[] = [];
  for (const { outcome } of batch.parsed) {
    if (outcome.kind !== 'event') continue;
    counts.push(outcome.event.related.length);
    for (const entry of outcome.event.related) related.push(entry.id, entry.day, entry.title, entry.contexts);
    outcome.event.related = [];
  }
  return { batch, counts, related };
}

export function unpackBatch({ batch, counts, related }: PackedBatch): ParsedBatch {
  let event = 0;
  let at = 0;
  for (const { outcome } of batch.parsed) {
    if (outcome.kind !== 'event') continue;
    const entries = outcome.event.related;
    for (let i = counts[event++]; i > 0; i--, at += 4) {
      entries.push({
        id: related[at] as string,
        day: related[at + 1] as number,
        title: related[at + 2] as string,
        contexts: related[at + 3] as string,
      });
    }
  }
  return batch;
}

/**
 * Files per batch. A worker holds a batch's events until it sends them, and the garbage
 * collector copies what is held each time it runs; small batches are sent before it does.
 */
export const BATCH = 200;

export interface ParseOptions extends PoolOptions {
  stamps?: boolean;
  /** Files per batch; tests make it small to spread a small tree over the workers. */
  batchSize?: number;
}

/** What a worker does with a parse batch. */
export function parseJob(batch: ParseBatch): PackedBatch {
  return packBatch(parseBatch(batch));
}

/**
 * Parses the given files (paths below newsDir), calling `onBatch` in no particular order;
 * `first` indexes into `files`.
 */
export async function parseFiles(
  tree: Pick<CorpusTree, 'root' | 'newsDir'>,
  files: string[],
  onBatch: (batch: ParsedBatch) => void,
  options: ParseOptions = { threads: true },
): Promise<void> {
  const size = options.batchSize ?? BATCH;
  const batches: ParseBatch[] = [];
  for (let first = 0; first < files.length; first += size) {
    batches.push({
      tree: { root: tree.root, newsDir: tree.newsDir },
      first,
      files: files.slice(first, first + size),
      stamps: options.stamps ?? true,
    });
  }
  await runBatches('parse', parseJob, batches, files.length, (packed) => onBatch(unpackBatch(packed)), options);
}
