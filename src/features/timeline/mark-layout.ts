import { bisectLeft, bisectRight } from 'd3-array';
import { claimLane, createLaneScratch, fillLanes, packLanes, type LaneScratch } from './lanes.ts';

export interface LabelMetrics {
  laneCount: number;
  /** Labels wider than this are cut short (with an ellipsis). */
  maxWidth: number;
  gap: number;
  /** The plot's right edge: labels near it are cut short (down to minWidth) rather than clipped. */
  rightEdge: number;
  minWidth: number;
}

/** One frame's marks: parallel columns over the visible events, buffers reused. */
export interface MarkLayout {
  /** Index of the first visible event; entry j below is event start + j. */
  start: number;
  length: number;
  x: Float64Array;
  width: Float64Array;
  /** Lane of the event's label and mark; NO_LANE when its day ran out of lanes, FILTERED_OUT. */
  lane: Int16Array;
  /** The label width an event wanted before its day's share of the lanes ran out. */
  wanted: Float64Array;
  /** Events laid out that the filter lets through, with their mark inside the plot. */
  included: number;
  /** "+N more" markers: where they start and how many events they stand for. */
  moreX: Float64Array;
  moreCount: Uint32Array;
  /** The day of each marker's first hidden event. */
  moreDay: Float64Array;
  moreLength: number;
  scratch: LaneScratch;
}

export function createMarkLayout(capacity: number, maxLanes: number): MarkLayout {
  return {
    start: 0,
    length: 0,
    x: new Float64Array(capacity),
    width: new Float64Array(capacity),
    lane: new Int16Array(capacity),
    wanted: new Float64Array(capacity),
    included: 0,
    moreX: new Float64Array(capacity),
    moreCount: new Uint32Array(capacity),
    moreDay: new Float64Array(capacity),
    moreLength: 0,
    scratch: createLaneScratch(maxLanes, capacity),
  };
}

export const NO_LANE = -1;
export const FILTERED_OUT = -2;

/** Where an event's mark sits inside its day: the middle, but never far from the day's start. */
export function markOffset(pxPerDay: number): number {
  return Math.min(pxPerDay / 2, 6);
}

export interface MarkInput {
  /** Each event's day, ascending. */
  days: ArrayLike<number>;
  /** The label width event i wants, px. */
  labelWidth: (i: number) => number;
  /** 1 where the filter lets the event through; null without a filter. */
  matches: Uint8Array | null;
  /** The events to lay out: [start, end). */
  start: number;
  end: number;
  /** The view: its first (fractional) day and its zoom. */
  startDay: number;
  pxPerDay: number;
  metrics: LabelMetrics;
  /** How far apart "+N more" markers must be not to merge, px. */
  moreWidth: number;
  /** This event (the selected one) always gets a lane; -1 for none. */
  priority?: number;
}

/** Days narrower than this (px) keep their events on one spot; wider ones spread them out... */
const SPREAD_FROM_PX = 100;
/** ...over more of the day as it widens, all of it from this width on. */
const SPREAD_FULL_PX = 400;

/**
 * How much of a day (px) its events spread across, in the day page's order: none at most
 * zooms, all of the day once a day is wide (the corpus has no times of day).
 */
export function spreadWidth(pxPerDay: number): number {
  const share = Math.min(1, Math.max(0, (pxPerDay - SPREAD_FROM_PX) / (SPREAD_FULL_PX - SPREAD_FROM_PX)));
  return share * Math.max(0, pxPerDay - 2 * markOffset(pxPerDay));
}

/** Where event i's mark sits: the place layoutMarks gives it. */
export function markX(days: ArrayLike<number>, i: number, startDay: number, pxPerDay: number): number {
  const spread = spreadWidth(pxPerDay);
  const dayX = (days[i] - startDay) * pxPerDay + markOffset(pxPerDay);
  if (spread === 0) return dayX;
  const first = bisectLeft(days, days[i]);
  return dayX + (spread * (i - first)) / (bisectRight(days, days[i]) - first);
}

/**
 * Lays out the events for a view. Labels (capped) are packed greedily into lanes, each day
 * first getting a fair share, then any gaps left are filled; the priority event always gets a
 * lane. Events left without a lane are summed into "+N more" markers, merged while they would
 * overlap. With a filter, events outside it take no lane and are not counted.
 */
export function layoutMarks(input: MarkInput, layout: MarkLayout): MarkLayout {
  const { days, labelWidth, matches, start, end, startDay, pxPerDay, metrics, moreWidth } = input;
  const priority = input.priority ?? -1;
  const n = Math.min(end - start, layout.x.length);
  const offset = markOffset(pxPerDay);
  // A label spans several days when days are narrow; sharing the lanes among those days
  // keeps one busy day from taking every lane while its neighbours get none.
  const daysPerLabel = Math.max(1, Math.ceil((metrics.maxWidth + metrics.gap) / pxPerDay));
  const perDay = Math.max(1, Math.floor(metrics.laneCount / daysPerLabel));
  const spread = spreadWidth(pxPerDay);
  let run = 0;
  let runDay = NaN;
  let dayStart = start;
  let dayEnd = start;
  layout.included = 0;
  for (let j = 0; j < n; j++) {
    const i = start + j;
    if (i >= dayEnd) [dayStart, dayEnd] = [i, spread > 0 ? bisectRight(days, days[i], i, end) : i + 1];
    const within = spread > 0 ? (spread * (i - dayStart)) / (dayEnd - dayStart) : 0;
    layout.x[j] = (days[i] - startDay) * pxPerDay + offset + within;
    if (matches && matches[i] === 0) {
      layout.width[j] = -1;
      continue;
    }
    // Counted "in view" only when its mark is: a day's events spread past the plot's edges.
    if (layout.x[j] >= 0 && layout.x[j] <= metrics.rightEdge + 2) layout.included++;
    run = days[i] === runDay ? run + 1 : 0;
    runDay = days[i];
    const room = Math.max(metrics.minWidth, metrics.rightEdge - layout.x[j]);
    const width = Math.min(metrics.maxWidth, room, labelWidth(i));
    layout.wanted[j] = width;
    layout.width[j] = run >= perDay ? -1 : width;
  }
  layout.start = start;
  layout.length = n;
  const { x, width, lane, scratch } = layout;
  const boxes = { xs: x, widths: width, count: n, laneCount: metrics.laneCount, gap: metrics.gap, lanes: lane };
  packLanes(boxes, scratch);
  // Events held back by their day's share may still fit where the neighbours left room.
  for (let j = 0; j < n; j++) if (width[j] < 0 && !(matches && matches[start + j] === 0)) width[j] = layout.wanted[j];
  fillLanes(boxes, scratch);
  claimLane(boxes, priority - start, scratch);
  layout.moreLength = 0;
  let pendingEnd = -Infinity;
  for (let j = 0; j < n; j++) {
    if (layout.lane[j] >= 0) continue;
    if (matches && matches[start + j] === 0) {
      layout.lane[j] = FILTERED_OUT;
      continue;
    }
    const m = layout.moreLength;
    if (m > 0 && layout.x[j] < pendingEnd) {
      layout.moreCount[m - 1]++;
    } else {
      layout.moreX[m] = layout.x[j];
      layout.moreCount[m] = 1;
      layout.moreDay[m] = days[start + j];
      layout.moreLength++;
      pendingEnd = layout.x[j] + moreWidth;
    }
  }
  return layout;
}
