import { utcFormat } from 'd3-time-format';
import { MS_PER_DAY } from '../../lib/time-range.ts';

const dayFormat = utcFormat('%a %-d %B %Y');
const shortDay = utcFormat('%-d %b %Y');
const numbers = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return numbers.format(n);
}

export function formatDay(day: number): string {
  return dayFormat(new Date(day * MS_PER_DAY));
}

/** "3 Mar 2003 – 9 Mar 2003" for days [fromDay, toDay), or one day when the span is one. */
export function formatDaySpan(fromDay: number, toDay: number): string {
  const first = shortDay(new Date(fromDay * MS_PER_DAY));
  return toDay - fromDay <= 1 ? formatDay(fromDay) : `${first} – ${shortDay(new Date((toDay - 1) * MS_PER_DAY))}`;
}

/** What a density bar stands for, in words: "1,234 events" or "12 of 1,234 events match". */
export function describeBin(total: number, matching: number | null): string {
  const events = `${formatCount(total)} ${total === 1 ? 'event' : 'events'}`;
  return matching === null ? events : `${formatCount(matching)} of ${events} match`;
}

/** The legend line: what the bars mean over density, what is hidden when zoomed in. */
export function describeView(
  eventsDrawn: boolean,
  inView: number,
  hidden: number,
  tallest: number,
  daysPerBar: number,
): string {
  if (eventsDrawn) {
    return `${formatCount(inView)} events in view${hidden ? ` · ${formatCount(hidden)} behind “more”` : ''}`;
  }
  if (tallest === 0) return 'No events in view';
  const days = Math.round(daysPerBar);
  const per = days <= 1 ? 'day' : `${formatCount(days)} days`;
  return `Bar height: √ events per ${per} · tallest ${formatCount(tallest)}`;
}
