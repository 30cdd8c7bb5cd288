import { formatDay } from '../../lib/dates.ts';
import { MS_PER_DAY } from '../../lib/time-range.ts';
import { indexOfId, stepCursor, stepDay } from './event-lookup.ts';
import { keyIntent } from './keyboard.ts';
import { createOverview, type OverviewElements } from './overview.ts';
import { watchPixelRatio } from './pixel-ratio.ts';
import { createRenderer, type RendererElements } from './renderer.ts';
import type { DensityBar, TimelineProps } from './types.ts';
import { createViewport } from './viewport.ts';
import { visibleSlice } from './visible-slice.ts';

export interface TimelineElements extends RendererElements {
  plot: HTMLElement;
  live: HTMLElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  overview: OverviewElements;
}

export interface TimelineController {
  update(props: TimelineProps): void;
  zoomBy(factor: number): void;
  fitAll(): void;
  /** Centres the view on the nearest related event beyond an edge, at the same zoom. */
  toRelated(side: 'before' | 'after'): void;
  destroy(): void;
}

/** Below this plot width the legend wraps beside the zoom buttons. */
const NARROW_PX = 560;

function pointerKind(): 'fine' | 'coarse' {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 'coarse' : 'fine';
}

/** Whether two sets of props paint the same: all but their callbacks are the same values. */
function samePicture(a: TimelineProps, b: TimelineProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof TimelineProps>);
  for (const key of keys) if (a[key] !== b[key] && typeof b[key] !== 'function') return false;
  return true;
}

/**
 * Binds the viewport (where the timeline looks) to the renderer (what it paints), one frame
 * per animation frame, and handles what neither owns: the keyboard cursor and selection.
 */
export function createTimelineController(el: TimelineElements, initial: TimelineProps): TimelineController {
  let props = initial;
  let frame = 0;
  let cursorId: string | null = null;
  const renderer = createRenderer(el, () => props.events);

  const requestPaint = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };

  function paint(): void {
    frame = 0;
    if (viewport.width() <= 0) return;
    const view = { scale: viewport.scale(), range: viewport.range(), width: viewport.width() };
    renderer.paint(view, props, indexOfId(props.events, cursorId));
    overview.showRange(view.range);
    const limit = viewport.atZoomLimit();
    if (el.zoomIn.disabled !== limit.closest) el.zoomIn.disabled = limit.closest;
    if (el.zoomOut.disabled !== limit.farthest) el.zoomOut.disabled = limit.farthest;
    viewport.reportLive();
  }

  function moveCursor(step: number, byDay = false): void {
    const events = props.events;
    const r = viewport.range();
    const [first, last] = visibleSlice(events.days, r.start / MS_PER_DAY, r.end / MS_PER_DAY);
    const n = events.ids.length;
    const current = indexOfId(events, cursorId);
    let i = byDay ? stepDay(events.days, current, first, last, step) : stepCursor(current, first, last, n, step);
    // Under a filter the cursor visits only the events still drawn.
    while (i >= 0 && events.matches && events.matches[i] === 0) {
      const next = i + Math.sign(step);
      if (next < 0 || next >= n) return;
      i = next;
    }
    if (i < 0) return;
    cursorId = events.ids[i];
    el.live.textContent = `${events.titles[i]}, ${formatDay(events.days[i])}`;
    // Keep the cursor in view: recentre once it nears an edge.
    const width = viewport.width();
    const x = viewport.scale()((events.days[i] + 0.5) * MS_PER_DAY);
    if (x < width * 0.1 || x > width * 0.9) viewport.pan(width / 2 - x);
    else viewport.settle();
    requestPaint();
  }

  function openDay(day: number): void {
    if (props.onOpenDay) return props.onOpenDay(day);
    viewport.show({ start: day * MS_PER_DAY, end: (day + 1) * MS_PER_DAY }, false);
    viewport.settle();
  }

  /** A density bar opens the period it counts; its days become the visible range. */
  function zoomToBar(bar: DensityBar | null): void {
    if (!bar) return;
    viewport.show({ start: bar.fromDay * MS_PER_DAY, end: bar.toDay * MS_PER_DAY }, false);
    viewport.settle();
  }

  function onKey(e: KeyboardEvent): void {
    // The overview's range inputs take their own arrow keys.
    if (e.target instanceof HTMLInputElement) return;
    const intent = keyIntent(e, renderer.mode() === 'marks');
    if (!intent) return;
    // Enter on one of our buttons is that button's own click.
    if (intent.kind === 'select' && e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    if (intent.kind === 'select') {
      // Over bars there is no event cursor: Enter opens the bar at the centre of the view.
      if (renderer.mode() === 'density') return zoomToBar(renderer.barAt(viewport.width() / 2, null));
      const i = indexOfId(props.events, cursorId);
      if (i >= 0) props.onSelect(props.events.ids[i]);
      return;
    }
    if (intent.kind === 'deselect') return props.onSelect(null);
    if (intent.kind === 'zoom') viewport.zoom(intent.factor);
    else if (intent.kind === 'pan') viewport.pan(-intent.fraction * viewport.width());
    else moveCursor(intent.step, intent.byDay);
  }

  const viewport = createViewport(
    el.root,
    el.plot,
    {
      firstDay: props.firstDay,
      lastDay: props.lastDay,
      range: props.range,
      invalidate: requestPaint,
      onRangeChange: (range, phase) => props.onRangeChange(range, phase),
    },
    {
      hover: (x, y, clientX, clientY) => {
        renderer.setHover({ x, y, clientX, clientY });
        requestPaint();
      },
      leave: () => {
        renderer.setHover(null);
        requestPaint();
      },
      click: (x, y, target) => {
        // What the click opens takes over; a tooltip left over the labels would hide it.
        renderer.setHover(null);
        requestPaint();
        const label = target instanceof Element ? target.closest<HTMLElement>('.timeline-label') : null;
        if (label?.dataset.id) return props.onSelect(label.dataset.id);
        const more = target instanceof Element ? target.closest<HTMLElement>('.timeline-more-button') : null;
        if (more?.dataset.day) return openDay(Number(more.dataset.day));
        const i = renderer.eventAt(x, y);
        if (i >= 0) return props.onSelect(props.events.ids[i]);
        const moreDay = renderer.moreDayAt(x, y);
        if (moreDay !== null) return openDay(moreDay);
        const bar = renderer.barAt(x, y);
        if (bar && bar.count > 0) zoomToBar(bar);
      },
      key: onKey,
    },
  );

  const overview = createOverview(el.overview, {
    show: (range, live) => viewport.show(range, live),
    settle: () => viewport.settle(),
  });
  const overviewData = () => ({
    firstDay: props.firstDay,
    lastDay: props.lastDay,
    allDensity: props.allDensity,
    matchDensity: props.matchDensity,
  });
  overview.setData(overviewData());

  function resize(w: number, h: number): void {
    if (w <= 0 || h <= 0) return;
    el.root.dataset.narrow = String(w < NARROW_PX);
    viewport.resize(w);
    renderer.resize(w, h, pointerKind());
    overview.resize(w, el.overview.strip.clientHeight);
    requestPaint();
  }

  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    resize(box.width, box.height);
  });
  observer.observe(el.plot);
  resize(el.plot.clientWidth, el.plot.clientHeight);
  // The next frame sees the new ratio and re-sizes the backing store.
  const unwatchRatio = watchPixelRatio(requestPaint);

  return {
    update(next) {
      const previous = props;
      props = next;
      // The app re-renders on every keystroke in the search field; a frame then would repaint
      // the same pixels. Callbacks are read when called, so new ones need no frame.
      if (samePicture(previous, next)) return;
      if (next.events !== previous.events) renderer.resetLabels();
      viewport.setCorpus(next.firstDay, next.lastDay);
      viewport.follow(next.range);
      overview.setData(overviewData());
      requestPaint();
    },
    zoomBy: (factor) => viewport.zoom(factor),
    fitAll: () => viewport.fitAll(),
    toRelated(side) {
      const day = renderer.nearestRelated(side);
      if (day === null) return;
      const r = viewport.range();
      const middle = (day + 0.5) * MS_PER_DAY;
      const half = (r.end - r.start) / 2;
      viewport.show({ start: middle - half, end: middle + half }, false);
      viewport.settle();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unwatchRatio();
      viewport.destroy();
      overview.destroy();
      renderer.destroy();
    },
  };
}
