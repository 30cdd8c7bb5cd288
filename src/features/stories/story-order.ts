/**
 * A story's events as ascending ordinals (corpus order: by day, then slug), and where an event
 * or a span of days falls among them. Pure.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import type { DayNumber } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';

export interface StoryPosition {
  /** 1-based: the event is the k-th of the story's N. */
  k: number;
  n: number;
  previous: number | null;
  next: number | null;
}

/** Null when the event is not in the story. */
export function storyPosition(members: Uint32Array, ordinal: number): StoryPosition | null {
  const at = bisectLeft(members, ordinal);
  if (members[at] !== ordinal) return null;
  return {
    k: at + 1,
    n: members.length,
    previous: at > 0 ? members[at - 1] : null,
    next: at < members.length - 1 ? members[at + 1] : null,
  };
}

/** The day an ordinal falls on, from the corpus's per-day prefix sums. */
export function dayOfOrdinal(density: Density, ordinal: number): DayNumber {
  return density.firstDay + bisectRight(density.prefix, ordinal) - 1;
}

/** An event's ordinal: the events before its day, plus its place among the day's events. */
export function ordinalOf(density: Density, day: DayNumber, indexInDay: number): number {
  return density.prefix[day - density.firstDay] + indexInDay;
}

/** The members that fall on days [fromDay, toDay). */
export function membersInDays(members: Uint32Array, density: Density, fromDay: number, toDay: number): Uint32Array {
  const last = density.prefix.length - 1;
  const clamp = (day: number) => Math.min(Math.max(Math.floor(day) - density.firstDay, 0), last);
  const from = bisectLeft(members, density.prefix[clamp(fromDay)]);
  const to = bisectLeft(members, density.prefix[clamp(toDay)]);
  return members.subarray(from, to);
}
