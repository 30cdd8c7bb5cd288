import { bisector } from 'd3-array';
import { countInDays, type Density } from '../../lib/density.ts';
import { MS_PER_DAY, type TimeRange } from '../../lib/time-range.ts';
import { daysOfRange } from '../../lib/view-range.ts';

/** The loaded event columns the list reads (the timeline's events satisfy it). */
export interface ListEvents {
  days: Int32Array;
  ids: string[];
  titles: string[];
  /** 1 where the event matches the tag filter; null when no filter is active. */
  matches: Uint8Array | null;
  /** Inclusive day spans whose events are all present above. */
  loadedSpans: Array<[number, number]>;
}

export interface ListDay {
  day: number;
  count: number;
}

/** Days in the range that have events (by the density given: matches only under a filter). */
export function listDays(density: Density, range: TimeRange): ListDay[] {
  const [fromDay, toDay] = daysOfRange(range);
  const first = Math.max(fromDay, density.firstDay);
  const last = Math.min(toDay, density.firstDay + density.prefix.length - 1);
  const days: ListDay[] = [];
  for (let day = first; day < last; day++) {
    const count = countInDays(density, day, day + 1);
    if (count > 0) days.push({ day, count });
  }
  return days;
}

const byDay = bisector((day: number) => day);

/** Indices of one day's listed events, or null while that day's shard is not loaded. */
export function eventsOfDay(events: ListEvents, day: number): number[] | null {
  if (!events.loadedSpans.some(([from, to]) => day >= from && day <= to)) return null;
  const indices: number[] = [];
  const end = byDay.right(events.days, day);
  for (let i = byDay.left(events.days, day); i < end; i++) {
    if (!events.matches || events.matches[i] === 1) indices.push(i);
  }
  return indices;
}

/** The time span of days [from, to] of the list, for loading their events. */
export function spanOfDays(days: ListDay[], from: number, to: number): TimeRange | null {
  if (days.length === 0 || from > to) return null;
  return { start: days[from].day * MS_PER_DAY, end: (days[to].day + 1) * MS_PER_DAY };
}
