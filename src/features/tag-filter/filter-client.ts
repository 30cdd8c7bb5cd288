/** One shared filter worker, started on first use; requests are answered in order by id. */
import type { FilterRequest, FilterResponse } from './filter-protocol.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: FilterResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./filter.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FilterResponse>) => {
      pending.get(event.data.requestId)?.(event.data);
      pending.delete(event.data.requestId);
    };
  }
  return worker;
}

/** Starts the worker ahead of the first filter, so a tag click does not wait for it to boot. */
export function warmFilterWorker(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

export function runFilter(request: Omit<FilterRequest, 'requestId'>): Promise<FilterResponse> {
  const requestId = nextId++;
  return new Promise((resolve) => {
    pending.set(requestId, resolve);
    getWorker().postMessage({ ...request, requestId } satisfies FilterRequest);
  });
}
