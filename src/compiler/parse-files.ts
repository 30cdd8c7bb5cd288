/**
 * Reading and parsing files one by one, and in batches for a build session (the dev server),
 * which keeps every parse result to rebuild from after an edit. A one-off build parses through
 * day-batches.ts instead.
 */
import { contentHashOf } from './cache.ts';
import { MAX_FILE_BYTES, parseEventFile } from './parse-event.ts';
import { readSource, reportPrefix, type CorpusTree } from './read-tree.ts';
import { relatedCodec } from './thread-codec.ts';
import type { ParsedEvent, ParsedRelated, ParseOutcome } from './types.ts';
import { runBatches, type Job, type PoolOptions } from './worker-pool.ts';

export interface ParseBatch {
  tree: Pick<CorpusTree, 'root' | 'newsDir'>;
  first: number;
  /** Paths below newsDir of files first, first + 1, ... */
  files: string[];
}

export interface ParsedFile {
  outcome: ParseOutcome;
  /** For the session's cache; absent when the file could not be read. */
  stamp?: { mtimeMs: number; size: number; hash: string };
}

export interface ParsedBatch {
  first: number;
  parsed: ParsedFile[];
}

/** Reads and parses one file; a file that cannot be read is rejected, not thrown. */
export function parseOne(tree: Pick<CorpusTree, 'root' | 'newsDir'>, underNews: string): ParseOutcome {
  return parseStamped(tree, reportPrefix(tree), underNews, false).outcome;
}

function parseStamped(
  tree: Pick<CorpusTree, 'newsDir'>,
  prefix: string,
  underNews: string,
  stamped: boolean,
): ParsedFile {
  try {
    const { bytes, size, mtimeMs } = readSource(tree, underNews, MAX_FILE_BYTES);
    const outcome = parseEventFile(prefix + underNews, underNews, bytes, size);
    return stamped ? { outcome, stamp: { mtimeMs, size, hash: contentHashOf(bytes) } } : { outcome };
  } catch (error) {
    const problem = {
      file: prefix + underNews,
      line: 1,
      message: `the file cannot be read: ${(error as Error).message}`,
    };
    return { outcome: { kind: 'rejected', problem, warnings: [] } };
  }
}

/**
 * Files per batch. A worker holds a batch's events until it sends them, and the garbage
 * collector copies what is held each time it runs; small batches are sent before it does.
 */
export const BATCH = 200;

/** What a worker does with a parse batch: each file's outcome with its stamp. */
export const parseJob: Job<ParseBatch, ParsedBatch> = {
  name: 'parse',
  run: ({ tree, first, files }) => {
    const prefix = reportPrefix(tree);
    return { first, parsed: files.map((underNews) => parseStamped(tree, prefix, underNews, true)) };
  },
  codec: relatedCodec<ParsedBatch, ParsedRelated>(eventsOf, {
    width: 4,
    write: (entry, values) => values.push(entry.id, entry.day, entry.title, entry.contexts),
    read: (values, at) => ({
      id: values[at] as string,
      day: values[at + 1] as number,
      title: values[at + 2] as string,
      contexts: values[at + 3] as string,
    }),
  }),
};

function* eventsOf(batch: ParsedBatch): Generator<ParsedEvent> {
  for (const { outcome } of batch.parsed) if (outcome.kind === 'event') yield outcome.event;
}

export interface ParseOptions extends PoolOptions {
  /** Files per batch; tests make it small to spread a small tree over the workers. */
  batchSize?: number;
}

/**
 * Parses the given files (paths below newsDir), calling `onBatch` in no particular order;
 * `first` indexes into `files`.
 */
export async function parseFiles(
  tree: Pick<CorpusTree, 'root' | 'newsDir'>,
  files: string[],
  onBatch: (batch: ParsedBatch) => void,
  options: ParseOptions,
): Promise<void> {
  const size = options.batchSize ?? BATCH;
  const batches: ParseBatch[] = [];
  for (let first = 0; first < files.length; first += size) {
    batches.push({ tree: { root: tree.root, newsDir: tree.newsDir }, first, files: files.slice(first, first + size) });
  }
  await runBatches(parseJob, batches, files.length, onBatch, options);
}
