/**
 * How days read everywhere in the app: one set of d3-time-format formatters (its en-US
 * locale, so every browser spells them the same), for the timeline and the panel alike.
 */
import { utcFormat } from 'd3-time-format';
import { MS_PER_DAY } from './time-range.ts';

const longDay = utcFormat('%A %-d %B %Y');
const shortDay = utcFormat('%-d %b %Y');

const dateOf = (day: number) => new Date(day * MS_PER_DAY);

/** `Saturday 26 September 2015` */
export function formatDay(day: number): string {
  return longDay(dateOf(day));
}

/** `26 Sep 2015` */
export function formatShortDay(day: number): string {
  return shortDay(dateOf(day));
}

/** `3 Mar 2003 – 9 Mar 2003` for days [fromDay, toDay), or the one day at length. */
export function formatDaySpan(fromDay: number, toDay: number): string {
  if (toDay - fromDay <= 1) return formatDay(fromDay);
  return `${formatShortDay(fromDay)} – ${formatShortDay(toDay - 1)}`;
}
