/** Worker thread: runs the jobs it is sent (worker-pool.ts) and sends back their results. */
import { parentPort } from 'node:worker_threads';
import { dayBatchJob } from './day-batches.ts';
import { parseJob } from './parse-files.ts';
import type { WorkerMessage } from './worker-pool.ts';

parentPort?.on('message', ({ job, batch }: WorkerMessage<never>) => {
  parentPort?.postMessage(job === 'days' ? dayBatchJob(batch) : parseJob(batch));
});
