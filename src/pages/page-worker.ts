/** Worker thread for the pages (worker-pool.ts): writes each shard's pages it is sent. */
import { parentPort } from 'node:worker_threads';
import { pageBatchJob } from './page-batch.ts';
import type { PageBatch } from './page-batch.ts';

parentPort?.on('message', ({ batch }: { batch: PageBatch }) => {
  parentPort?.postMessage(pageBatchJob.codec.pack(pageBatchJob.run(batch)));
});
