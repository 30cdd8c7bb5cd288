import { bisectLeft, bisectRight } from 'd3-array';
import { splitEventId, type EventId } from '../../bundle/index.ts';
import type { TimelineEvents } from './types.ts';
import { visibleSlice } from './visible-slice.ts';

/** Index of the event with this id among the loaded events, or -1; O(log n + events that day). */
export function indexOfId(events: TimelineEvents, id: EventId | null): number {
  if (id === null) return -1;
  const parts = splitEventId(id);
  if (!parts) return -1;
  const [start, end] = visibleSlice(events.days, parts.day, parts.day + 1);
  for (let i = start; i < end; i++) if (events.ids[i] === id) return i;
  return -1;
}

/** The day an id names, whether or not the event is loaded. */
export function dayOfId(id: EventId | null): number | null {
  return id === null ? null : (splitEventId(id)?.day ?? null);
}

/** The headline part of a title, what a label shows. */
export function headlineOf(events: TimelineEvents, i: number): string {
  return events.titles[i].slice(events.headlineStarts[i] ?? 0).trim() || events.titles[i];
}

/**
 * The next cursor position among `count` events: one `step` from `current`, or, when the
 * cursor is unset or out of view [first, last), the first (or last) event in view.
 */
export function stepCursor(current: number, first: number, last: number, count: number, step: number): number {
  if (count === 0) return -1;
  if (current < first || current >= last) return step > 0 ? Math.min(first, count - 1) : Math.max(last - 1, 0);
  return Math.min(count - 1, Math.max(0, current + step));
}

/**
 * Like stepCursor, a day at a time: the first event of the next day (step > 0) or of the
 * previous one (step < 0) from `current`, in `days` sorted ascending; -1 past either end.
 */
export function stepDay(days: Int32Array, current: number, first: number, last: number, step: number): number {
  if (current < first || current >= last) return stepCursor(current, first, last, days.length, step);
  if (step > 0) {
    const next = bisectRight(days, days[current]);
    return next < days.length ? next : -1;
  }
  const start = bisectLeft(days, days[current]);
  return start > 0 ? bisectLeft(days, days[start - 1]) : -1;
}
