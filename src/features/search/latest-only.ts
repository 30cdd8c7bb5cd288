/**
 * One search at a time: a keystroke while one runs queues its search, replacing any already
 * waiting. A fast typist's middle keystrokes are skipped rather than fetched (the debounce),
 * and a slow typist waits for no timer.
 */
export interface LatestOnly {
  (job: () => Promise<void>): void;
  /** No job runs or waits: one started now would not hold up another. */
  idle(): boolean;
}

export function latestOnly(): LatestOnly {
  let running = false;
  let waiting: (() => Promise<void>) | null = null;
  const drain = async () => {
    running = true;
    while (waiting) {
      const job = waiting;
      waiting = null;
      await job();
    }
    running = false;
  };
  const queue = (job: () => Promise<void>) => {
    waiting = job;
    if (!running) void drain();
  };
  return Object.assign(queue, { idle: () => !running && !waiting });
}
