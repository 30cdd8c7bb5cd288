import type { ScaleTime } from 'd3-scale';
import type { TimeRange } from '../../lib/time-range.ts';
import { corpusRange } from '../../lib/view-range.ts';
import { attachGestures, type GestureHandlers } from './gestures.ts';
import {
  baseScale,
  constrain,
  panBy,
  rangeOf,
  rescale,
  sameRange,
  transformFor,
  zoomAt,
  zoomBounds,
  type Transform,
} from './transform.ts';

export type RangePhase = 'live' | 'end';

export interface ViewportOptions {
  firstDay: number;
  lastDay: number;
  range: TimeRange;
  /** Something moved: schedule a frame. */
  invalidate(): void;
  onRangeChange(range: TimeRange, phase: RangePhase): void;
}

/** What the viewport passes through from the gesture layer untouched. */
export type PointerHandlers = Pick<GestureHandlers, 'hover' | 'leave' | 'click' | 'key'>;

/**
 * The one owner of where the timeline looks (xyflow's XYPanZoom): a base scale over the
 * corpus, a transform on it, the zoom bounds, the gestures that move it, and the range
 * reports (live at most once a frame, settled when a gesture ends). The visible range is
 * always derived from the transform, never stored beside it.
 */
export interface Viewport {
  width(): number;
  range(): TimeRange;
  scale(): ScaleTime<number, number>;
  /** Whether the view is as close (or as far) as it may zoom. */
  atZoomLimit(): { closest: boolean; farthest: boolean };
  resize(width: number): void;
  setCorpus(firstDay: number, lastDay: number): void;
  /** Zoom by `factor` around plot x (the middle by default); `live` while a gesture runs. */
  zoom(factor: number, x?: number, live?: boolean): void;
  pan(dx: number, live?: boolean): void;
  fitAll(): void;
  /** Moves to `range` (the overview brush); `live` while a gesture runs. */
  show(range: TimeRange, live: boolean): void;
  /** Moves to a range the app asks for, unless it is the one the viewport last reported. */
  follow(range: TimeRange): void;
  /** Reports the settled range. */
  settle(): void;
  /** Called once per painted frame: reports the range while a gesture runs. */
  reportLive(): void;
  destroy(): void;
}

export function createViewport(
  root: HTMLElement,
  plot: HTMLElement,
  o: ViewportOptions,
  pointer: PointerHandlers,
): Viewport {
  let firstDay = o.firstDay;
  let lastDay = o.lastDay;
  let width = 0;
  let base = baseScale(firstDay, lastDay, 1);
  let bounds = zoomBounds(base);
  let t: Transform = { k: 1, x: 0 };
  let lastAsked = o.range;
  let lastReported = o.range;
  let pending: TimeRange | null = o.range;
  let gesturing = false;

  const range = () => (pending && width <= 0 ? pending : rangeOf(base, t));
  const w = () => Math.max(width, 1);

  function rebase(keep: TimeRange): void {
    base = baseScale(firstDay, lastDay, w());
    bounds = zoomBounds(base);
    t = constrain(transformFor(base, keep), w(), bounds);
  }

  function move(next: Transform, live: boolean): void {
    t = next;
    if (live) gesturing = true;
    o.invalidate();
  }

  function settle(): void {
    gesturing = false;
    const r = range();
    lastReported = r;
    o.onRangeChange(r, 'end');
  }

  const detach = attachGestures(root, plot, {
    zoom: (factor, x) => move(zoomAt(t, factor, x, width, bounds), true),
    pan: (dx) => move(panBy(t, dx, width, bounds), true),
    settle,
    ...pointer,
  });

  const viewport: Viewport = {
    width: () => width,
    range,
    scale: () => rescale(base, t),
    atZoomLimit: () => ({ closest: t.k >= bounds.kMax * (1 - 1e-9), farthest: t.k <= bounds.kMin * (1 + 1e-9) }),
    resize(next) {
      const keep = range();
      width = next;
      pending = null;
      rebase(keep);
    },
    setCorpus(first, last) {
      if (first === firstDay && last === lastDay) return;
      const keep = range();
      firstDay = first;
      lastDay = last;
      rebase(keep);
    },
    zoom(factor, x = width / 2, live = false) {
      move(zoomAt(t, factor, x, width, bounds), live);
      if (!live) settle();
    },
    pan(dx, live = false) {
      move(panBy(t, dx, width, bounds), live);
      if (!live) settle();
    },
    fitAll() {
      // The same "all" as the first view of a link without a range.
      move(constrain(transformFor(base, corpusRange(firstDay, lastDay)), w(), bounds), false);
      settle();
    },
    show(next, live) {
      move(constrain(transformFor(base, next), w(), bounds), live);
    },
    follow(next) {
      // Follow the app only when it asks for something new, not while it lags behind a gesture.
      if (sameRange(next, lastAsked)) return;
      lastAsked = next;
      if (sameRange(next, lastReported)) return;
      lastReported = next;
      if (width <= 0) pending = next;
      else t = constrain(transformFor(base, next), w(), bounds);
      o.invalidate();
    },
    settle,
    reportLive() {
      const r = range();
      if (!gesturing || sameRange(r, lastReported)) return;
      lastReported = r;
      o.onRangeChange(r, 'live');
    },
    destroy: detach,
  };
  return viewport;
}
