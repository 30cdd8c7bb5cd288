/** Worker thread: runs the jobs it is sent (worker-pool.ts) and sends back their packed results. */
import { parentPort } from 'node:worker_threads';
import { dayBatchJob } from './day-batches.ts';
import { parseJob } from './parse-files.ts';
import type { Job, WorkerMessage } from './worker-pool.ts';

const jobs: Partial<Record<WorkerMessage<unknown>['job'], Job<never, unknown>>> = {
  days: dayBatchJob,
  parse: parseJob,
};

parentPort?.on('message', ({ job, batch }: WorkerMessage<never>) => {
  const { run, codec } = jobs[job]!;
  parentPort?.postMessage(codec.pack(run(batch)));
});
