/**
 * Reads and parses every file of the tree. Big trees are split into batches for worker
 * threads (one per core); each worker reads with blocking reads, which on a warm disk cache
 * are ten times faster than 160,000 promise-based reads.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contentHashOf } from './cache.ts';
import { parseEventFile } from './parse-event.ts';
import type { CorpusTree } from './read-tree.ts';
import { reportPrefix } from './read-tree.ts';
import type { ParseOutcome } from './types.ts';

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
  const parsed: ParsedFile[] = [];
  const prefix = reportPrefix(tree);
  for (const underNews of files) {
    const file = prefix + underNews;
    const path = `${tree.newsDir}/${underNews}`;
    try {
      const stat = stamps ? statSync(path) : null;
      const bytes = readFileSync(path);
      const outcome = parseEventFile(file, underNews, bytes);
      parsed.push(stat ? { outcome, stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: contentHashOf(bytes) } } : { outcome });
    } catch (error) {
      const message = `the file cannot be read: ${(error as Error).message}`;
      parsed.push({ outcome: { kind: 'rejected', problem: { file, line: 1, message }, warnings: [] } });
    }
  }
  return { first, parsed };
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
      entries.push({ id: related[at] as string, day: related[at + 1] as number, title: related[at + 2] as string, contexts: related[at + 3] as string });
    }
  }
  return batch;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 4000;
/**
 * Files per batch. A worker holds a batch's events until it sends them, and the garbage
 * collector copies what is held each time it runs; small batches are sent before it does.
 */
const BATCH = 200;

export interface ParseOptions {
  /** `always` uses workers whatever the number of files (tests use it on small trees). */
  threads: boolean | 'always';
  stamps?: boolean;
  /** Files per batch; tests make it small to spread a small tree over the workers. */
  batchSize?: number;
  /** Where parse-worker.ts is, for callers bundled elsewhere (Vite bundles its config). */
  workerEntry?: URL;
}

/**
 * Parsing makes short-lived garbage by the gigabyte, and a young generation this size keeps it
 * in the processor's caches. Workers otherwise inherit the larger one build:data gives the main
 * thread, and parsing on two of them was then 30% slower (bench/README.md).
 */
const WORKER_YOUNG_GENERATION_MB = 32;

/** The worker is TypeScript too, so it first registers tsx's loader in its own thread. */
function startWorker(workerEntry = new URL('./parse-worker.ts', import.meta.url)): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = workerEntry.href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
}

/**
 * Parses the given files (paths below newsDir), calling `onBatch` in no particular order;
 * `first` indexes into `files`.
 * `threads: false` parses in this thread (used where tsx's loader is not available).
 */
export async function parseFiles(
  tree: Pick<CorpusTree, 'root' | 'newsDir'>,
  files: string[],
  onBatch: (batch: ParsedBatch) => void,
  options: ParseOptions = { threads: true },
): Promise<void> {
  const count = files.length;
  const size = options.batchSize ?? BATCH;
  const batch = (first: number): ParseBatch => ({
    tree: { root: tree.root, newsDir: tree.newsDir },
    first,
    files: files.slice(first, first + size),
    stamps: options.stamps ?? true,
  });
  const threads = Math.min(availableParallelism(), 8);
  const worthIt = options.threads === 'always' || (options.threads && count >= WORKER_THRESHOLD && threads >= 2);
  if (!worthIt) {
    for (let first = 0; first < count; first += size) onBatch(parseBatch(batch(first)));
    return;
  }
  let next = 0;
  // Two batches in flight per worker: it parses the next while this thread takes in the last.
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        if (next >= count) return;
        worker.postMessage(batch(next));
        next += size;
        inFlight++;
      };
      worker.on('message', (batch: PackedBatch) => {
        inFlight--;
        send();
        onBatch(unpackBatch(batch));
        if (inFlight === 0) resolve();
      });
      worker.on('error', reject);
      send();
      send();
      if (inFlight === 0) resolve();
    });
  const workers = Array.from({ length: Math.max(threads, 2) }, () => startWorker(options.workerEntry));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
