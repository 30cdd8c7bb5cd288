/** Worker thread: reads and parses the batches of files it is sent. */
import { parentPort } from 'node:worker_threads';
import { packBatch, parseBatch, type ParseBatch } from './parse-files.ts';

parentPort?.on('message', (batch: ParseBatch) => {
  parentPort?.postMessage(packBatch(parseBatch(batch)));
});
