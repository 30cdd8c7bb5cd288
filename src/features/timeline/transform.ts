import { scaleUtc, type ScaleTime } from 'd3-scale';
import { MS_PER_DAY, type TimeRange } from '../../lib/time-range.ts';

/** Like d3-zoom's transform: screen x = k * base(t) + x. */
export interface Transform {
  k: number;
  x: number;
}

export interface ZoomBounds {
  kMin: number;
  kMax: number;
  /** The base-pixel extent the view may not leave (the corpus plus a margin). */
  extent: [number, number];
}

/** No closer than about an hour per 100 px. */
const MIN_MS_PER_PX = 3_600_000 / 100;
/** How far past the corpus the view may go, as a share of the corpus span. */
const MARGIN = 0.05;

/** One scale over the whole corpus, first day to the end of the last day. */
export function baseScale(firstDay: number, lastDay: number, width: number): ScaleTime<number, number> {
  const end = Math.max(lastDay + 1, firstDay + 1);
  return scaleUtc()
    .domain([firstDay * MS_PER_DAY, end * MS_PER_DAY])
    .range([0, width]);
}

/** The visible scale, derived from the base without changing it (d3-zoom's rescaleX). */
export function rescale(base: ScaleTime<number, number>, t: Transform): ScaleTime<number, number> {
  const [r0, r1] = base.range();
  return base.copy().domain([base.invert((r0 - t.x) / t.k), base.invert((r1 - t.x) / t.k)]);
}

export function rangeOf(base: ScaleTime<number, number>, t: Transform): TimeRange {
  const [r0, r1] = base.range();
  return { start: +base.invert((r0 - t.x) / t.k), end: +base.invert((r1 - t.x) / t.k) };
}

export function transformFor(base: ScaleTime<number, number>, range: TimeRange): Transform {
  const [r0, r1] = base.range();
  const a = base(range.start);
  const b = base(range.end);
  const k = (r1 - r0) / Math.max(b - a, 1e-9);
  return { k, x: r0 - a * k };
}

export function zoomBounds(base: ScaleTime<number, number>): ZoomBounds {
  const [r0, r1] = base.range();
  const [d0, d1] = base.domain().map(Number);
  const width = Math.max(r1 - r0, 1);
  const margin = width * MARGIN;
  const extent: [number, number] = [r0 - margin, r1 + margin];
  return {
    kMin: width / (extent[1] - extent[0]),
    kMax: Math.max(1, (d1 - d0) / (width * MIN_MS_PER_PX)),
    extent,
  };
}

/** Keeps the zoom level in bounds and the view inside the extent (centred when wider). */
export function constrain(t: Transform, width: number, bounds: ZoomBounds): Transform {
  const k = Math.min(bounds.kMax, Math.max(bounds.kMin, t.k));
  const [e0, e1] = bounds.extent;
  const viewWidth = width / k;
  let left = -t.x / k;
  if (viewWidth >= e1 - e0) left = (e0 + e1 - viewWidth) / 2;
  else left = Math.min(e1 - viewWidth, Math.max(e0, left));
  return { k, x: -left * k };
}

/** Scales by `factor` keeping the time under screen x `px` in place. */
export function zoomAt(t: Transform, factor: number, px: number, width: number, bounds: ZoomBounds): Transform {
  const k = Math.min(bounds.kMax, Math.max(bounds.kMin, t.k * factor));
  return constrain({ k, x: px - ((px - t.x) * k) / t.k }, width, bounds);
}

export function panBy(t: Transform, dx: number, width: number, bounds: ZoomBounds): Transform {
  return constrain({ k: t.k, x: t.x + dx }, width, bounds);
}

/** Equal up to float noise: a millionth of the span, or a millisecond. */
export function sameRange(a: TimeRange, b: TimeRange): boolean {
  const tolerance = Math.max(1, (Math.abs(a.end - a.start) + Math.abs(b.end - b.start)) * 1e-6);
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}
