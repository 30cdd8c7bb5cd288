/**
 * One shared filter worker, started on first use; requests are answered in order by id. If the
 * worker fails, every waiting request is rejected and the next one starts a fresh worker.
 */
import type { FilterRequest, FilterResponse } from './filter-protocol.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (response: FilterResponse) => void; reject: (error: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./filter.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FilterResponse>) => {
      pending.get(event.data.requestId)?.resolve(event.data);
      pending.delete(event.data.requestId);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(new Error(`the tag filter failed: ${event.message || 'its worker stopped'}`));
    };
    worker.onmessageerror = () => fail(new Error('the tag filter sent a result that could not be read'));
  }
  return worker;
}

function fail(error: Error): void {
  worker?.terminate();
  worker = null;
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

/** Starts the worker ahead of the first filter, so a tag click does not wait for it to boot. */
export function warmFilterWorker(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

export function runFilter(request: Omit<FilterRequest, 'requestId'>): Promise<FilterResponse> {
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    try {
      getWorker().postMessage({ ...request, requestId } satisfies FilterRequest);
    } catch (error) {
      pending.delete(requestId);
      reject(error as Error);
    }
  });
}
