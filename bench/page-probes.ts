/**
 * Instruments installed in the page before the app runs. They note, with performance.now(),
 * when things reach the DOM, so timings do not include the harness's polling delay:
 *   marks.sources          the event panel shows its "Sources" heading
 *   marks['filter:KEY']    the timeline root first carries data-painted-filter="KEY"
 *   marks.pointerdown      the latest pointerdown (the start of a click)
 *   marks.count            the latest change of the match-count text
 * Functions here run inside the browser: they must not use anything from their module scope.
 */
export interface ProbeMarks {
  sources?: number;
  pointerdown?: number;
  count?: number;
  countText?: string;
  [key: `filter:${string}`]: number | undefined;
}

declare global {
  interface Window {
    __benchMarks: ProbeMarks;
    __benchFrames?: { stamps: number[]; longTasks: number[]; stop: boolean };
  }
}

export function installProbes(): void {
  const marks: ProbeMarks = {};
  window.__benchMarks = marks;
  document.addEventListener('pointerdown', () => (marks.pointerdown = performance.now()), true);
  const check = () => {
    const now = performance.now();
    const root = document.querySelector<HTMLElement>('[data-testid="timeline"]');
    const painted = root?.dataset.paintedFilter;
    if (painted && marks[`filter:${painted}`] === undefined) marks[`filter:${painted}`] = now;
    if (marks.sources === undefined) {
      const headings = document.querySelectorAll('aside h3, aside h2');
      for (const h of headings) if (h.textContent?.trim() === 'Sources') marks.sources = now;
    }
    const count = document.querySelector('[data-testid="match-count"]')?.textContent ?? undefined;
    if (count !== marks.countText) {
      marks.countText = count;
      marks.count = now;
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-painted-filter', 'data-ready'],
  });
}

/** Starts recording animation-frame timestamps and long tasks. */
export function startFrameRecorder(): void {
  const state = { stamps: [] as number[], longTasks: [] as number[], stop: false };
  window.__benchFrames = state;
  const frame = (t: number) => {
    state.stamps.push(t);
    if (!state.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    if (state.stop) observer.disconnect();
  });
  observer.observe({ type: 'longtask', buffered: false });
}

export function stopFrameRecorder(): { stamps: number[]; longTasks: number[] } {
  const state = window.__benchFrames ?? { stamps: [], longTasks: [], stop: true };
  state.stop = true;
  return { stamps: state.stamps, longTasks: state.longTasks };
}
