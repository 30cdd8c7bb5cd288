/** Worker thread: writes the bundle files it is sent; on `finish`, answers with the first failure or null. */
import type { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { atomicWriter } from './write-bundle.ts';

const write = atomicWriter((workerData as { outDir: string }).outDir);
let failure: string | null = null;

parentPort?.on('message', (message: { path: string; content: Buffer } | 'finish') => {
  if (message === 'finish') return parentPort?.postMessage(failure);
  if (failure !== null) return;
  try {
    write(message.path, message.content);
  } catch (error) {
    failure = (error as Error).message;
  }
});
