/**
 * One search at a time: a keystroke while one runs queues its search, replacing any already
 * waiting. A fast typist's middle keystrokes are skipped rather than fetched (the debounce),
 * and a slow typist waits for no timer.
 */
export function latestOnly(): (job: () => Promise<void>) => void {
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
  return (job) => {
    waiting = job;
    if (!running) void drain();
  };
}
