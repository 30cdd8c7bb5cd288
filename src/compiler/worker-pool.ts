/**
 * Runs batches of files on worker threads (one per core, two batches in flight each), or in this
 * thread for small trees. Each worker reads with blocking reads, which on a warm disk cache are
 * ten times faster than 160,000 promise-based reads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Codec, Packed } from './thread-codec.ts';

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 4000;

/**
 * Parsing makes short-lived garbage by the gigabyte, and a young generation this size keeps it
 * in the processor's caches. Workers otherwise inherit the larger one build:data gives the main
 * thread, and parsing on two of them was then 30% slower (bench/README.md).
 */
const WORKER_YOUNG_GENERATION_MB = 32;

export interface PoolOptions {
  /** `always` uses workers whatever the number of files (tests use it on small trees). */
  threads: boolean | 'always';
  /** Where parse-worker.ts is, for callers bundled elsewhere (Vite bundles its config). */
  workerEntry?: URL;
}

/** Work for the pool; parse-worker.ts finds the same job by its name. */
export interface Job<B, R> {
  name: 'parse' | 'days' | 'pages';
  run(batch: B): R;
  /** How a result crosses back to this thread. */
  codec: Codec<R>;
}

/** What parse-worker.ts is sent: which job, and its batch. */
export interface WorkerMessage<B> {
  job: Job<B, unknown>['name'];
  batch: B;
}

/** Runs the job on every batch and hands each result to `onResult`, in no particular order. */
export async function runBatches<B, R>(
  job: Job<B, R>,
  batches: readonly B[],
  fileCount: number,
  onResult: (result: R) => void,
  options: PoolOptions,
): Promise<void> {
  const threads = Math.min(availableParallelism(), 8);
  const worthIt = options.threads === 'always' || (options.threads && fileCount >= WORKER_THRESHOLD && threads >= 2);
  if (!worthIt) {
    for (const batch of batches) onResult(job.run(batch));
    return;
  }
  let next = 0;
  // Two batches in flight per worker: it works on the next while this thread takes in the last.
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        if (next >= batches.length) return;
        worker.postMessage({ job: job.name, batch: batches[next++] } satisfies WorkerMessage<B>);
        inFlight++;
      };
      worker.on('message', (packed: Packed<R>) => {
        inFlight--;
        send();
        try {
          onResult(job.codec.unpack(packed));
        } catch (error) {
          reject(error as Error);
          return;
        }
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

/** The worker is TypeScript too, so it first registers tsx's loader in its own thread. */
function startWorker(workerEntry = new URL('./parse-worker.ts', import.meta.url)): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = workerEntry.href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
}
