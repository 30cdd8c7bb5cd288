import { createMarkHits, hitLabel, hitMark, hitMore, type MarkHits } from './hit-test.ts';
import { laneY, MAX_LANES, type PlotGeometry } from './geometry.ts';
import { beginLabels, createLabelPool, endLabels, placeLabel, type LabelPool, type LabelSource } from './label-pool.ts';
import { createMarkLayout, FILTERED_OUT, layoutMarks, type MarkLayout } from './mark-layout.ts';
import { paintRule } from './paint-axis.ts';
import { MORE_WIDTH, paintMarks } from './paint-marks.ts';
import { palette } from './palette.ts';
import type { TimelineEvents } from './types.ts';

/** The zoomed-in view's buffers: mark layout, hit areas and label buttons, reused per frame. */
export interface ZoomedIn {
  layout: MarkLayout;
  hits: MarkHits;
  pool: LabelPool;
}

export interface ZoomedInView {
  first: number;
  last: number;
  startDay: number;
  pxPerDay: number;
  width: number;
  selected: number;
  cursor: number;
}

const LABEL_CHAR_PX = 6.4;
const LABEL_CHROME_PX = 30;
const HIT_RADIUS_PX = 9;
const LABEL_HALF_HEIGHT_PX = 10;
const LABEL_CLASSES = ['', ' timeline-label--selected', ' timeline-label--cursor', ' timeline-label--selected timeline-label--cursor']
  .map((modifiers) => `timeline-label${modifiers}`);

export function createZoomedIn(labels: HTMLElement): ZoomedIn {
  return { layout: createMarkLayout(1024, MAX_LANES), hits: createMarkHits(1024), pool: createLabelPool(labels) };
}

/** Lays out, paints and labels events [first, last); returns how many were laid out. */
export function paintZoomedIn(
  z: ZoomedIn,
  ctx: CanvasRenderingContext2D,
  events: TimelineEvents,
  source: LabelSource,
  g: PlotGeometry,
  view: ZoomedInView,
): number {
  const count = view.last - view.first;
  if (count > z.layout.x.length) z.layout = createMarkLayout(2 * count, MAX_LANES);
  if (count > z.hits.x.length) z.hits = createMarkHits(2 * count);
  const { layout, hits } = z;
  const metrics = {
    laneCount: g.laneCount,
    charWidth: LABEL_CHAR_PX,
    chrome: LABEL_CHROME_PX,
    maxWidth: Math.min(280, Math.max(120, view.width * 0.45)),
    gap: 6,
  };
  const textLength = (i: number) => events.titles[i].length - (events.headlineStarts[i] ?? 0);
  layoutMarks(events.days, textLength, events.matches, view.first, view.last, view.startDay, view.pxPerDay, metrics, MORE_WIDTH, layout);
  paintMarks(ctx, layout, g, view);
  beginLabels(z.pool);
  hits.length = 0;
  for (let j = 0; j < layout.length; j++) {
    const lane = layout.lane[j];
    const i = layout.start + j;
    if (lane === FILTERED_OUT) continue;
    if (lane < 0) {
      // The cursor's event has no label: mark its day on the "+N more" row instead.
      if (i === view.cursor) paintRule(ctx, layout.x[j], g.moreY - 10, g.moreY + 10, palette.cursor, false);
      continue;
    }
    const y = laneY(g, lane);
    const h = hits.length++;
    hits.x[h] = layout.x[j];
    hits.y[h] = y;
    hits.width[h] = layout.width[j];
    hits.index[h] = i;
    const modifiers = (i === view.selected ? 1 : 0) | (i === view.cursor ? 2 : 0);
    placeLabel(z.pool, i, LABEL_CLASSES[modifiers], layout.x[j] + 8, y - 10, layout.width[j] - 10);
  }
  endLabels(z.pool, source);
  return layout.length;
}

/** Zoomed out: nothing laid out, no labels. */
export function clearZoomedIn(z: ZoomedIn, source: LabelSource): void {
  z.layout.length = 0;
  z.layout.moreLength = 0;
  z.layout.included = 0;
  z.hits.length = 0;
  beginLabels(z.pool);
  endLabels(z.pool, source);
}

/** The event whose mark or label is at (x, y), or -1. */
export function eventAt(z: ZoomedIn, x: number, y: number): number {
  const mark = hitMark(z.hits, x, y, HIT_RADIUS_PX);
  return mark >= 0 ? mark : hitLabel(z.hits, x, y, LABEL_HALF_HEIGHT_PX);
}

/** The "+N more" marker at (x, y), or -1. */
export function moreAt(z: ZoomedIn, x: number, y: number, g: PlotGeometry): number {
  return hitMore(z.layout, x, y, g.moreY, MORE_WIDTH);
}
