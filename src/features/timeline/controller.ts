import type { ScaleTime } from 'd3-scale';
import { countInDays, totalCount } from '../../lib/density.ts';
import { MS_PER_DAY, type TimeRange } from '../../lib/time-range.ts';
import { axisTicks } from './axis-ticks.ts';
import { binAt, binDensity, createBins, maxCount, type Bins } from './density-bins.ts';
import { describeBin, describeView, formatCount, formatDay, formatDaySpan } from './describe.ts';
import { dayOfId, headlineOf, indexOfId, stepCursor } from './event-lookup.ts';
import { plotGeometry, type PlotGeometry } from './geometry.ts';
import { attachGestures } from './gestures.ts';
import { keyIntent } from './keyboard.ts';
import { resetLabels, type LabelSource } from './label-pool.ts';
import { markOffset } from './mark-layout.ts';
import { paintAxis, paintRule } from './paint-axis.ts';
import { paintDensity } from './paint-density.ts';
import { palette } from './palette.ts';
import { watchPixelRatio } from './pixel-ratio.ts';
import { canvasMeasure, createTextWidths } from './text-width.ts';
import { createStoryOverlays, type EdgeButtons } from './story-overlays.ts';
import { showTooltip, hideTooltip } from './tooltip.ts';
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
  type ZoomBounds,
} from './transform.ts';
import type { TimelineProps } from './types.ts';
import { isSpanLoaded, visibleSlice } from './visible-slice.ts';
import { clearZoomedIn, createZoomedIn, eventAt, moreAt, paintZoomedIn } from './zoomed-in.ts';

export interface TimelineElements {
  root: HTMLElement;
  plot: HTMLElement;
  canvas: HTMLCanvasElement;
  labels: HTMLElement;
  tooltip: HTMLElement;
  live: HTMLElement;
  legend: HTMLElement;
  /** The related-event counts at the edges. */
  edges?: EdgeButtons;
}

export interface TimelineController {
  update(props: TimelineProps): void;
  zoomBy(factor: number): void;
  fitAll(): void;
  /** Centres the view on the nearest related event beyond an edge, at the same zoom. */
  toRelated(side: 'before' | 'after'): void;
  destroy(): void;
}

/** Density bars this wide (px) when days are narrower. */
const BIN_PX = 2;
/** Zoomed in means: every event in view loaded, and at most this many per px of width. */
const MARKS_PER_PX = 0.25;
/** ...but a phone still gets labels for this many. */
const MIN_MARKS = 120;
/** Share of the plot height left above the tallest density bar. */
const HEADROOM = 0.15;
/** Most events walked per frame when zoomed in. */
const MAX_SLICE = 20_000;

function pointerKind(): 'fine' | 'coarse' {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 'coarse' : 'fine';
}

export function createTimelineController(el: TimelineElements, initial: TimelineProps): TimelineController {
  let props = initial;
  let width = 0;
  let backingRatio = 1;
  let geometry: PlotGeometry = plotGeometry(1, 1);
  let base: ScaleTime<number, number> = baseScale(props.firstDay, props.lastDay, 1);
  let bounds: ZoomBounds = zoomBounds(base);
  let t: Transform = { k: 1, x: 0 };
  let lastReported: TimeRange = props.range;
  let gesturing = false;
  let frame = 0;
  let mode: 'density' | 'marks' = 'density';
  let hover: { x: number; y: number; clientX: number; clientY: number } | null = null;
  let cursorId: string | null = null;
  let ready = false;
  let legendText = '';
  let allBins: Bins = createBins(8);
  let matchBins: Bins = createBins(8);
  const textWidths = createTextWidths(canvasMeasure());
  const zoomedIn = createZoomedIn(el.labels, textWidths);
  const stories = createStoryOverlays(el.edges ?? null, BIN_PX);
  // Opaque: the canvas paints its own background, so the compositor need not blend it.
  const ctx = el.canvas.getContext('2d', { alpha: false });
  const source: LabelSource = {
    id: (i) => props.events.ids[i],
    title: (i) => props.events.titles[i],
    text: (i) => headlineOf(props.events, i),
  };

  const range = () => rangeOf(base, t);

  function resize(w: number, h: number): void {
    if (w <= 0 || h <= 0) return;
    const keep = width > 0 ? range() : props.range;
    width = w;
    geometry = plotGeometry(w, h, pointerKind());
    el.labels.style.setProperty('--timeline-label-height', `${geometry.labelHeight}px`);
    rebase(keep);
    sizeBackingStore();
    const capacity = Math.ceil(w / BIN_PX) + 8;
    allBins = createBins(capacity);
    matchBins = createBins(capacity);
    stories.resize(w);
    requestPaint();
  }

  function sizeBackingStore(): void {
    backingRatio = window.devicePixelRatio || 1;
    el.canvas.width = Math.round(width * backingRatio);
    el.canvas.height = Math.round(geometry.height * backingRatio);
  }

  function rebase(keep: TimeRange): void {
    base = baseScale(props.firstDay, props.lastDay, Math.max(width, 1));
    bounds = zoomBounds(base);
    t = constrain(transformFor(base, keep), Math.max(width, 1), bounds);
  }

  function requestPaint(): void {
    if (!frame) frame = requestAnimationFrame(paint);
  }

  function setTransform(next: Transform, live: boolean): void {
    t = next;
    if (live) gesturing = true;
    requestPaint();
  }

  function settle(): void {
    gesturing = false;
    const r = range();
    lastReported = r;
    props.onRangeChange(r, 'end');
  }

  function paint(): void {
    frame = 0;
    if (!ctx || width <= 0) return;
    // Also checked here: some browsers (headless Chromium under emulation) never fire the
    // resolution query's change event.
    if ((window.devicePixelRatio || 1) !== backingRatio) sizeBackingStore();
    const g = geometry;
    const scale = rescale(base, t);
    const r = range();
    const startDay = r.start / MS_PER_DAY;
    const pxPerDay = (width * MS_PER_DAY) / (r.end - r.start);
    const endDay = startDay + width / pxPerDay;
    const dpr = el.canvas.width / width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, width, g.height);
    paintAxis(ctx, scale, axisTicks(scale), textWidths, g.top - 8, g.axisTop, width);

    const events = props.events;
    const [first, last] = visibleSlice(events.days, startDay, endDay);
    const loaded = isSpanLoaded(events.loadedSpans, startDay, endDay - 1e-9);
    // Under a filter only matches are drawn one by one, so they decide; the whole slice is
    // still walked each frame, hence the cap.
    const drawn = props.matchDensity ? countInDays(props.matchDensity, startDay, endDay + 1) : last - first;
    const fewEnough = drawn <= Math.max(MIN_MARKS, width * MARKS_PER_PX);
    // Story lanes replace both the density and the marks.
    mode = !props.lanes && loaded && fewEnough && last - first <= MAX_SLICE ? 'marks' : 'density';
    const selected = indexOfId(events, props.selectedId);
    const cursor = indexOfId(events, cursorId);

    const barsTop = mode === 'marks' ? g.rugTop + 4 : g.top + HEADROOM * (g.axisTop - g.top);
    binDensity(props.allDensity, startDay, pxPerDay, width, BIN_PX, allBins);
    const matches = props.matchDensity
      ? binDensity(props.matchDensity, startDay, pxPerDay, width, BIN_PX, matchBins)
      : null;
    const max = maxCount(allBins);
    // The whole column is hoverable, not just the bar: thin bars are hard to hit.
    const hoverTop = mode === 'marks' ? g.rugTop : g.top;
    const hoveredBin = hover && hover.y >= hoverTop && hover.y < g.axisTop ? binAt(allBins, hover.x) : -1;
    const offset = markOffset(pxPerDay);
    const frameView = { startDay, endDay, pxPerDay, width, offset };
    let painted = 0;
    if (props.lanes) painted = stories.paintLanes(ctx, props.lanes, g, frameView);
    else {
      paintDensity(ctx, allBins, matches, max, barsTop, g.axisTop, hoveredBin);
      for (let i = 0; i < allBins.length; i++) painted += allBins.count[i];
    }

    const selectedDay = selected >= 0 ? events.days[selected] : dayOfId(props.selectedId);
    const todayDay = Math.floor(Date.now() / MS_PER_DAY);
    if (todayDay >= startDay && todayDay < endDay) {
      paintRule(ctx, (todayDay - startDay) * pxPerDay + offset, g.top - 8, g.axisTop, palette.today, true);
    }
    if (selectedDay !== null && selectedDay >= startDay - 1 && selectedDay < endDay) {
      paintRule(ctx, (selectedDay - startDay) * pxPerDay + offset, g.top - 8, g.axisTop, palette.selected, false);
    }

    if (mode === 'marks') {
      // Hit areas from the previous frame: the pointer's label is highlighted as it is laid out again.
      const hovered = hover ? eventAt(zoomedIn, hover.x, hover.y) : -1;
      const view = { first, last, startDay, pxPerDay, width, selected, cursor, hovered };
      painted += paintZoomedIn(zoomedIn, ctx, events, source, g, view);
    } else {
      clearZoomedIn(zoomedIn, source);
    }
    stories.paintRelated(ctx, props.relatedDays ?? [], selectedDay, g, frameView);

    updateHover(hoveredBin, matches);
    updateLegend(max, pxPerDay);
    markPainted(painted);
    if (gesturing && !sameRange(r, lastReported)) {
      lastReported = r;
      props.onRangeChange(r, 'live');
    }
  }

  function updateHover(hoveredBin: number, matches: Bins | null): void {
    if (!hover) return hideTooltip(el.tooltip);
    const events = props.events;
    // By geometry, not by the element under the pointer: a wheel zoom moves labels without
    // any pointer event, and the tooltip must follow what is under the pointer now.
    const index = mode === 'marks' ? eventAt(zoomedIn, hover.x, hover.y) : -1;
    const more = mode === 'marks' ? moreAt(zoomedIn, hover.x, hover.y, geometry) : -1;
    let heading: string;
    let detail: string;
    if (index >= 0 && index < events.ids.length) {
      heading = events.titles[index];
      detail = formatDay(events.days[index]);
    } else if (more >= 0) {
      heading = `${formatCount(zoomedIn.layout.moreCount[more])} more events here`;
      detail = 'Click or zoom in to see them';
    } else if (hoveredBin >= 0 && allBins.count[hoveredBin] > 0) {
      heading = describeBin(allBins.count[hoveredBin], matches ? matches.count[hoveredBin] : null);
      detail = formatDaySpan(allBins.fromDay[hoveredBin], allBins.toDay[hoveredBin]);
    } else {
      return hideTooltip(el.tooltip);
    }
    showTooltip(el.tooltip, heading, detail, hover.clientX, hover.clientY);
  }

  function updateLegend(max: number, pxPerDay: number): void {
    const { layout } = zoomedIn;
    let hidden = 0;
    for (let m = 0; m < layout.moreLength; m++) hidden += layout.moreCount[m];
    const text = describeView(mode === 'marks', layout.included, hidden, max, Math.max(1, BIN_PX / pxPerDay));
    if (text !== legendText) el.legend.textContent = legendText = text;
  }

  function markPainted(painted: number): void {
    if (!ready && painted > 0 && totalCount(props.allDensity) > 0) {
      ready = true;
      el.root.dataset.ready = 'true';
      performance.mark('timeline-painted');
    }
    if (el.root.dataset.paintedFilter !== props.filterKey) {
      if (props.filterKey === undefined) delete el.root.dataset.paintedFilter;
      else el.root.dataset.paintedFilter = props.filterKey;
    }
  }

  function moveCursor(step: number): void {
    const events = props.events;
    const r = range();
    const [first, last] = visibleSlice(events.days, r.start / MS_PER_DAY, r.end / MS_PER_DAY);
    const n = events.ids.length;
    let i = stepCursor(indexOfId(events, cursorId), first, last, n, step);
    // Under a filter the cursor visits only the events still drawn.
    while (i >= 0 && events.matches && events.matches[i] === 0) {
      const next = i + Math.sign(step);
      if (next < 0 || next >= n) return;
      i = next;
    }
    if (i < 0) return;
    cursorId = events.ids[i];
    // Keep the cursor in view: recentre once it nears an edge.
    const x = rescale(base, t)((events.days[i] + 0.5) * MS_PER_DAY);
    if (x < width * 0.1 || x > width * 0.9) t = panBy(t, width / 2 - x, width, bounds);
    el.live.textContent = `${events.titles[i]}, ${formatDay(events.days[i])}`;
  }

  function onKey(e: KeyboardEvent): void {
    const intent = keyIntent(e, mode === 'marks');
    if (!intent) return;
    // Enter on one of our buttons is that button's own click.
    if (intent.kind === 'select' && e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    if (intent.kind === 'select') {
      const i = indexOfId(props.events, cursorId);
      if (i >= 0) props.onSelect(props.events.ids[i]);
      return;
    }
    if (intent.kind === 'deselect') return props.onSelect(null);
    if (intent.kind === 'zoom') t = zoomAt(t, intent.factor, width / 2, width, bounds);
    else if (intent.kind === 'pan') t = panBy(t, -intent.fraction * width, width, bounds);
    else moveCursor(intent.step);
    requestPaint();
    settle();
  }

  function zoomBy(factor: number): void {
    t = zoomAt(t, factor, width / 2, width, bounds);
    requestPaint();
    settle();
  }

  const detach = attachGestures(el.root, el.plot, {
    zoom: (factor, x) => setTransform(zoomAt(t, factor, x, width, bounds), true),
    pan: (dx) => setTransform(panBy(t, dx, width, bounds), true),
    settle,
    hover: (x, y, clientX, clientY) => {
      hover = { x, y, clientX, clientY };
      requestPaint();
    },
    leave: () => {
      hover = null;
      requestPaint();
    },
    click: (x, y, target) => {
      const label = target instanceof Element ? target.closest<HTMLElement>('.timeline-label') : null;
      if (label?.dataset.id) return props.onSelect(label.dataset.id);
      if (mode !== 'marks') return;
      const i = eventAt(zoomedIn, x, y);
      if (i >= 0) return props.onSelect(props.events.ids[i]);
      const m = moreAt(zoomedIn, x, y, geometry);
      if (m >= 0) {
        t = zoomAt(t, 3, zoomedIn.layout.moreX[m], width, bounds);
        requestPaint();
        settle();
      }
    },
    key: onKey,
  });

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
      if (next.events !== previous.events) resetLabels(zoomedIn.pool);
      if (next.firstDay !== previous.firstDay || next.lastDay !== previous.lastDay) rebase(range());
      // Follow the app only when it asks for something new, not while it lags behind a gesture.
      if (!sameRange(next.range, previous.range) && !sameRange(next.range, lastReported)) {
        t = constrain(transformFor(base, next.range), Math.max(width, 1), bounds);
        lastReported = next.range;
      }
      requestPaint();
    },
    zoomBy,
    fitAll() {
      t = constrain({ k: 1, x: 0 }, width, bounds);
      requestPaint();
      settle();
    },
    toRelated(side) {
      const day = stories.nearest(side);
      if (day === null) return;
      const r = range();
      const middle = (day + 0.5) * MS_PER_DAY;
      const half = (r.end - r.start) / 2;
      t = constrain(transformFor(base, { start: middle - half, end: middle + half }), width, bounds);
      requestPaint();
      settle();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unwatchRatio();
      detach();
      // A remount (StrictMode, hot reload) starts with an empty label layer.
      el.labels.replaceChildren();
      hideTooltip(el.tooltip);
    },
  };
}
