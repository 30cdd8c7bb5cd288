import { createMarkHits, hitLabel, hitMark, hitMore, type MarkHits } from './hit-test.ts';
import { laneY, MAX_LANES, type PlotGeometry } from './geometry.ts';
import { beginLabels, createLabelPool, endLabels, placeLabel, type LabelPool, type LabelSource } from './label-pool.ts';
import { createMarkLayout, FILTERED_OUT, layoutMarks, type MarkLayout } from './mark-layout.ts';
import { paintRule } from './paint-axis.ts';
import { createMoreButtons, placeMoreButtons, type MoreButtons } from './more-buttons.ts';
import { MORE_WIDTH, paintMarks } from './paint-marks.ts';
import { font, palette } from './palette.ts';
import type { TextWidths } from './text-width.ts';
import type { TimelineEvents } from './types.ts';

/** The day and zoom the label sheet was last anchored at: pans at one zoom only slide it. */
export interface SheetAnchor {
  anchorDay: number;
  anchorPxPerDay: number;
}

/** The zoomed-in view's buffers: mark layout, hit areas and label buttons, reused per frame. */
export interface ZoomedIn extends SheetAnchor {
  layout: MarkLayout;
  hits: MarkHits;
  pool: LabelPool;
  more: MoreButtons;
  widths: TextWidths;
  /** Each loaded event's label width (0: not measured yet), for the events it was measured for. */
  labelWidths: Float32Array;
  measuredFor: TimelineEvents | null;
}

export interface ZoomedInView {
  first: number;
  last: number;
  startDay: number;
  pxPerDay: number;
  width: number;
  selected: number;
  cursor: number;
  hovered: number;
}

/** The label starts this far right of its mark; its button is this much narrower than its box. */
const LABEL_INSET_PX = 8;
const LABEL_BOX_SLACK_PX = 10;
/** The button's padding and borders, plus a pixel so measured text never ellipsises. */
const LABEL_CHROME_PX = LABEL_BOX_SLACK_PX + 14 + 1;
const HIT_RADIUS_PX = 9;
/** Re-anchor the label sheet past this many px of pan: huge offsets lose precision in the browser. */
const MAX_SHIFT_PX = 100_000;
const LABEL_HALF_HEIGHT_PX = 10;
// Every combination of selected (1), keyboard cursor (2) and hovered (4), built once.
const LABEL_CLASSES = Array.from({ length: 8 }, (_, bits) =>
  [
    'timeline-label',
    bits & 1 ? 'timeline-label--selected' : '',
    bits & 2 ? 'timeline-label--cursor' : '',
    bits & 4 ? 'timeline-label--hovered' : '',
  ]
    .filter(Boolean)
    .join(' '),
);

export function createZoomedIn(labels: HTMLElement, widths: TextWidths): ZoomedIn {
  return {
    layout: createMarkLayout(1024, MAX_LANES),
    hits: createMarkHits(1024),
    pool: createLabelPool(labels),
    more: createMoreButtons(labels),
    widths,
    labelWidths: new Float32Array(0),
    measuredFor: null,
    anchorDay: 0,
    anchorPxPerDay: 0,
  };
}

/**
 * Widest label before the ellipsis: several fit side by side, and a phone still shows a phrase.
 * When a day alone is wider, a label may fill its day (up to half the plot).
 */
export function maxLabelWidth(plotWidth: number, pxPerDay: number): number {
  const base = Math.min(240, Math.max(140, plotWidth * 0.3));
  return Math.round(Math.max(base, Math.min(pxPerDay - 8, plotWidth * 0.5)));
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
    maxWidth: maxLabelWidth(view.width, view.pxPerDay),
    gap: 6,
    rightEdge: view.width - 2,
    minWidth: 64,
  };
  if (z.measuredFor !== events) {
    z.labelWidths = new Float32Array(events.titles.length);
    z.measuredFor = events;
  }
  const widths = z.labelWidths;
  // Measured once per event, so a pan reads a number instead of slicing and measuring titles.
  const labelWidth = (i: number) => {
    if (i === view.selected) return LABEL_CHROME_PX + Math.ceil(z.widths.width(font.labelSelected, source.text(i)));
    if (widths[i] === 0) widths[i] = LABEL_CHROME_PX + Math.ceil(z.widths.width(font.label, source.text(i)));
    return widths[i];
  };
  layoutMarks(
    {
      days: events.days,
      labelWidth,
      matches: events.matches,
      start: view.first,
      end: view.last,
      startDay: view.startDay,
      pxPerDay: view.pxPerDay,
      metrics,
      moreWidth: MORE_WIDTH,
      priority: view.selected,
    },
    layout,
  );
  paintMarks(ctx, layout, g, view);
  beginLabels(z.pool, sheetShift(z, view.startDay, view.pxPerDay));
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
    const modifiers = (i === view.selected ? 1 : 0) | (i === view.cursor ? 2 : 0) | (i === view.hovered ? 4 : 0);
    const x = layout.x[j] + LABEL_INSET_PX;
    placeLabel(z.pool, i, LABEL_CLASSES[modifiers], x, y - g.labelHeight / 2, layout.width[j] - LABEL_BOX_SLACK_PX);
  }
  endLabels(z.pool, source);
  placeMoreButtons(z.more, layout, g.moreY);
  return layout.length;
}

/**
 * How far (px) the view has panned since the label sheet was anchored; a zoom (any other
 * px per day, beyond rounding) or a long pan anchors it anew at the view's start.
 */
export function sheetShift(z: SheetAnchor, startDay: number, pxPerDay: number): number {
  const shift = (startDay - z.anchorDay) * pxPerDay;
  if (Math.abs(pxPerDay / z.anchorPxPerDay - 1) > 1e-9 || Math.abs(shift) > MAX_SHIFT_PX) {
    z.anchorDay = startDay;
    z.anchorPxPerDay = pxPerDay;
    return 0;
  }
  return shift;
}

/** Zoomed out: nothing laid out, no labels. */
export function clearZoomedIn(z: ZoomedIn, source: LabelSource): void {
  z.layout.length = 0;
  z.layout.moreLength = 0;
  z.layout.included = 0;
  z.hits.length = 0;
  beginLabels(z.pool);
  endLabels(z.pool, source);
  placeMoreButtons(z.more, z.layout, 0);
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
