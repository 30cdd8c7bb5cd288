/**
 * Instruments installed in the page before the app runs. They note, with performance.now(),
 * when things reach the DOM, so timings do not include the harness's polling delay:
 *   marks.sources          the event panel shows its "Sources" heading
 *   marks['filter:KEY']    the timeline root first carries data-painted-filter="KEY"
 *   marks.pointerdown      the latest pointerdown (the start of a click)
 *   marks.count            the latest change of the match-count text
 *   marks.keydown          the latest keydown (a keystroke in the search field)
 *   marks['search:TEXT']   the search results first carry data-search-painted="TEXT"
 * Functions here run inside the browser: they must not use anything from their module scope.
 */
export interface ProbeMarks {
  sources?: number;
  pointerdown?: number;
  count?: number;
  countText?: string;
  keydown?: number;
  [key: `filter:${string}`]: number | undefined;
  [key: `search:${string}`]: number | undefined;
}

declare global {
  interface Window {
    __benchMarks: ProbeMarks;
    __benchFrames?: { segments: number[][]; longTasks: number[]; stop: boolean; paused: boolean };
  }
}

export function installProbes(): void {
  const marks: ProbeMarks = {};
  window.__benchMarks = marks;
  document.addEventListener('pointerdown', () => (marks.pointerdown = performance.now()), true);
  document.addEventListener('keydown', () => (marks.keydown = performance.now()), true);
  const check = () => {
    const now = performance.now();
    const root = document.querySelector<HTMLElement>('[data-testid="timeline"]');
    const painted = root?.dataset.paintedFilter;
    if (painted && marks[`filter:${painted}`] === undefined) marks[`filter:${painted}`] = now;
    const searched = document.querySelector<HTMLElement>('[data-search-painted]')?.dataset.searchPainted;
    if (searched !== undefined && marks[`search:${searched}`] === undefined) marks[`search:${searched}`] = now;
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
    attributeFilter: ['data-painted-filter', 'data-ready', 'data-search-painted'],
  });
}

/**
 * Starts recording animation-frame timestamps and long tasks. While paused (the harness waits
 * for the app, not the user's input) frames are not recorded; each resume starts a new segment
 * so no interval spans a pause.
 */
export function startFrameRecorder(): void {
  const state = { segments: [[]] as number[][], longTasks: [] as number[], stop: false, paused: false };
  window.__benchFrames = state;
  const frame = (t: number) => {
    if (!state.paused) state.segments[state.segments.length - 1].push(t);
    if (!state.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    if (state.stop) observer.disconnect();
  });
  observer.observe({ type: 'longtask', buffered: false });
}

export function pauseFrameRecorder(paused: boolean): void {
  const state = window.__benchFrames;
  if (!state) return;
  state.paused = paused;
  if (!paused) state.segments.push([]);
}

export function stopFrameRecorder(): { segments: number[][]; longTasks: number[] } {
  const state = window.__benchFrames ?? { segments: [], longTasks: [], stop: true, paused: false };
  state.stop = true;
  return { segments: state.segments, longTasks: state.longTasks };
}
