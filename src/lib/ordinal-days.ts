/** Between event ordinals and days, through the per-day prefix sums of the manifest (density.ts). */
import type { DayNumber } from '../bundle/index.ts';
import type { Density } from './density.ts';

/** The day of the event with this ordinal. */
export function dayOfOrdinal(density: Density, ordinal: number): DayNumber {
  const { prefix } = density;
  let lo = 0;
  let hi = prefix.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefix[mid] <= ordinal) lo = mid;
    else hi = mid - 1;
  }
  return density.firstDay + lo;
}

/** Ordinals of the events on days [fromDay, toDay), as [first, end). */
export function ordinalsOfDays(density: Density, fromDay: number, toDay: number): [number, number] {
  const last = density.prefix.length - 1;
  const at = (day: number) => density.prefix[Math.min(Math.max(Math.floor(day) - density.firstDay, 0), last)];
  return [at(fromDay), at(toDay)];
}

/** Matching events per day as a Density (prefix sums), from their sorted ordinals. */
export function densityOfOrdinals(all: Density, ordinals: Uint32Array): Density {
  const prefix = new Uint32Array(all.prefix.length);
  let day = 0;
  for (let i = 0; i < ordinals.length; i++) {
    while (day < all.prefix.length - 2 && all.prefix[day + 1] <= ordinals[i]) day++;
    prefix[day + 1]++;
  }
  for (let d = 1; d < prefix.length; d++) prefix[d] += prefix[d - 1];
  return { firstDay: all.firstDay, prefix };
}
