import { bisectRight } from 'd3-array';
import { countInDays, type Density } from '../../lib/density.ts';

/** Bars as parallel columns; capacity fixed at creation so frames allocate nothing. */
export interface Bins {
  x0: Float64Array;
  x1: Float64Array;
  /** First day (inclusive) and last day (exclusive) each bar counts. */
  fromDay: Float64Array;
  toDay: Float64Array;
  count: Uint32Array;
  length: number;
}

export function createBins(capacity: number): Bins {
  return {
    x0: new Float64Array(capacity),
    x1: new Float64Array(capacity),
    fromDay: new Float64Array(capacity),
    toDay: new Float64Array(capacity),
    count: new Uint32Array(capacity),
    length: 0,
  };
}

/**
 * Counts per bar across the view [startDay, startDay + width / pxPerDay), in O(bars) from the
 * prefix sums. Bars are `binPx` wide when days are narrower than that; otherwise one bar per
 * day, so a bar never splits a day. Days are whole, so each one is counted in exactly one bar.
 */
export function binDensity(
  density: Density,
  startDay: number,
  pxPerDay: number,
  width: number,
  binPx: number,
  out: Bins,
): Bins {
  out.length = 0;
  const endDay = startDay + width / pxPerDay;
  const perDay = pxPerDay >= binPx;
  let from = Math.floor(startDay);
  const capacity = out.count.length;
  while (from < endDay && out.length < capacity) {
    const to = perDay ? from + 1 : Math.max(from + 1, Math.floor(startDay + ((out.length + 1) * binPx) / pxPerDay));
    const i = out.length++;
    out.fromDay[i] = from;
    out.toDay[i] = to;
    out.x0[i] = (from - startDay) * pxPerDay;
    out.x1[i] = (to - startDay) * pxPerDay;
    out.count[i] = countInDays(density, from, to);
    from = to;
  }
  return out;
}

/** The bar under screen x, or -1. */
export function binAt(bins: Bins, x: number): number {
  const lo = bisectRight(bins.x1, x, 0, bins.length);
  return lo < bins.length && bins.x0[lo] <= x ? lo : -1;
}

export function maxCount(bins: Bins): number {
  let max = 0;
  for (let i = 0; i < bins.length; i++) if (bins.count[i] > max) max = bins.count[i];
  return max;
}
