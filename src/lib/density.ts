import type { DayNumber } from '../bundle/index.ts';

/**
 * Events per day as prefix sums, so the count over any span of days is one subtraction:
 * drawing density costs O(pixel columns), whatever the corpus size.
 */
export interface Density {
  firstDay: DayNumber;
  /** prefix[i] = events on days firstDay .. firstDay + i - 1; length = days + 1. */
  prefix: Uint32Array;
}

export function densityFromDayCounts(firstDay: DayNumber, dayCounts: ArrayLike<number>): Density {
  const prefix = new Uint32Array(dayCounts.length + 1);
  for (let i = 0; i < dayCounts.length; i++) prefix[i + 1] = prefix[i] + dayCounts[i];
  return { firstDay, prefix };
}

/** Events on days in [fromDay, toDay) (fractional bounds are floored to whole days). */
export function countInDays(density: Density, fromDay: number, toDay: number): number {
  const last = density.prefix.length - 1;
  const a = clampIndex(Math.floor(fromDay) - density.firstDay, last);
  const b = clampIndex(Math.floor(toDay) - density.firstDay, last);
  return b > a ? density.prefix[b] - density.prefix[a] : 0;
}

export function totalCount(density: Density): number {
  return density.prefix[density.prefix.length - 1];
}

function clampIndex(i: number, last: number): number {
  return i < 0 ? 0 : i > last ? last : i;
}

/** The density of some events, given as ascending ordinals, on the corpus's days. */
export function densityOfOrdinals(ordinals: ArrayLike<number>, corpus: Density): Density {
  const prefix = new Uint32Array(corpus.prefix.length);
  let at = 0;
  for (let day = 0; day < prefix.length; day++) {
    while (at < ordinals.length && ordinals[at] < corpus.prefix[day]) at++;
    prefix[day] = at;
  }
  return { firstDay: corpus.firstDay, prefix };
}
