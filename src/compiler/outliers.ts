/**
 * Events dated far from all the others. The manifest counts events for every day from the
 * first to the last, so one event dated 0050 in a corpus of 2004-2024 adds 700,000 days to it
 * (7 MB), and the timeline's "fit all" spans two thousand empty years. Such dates are usually
 * typos; each one is warned about so it can be found.
 */
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import type { Problem } from './types.ts';

/** A gap in the calendar this wide splits the corpus into separate groups of events. */
export const FAR_GAP_DAYS = 36_525; // a century

/** Warnings for the events outside the largest group; `events` are in day order. */
export function farOutliers(events: ReadonlyArray<{ file: string; day: DayNumber }>): Problem[] {
  const groups: Array<{ from: number; to: number }> = [];
  events.forEach((event, i) => {
    if (i === 0 || event.day - events[i - 1].day > FAR_GAP_DAYS) groups.push({ from: i, to: i + 1 });
    else groups[groups.length - 1].to = i + 1;
  });
  if (groups.length < 2) return [];
  const main = groups.reduce((largest, group) => (group.to - group.from > largest.to - largest.from ? group : largest));
  const span = `${isoFromDay(events[main.from].day).slice(0, 4)}-${isoFromDay(events[main.to - 1].day).slice(0, 4)}`;
  return events
    .filter((_, i) => i < main.from || i >= main.to)
    .map(({ file, day }) => ({
      file,
      line: 1,
      message: `dated ${isoFromDay(day)}, over a century from the rest of the corpus (${span}); the timeline and the manifest's table of days stretch across the gap`,
    }));
}
