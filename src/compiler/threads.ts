/** Worker threads for big trees: when they pay, and how one is started. */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** `always` uses workers whatever the size of the tree (tests use it on small ones). */
export type ThreadsOption = boolean | 'always';

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 4000;

export function workerCount(): number {
  return Math.min(availableParallelism(), 8);
}

export function threadsPay(threads: ThreadsOption, files: number): boolean {
  return threads === 'always' || (threads && files >= WORKER_THRESHOLD && workerCount() >= 2);
}

/** Workers are TypeScript too, so each first registers tsx's loader in its own thread. */
export function startWorker(entry: URL, options: { workerData?: unknown; resourceLimits?: ResourceLimits } = {}): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, ...options });
}
