import { countInDays, totalCount } from '../../lib/density.ts';
import { MS_PER_DAY } from '../../lib/time-range.ts';
import { axisTicks } from './axis-ticks.ts';
import { chooseMode, isCorpusSpanLoaded, type TimelineMode } from './choose-mode.ts';
import { binAt, binDensity, createBins, maxCount, type Bins } from './density-bins.ts';
import { formatDay, formatDaySpan } from '../../lib/dates.ts';
import { describeBin, describeView, formatCount, describeTallest } from './describe.ts';
import { dayOfId, headlineOf, indexOfId } from './event-lookup.ts';
import { plotGeometry, type PlotGeometry } from './geometry.ts';
import { resetLabels, type LabelSource } from './label-pool.ts';
import { markOffset, markX } from './mark-layout.ts';
import { paintAxis, paintRule } from './paint-axis.ts';
import { paintDensity, paintScale } from './paint-density.ts';
import { palette } from './palette.ts';
import { createStoryOverlays, type EdgeButtons } from './story-overlays.ts';
import { canvasMeasure, createTextWidths } from './text-width.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';
import type { DensityBar, FrameView, Hover, TimelineProps } from './types.ts';
import { isSpanLoaded, visibleSlice } from './visible-slice.ts';
import { clearZoomedIn, createZoomedIn, eventAt, moreAt, paintZoomedIn } from './zoomed-in.ts';

export interface RendererElements {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  labels: HTMLElement;
  tooltip: HTMLElement;
  legend: HTMLElement;
  /** The related-event counts at the edges. */
  edges?: EdgeButtons;
}

/** Paints frames: canvas, labels, hover tooltip and legend. Knows nothing of gestures. */
export interface Renderer {
  resize(width: number, height: number, pointer: 'fine' | 'coarse'): void;
  paint(view: FrameView, props: TimelineProps, cursor: number): void;
  mode(): TimelineMode;
  setHover(hover: Hover | null): void;
  /** The event, or "+N more" marker (its day), under plot (x, y) in the last frame. */
  eventAt(x: number, y: number): number;
  moreDayAt(x: number, y: number): number | null;
  /** The density bar under plot x (and y, when given) in the last frame, bars mode only. */
  barAt(x: number, y: number | null): DensityBar | null;
  /** The loaded events changed: label buttons are rebuilt. */
  resetLabels(): void;
  /** The nearest related event's day beyond that edge, as of the last frame. */
  nearestRelated(side: 'before' | 'after'): number | null;
  destroy(): void;
}

/** Density bars this wide (px) when days are narrower. */
const BIN_PX = 2;
/** Share of the plot height left above the tallest density bar. */
const HEADROOM = 0.15;

const daysPerBar = (pxPerDay: number) => Math.max(1, BIN_PX / pxPerDay);

export function createRenderer(el: RendererElements, events: () => TimelineProps['events']): Renderer {
  let width = 0;
  let backingRatio = 1;
  let geometry: PlotGeometry = plotGeometry(1, 1);
  let mode: TimelineMode = 'density';
  let lanesShown = false;
  let hover: Hover | null = null;
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
    id: (i) => events().ids[i],
    title: (i) => events().titles[i],
    text: (i) => headlineOf(events(), i),
  };

  function sizeBackingStore(): void {
    backingRatio = window.devicePixelRatio || 1;
    el.canvas.width = Math.round(width * backingRatio);
    el.canvas.height = Math.round(geometry.height * backingRatio);
  }

  function paint(view: FrameView, props: TimelineProps, cursorIndex: number): void {
    if (!ctx || width <= 0) return;
    // Also checked here: some browsers (headless Chromium under emulation) never fire the
    // resolution query's change event.
    if ((window.devicePixelRatio || 1) !== backingRatio) sizeBackingStore();
    const g = geometry;
    const { scale, range: r } = view;
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
    // Under a filter only matches are drawn one by one, so they decide; the whole slice is
    // still walked each frame, hence the cap.
    // Story lanes replace both the density and the marks.
    const chosen = chooseMode({
      loaded: isCorpusSpanLoaded(props, startDay, endDay),
      drawn: props.matchDensity ? countInDays(props.matchDensity, startDay, endDay + 1) : last - first,
      sliceLength: last - first,
      width,
    });
    mode = props.lanes ? 'density' : chosen;
    lanesShown = Boolean(props.lanes);
    const selected = indexOfId(events, props.selectedId);

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
      if (mode === 'density' && max > 0) paintScale(ctx, describeTallest(max, daysPerBar(pxPerDay)), barsTop, width);
      paintDensity(ctx, allBins, matches, max, barsTop, g.axisTop, hoveredBin);
      for (let i = 0; i < allBins.length; i++) painted += allBins.count[i];
    }

    // An id whose day is loaded but which is not there names no event: no rule for it.
    const idDay = dayOfId(props.selectedId);
    const pending = idDay !== null && !isSpanLoaded(events.loadedSpans, idDay, idDay);
    const selectedDay = selected >= 0 ? events.days[selected] : pending ? idDay : null;
    const todayDay = Math.floor(Date.now() / MS_PER_DAY);
    if (todayDay >= startDay && todayDay < endDay) {
      paintRule(ctx, (todayDay - startDay) * pxPerDay + offset, g.top - 8, g.axisTop, palette.today, true);
    }
    if (selectedDay !== null && selectedDay >= startDay - 1 && selectedDay < endDay) {
      // On the selected event's own mark, wherever its day spreads it.
      const x =
        selected >= 0 ? markX(events.days, selected, startDay, pxPerDay) : (selectedDay - startDay) * pxPerDay + offset;
      paintRule(ctx, x, g.top - 8, g.axisTop, palette.selected, false);
    }

    if (mode === 'marks') {
      // Hit areas from the previous frame: the pointer's label is highlighted as it is laid out again.
      const hovered = hover ? eventAt(zoomedIn, hover.x, hover.y) : -1;
      const frame = { first, last, startDay, pxPerDay, width, selected, cursor: cursorIndex, hovered };
      painted += paintZoomedIn(zoomedIn, ctx, events, source, g, frame);
    } else {
      clearZoomedIn(zoomedIn, source);
    }
    stories.paintRelated(ctx, props.relatedDays ?? [], selectedDay, g, frameView);

    updateHover(props, hoveredBin, matches);
    updateLegend(max, pxPerDay);
    markPainted(props, painted);
  }

  function updateHover(props: TimelineProps, hoveredBin: number, matches: Bins | null): void {
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
      detail = 'Click to list them';
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
    const text = describeView(mode === 'marks', layout.included, hidden, max, daysPerBar(pxPerDay));
    if (text !== legendText) el.legend.textContent = legendText = text;
  }

  function markPainted(props: TimelineProps, painted: number): void {
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

  return {
    resize(w, h, pointer) {
      width = w;
      geometry = plotGeometry(w, h, pointer);
      el.labels.style.setProperty('--timeline-label-height', `${geometry.labelHeight}px`);
      sizeBackingStore();
      const capacity = Math.ceil(w / BIN_PX) + 8;
      allBins = createBins(capacity);
      matchBins = createBins(capacity);
      stories.resize(w);
    },
    paint,
    mode: () => mode,
    setHover(next) {
      hover = next;
    },
    eventAt: (x, y) => (mode === 'marks' ? eventAt(zoomedIn, x, y) : -1),
    moreDayAt(x, y) {
      if (mode !== 'marks') return null;
      const m = moreAt(zoomedIn, x, y, geometry);
      return m >= 0 ? zoomedIn.layout.moreDay[m] : null;
    },
    barAt(x, y) {
      const inPlot = y === null || (y >= geometry.top && y < geometry.axisTop);
      const i = mode === 'density' && !lanesShown && inPlot ? binAt(allBins, x) : -1;
      return i < 0 ? null : { fromDay: allBins.fromDay[i], toDay: allBins.toDay[i], count: allBins.count[i] };
    },
    resetLabels: () => resetLabels(zoomedIn.pool),
    nearestRelated: (side) => stories.nearest(side),
    destroy() {
      // A remount (StrictMode, hot reload) starts with an empty label layer.
      el.labels.replaceChildren();
      hideTooltip(el.tooltip);
    },
  };
}
