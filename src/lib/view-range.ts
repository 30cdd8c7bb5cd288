/** Which span of time to show: defaults, and moving the view so a day is in it. */
import { dateFromDay, type DayNumber } from '../bundle/index.ts';
import { MS_PER_DAY, type TimeRange } from './time-range.ts';

/** How wide the view is when a link opens a day or event without a range. */
export const DAY_FOCUS_WIDTH = 7 * MS_PER_DAY;

/** The whole corpus with a little air on both sides. */
export function corpusRange(firstDay: DayNumber, lastDay: DayNumber): TimeRange {
  const start = dateFromDay(firstDay).getTime();
  const end = dateFromDay(lastDay + 1).getTime();
  const pad = Math.max((end - start) * 0.02, MS_PER_DAY);
  return { start: start - pad, end: end + pad };
}

export function rangeAroundDay(day: DayNumber, width: number): TimeRange {
  const middle = dateFromDay(day).getTime() + MS_PER_DAY / 2;
  const half = Math.max(width, MS_PER_DAY) / 2;
  return { start: middle - half, end: middle + half };
}

export function rangeContainsDay(range: TimeRange, day: DayNumber): boolean {
  const start = dateFromDay(day).getTime();
  return start >= range.start && start + MS_PER_DAY <= range.end;
}

/** A day this close to an edge (share of the span) counts as out of view: its mark would be cut. */
const EDGE_SHARE = 0.03;

/**
 * Keeps the current range when the day is already well inside it; otherwise centres on the day
 * at the same zoom.
 */
export function rangeShowingDay(current: TimeRange | null, day: DayNumber): TimeRange {
  const inset = current ? (current.end - current.start) * EDGE_SHARE : 0;
  if (current && rangeContainsDay({ start: current.start + inset, end: current.end - inset }, day)) return current;
  return rangeAroundDay(day, current ? current.end - current.start : DAY_FOCUS_WIDTH);
}

/** The whole days a range touches, as [fromDay, toDay) for countInDays. */
export function daysOfRange(range: TimeRange): [number, number] {
  return [Math.floor(range.start / MS_PER_DAY), Math.ceil(range.end / MS_PER_DAY)];
}
