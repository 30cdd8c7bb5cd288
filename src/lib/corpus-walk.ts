/** Moving through the corpus by day and ordinal using only the manifest's dayCounts. */
import type { DayNumber } from '../bundle/index.ts';
import type { Density } from './density.ts';

/** The nearest day before (-1) or after (+1) `day` that has events (`day` may lie outside the corpus), or null. */
export function nearestDayWithEvents(density: Density, day: DayNumber, direction: -1 | 1): DayNumber | null {
  const days = density.prefix.length - 1;
  // From a day outside the corpus, the walk back (or on) starts at its edge.
  const from = day - density.firstDay + direction;
  for (let i = direction < 0 ? Math.min(from, days - 1) : Math.max(from, 0); i >= 0 && i < days; i += direction) {
    if (density.prefix[i + 1] > density.prefix[i]) return density.firstDay + i;
  }
  return null;
}

/** Ordinal of the first event on `day` (events are numbered in (day, slug) order). */
export function firstOrdinalOfDay(density: Density, day: DayNumber): number {
  const i = Math.min(Math.max(day - density.firstDay, 0), density.prefix.length - 1);
  return density.prefix[i];
}
